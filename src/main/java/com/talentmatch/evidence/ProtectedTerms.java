package com.talentmatch.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.InvalidDataException;

/**
 * Words and patterns that state a protected attribute (gender, age, marital or
 * childbearing status, ethnicity, religion), read from
 * {@code data/evidence/protected-terms.txt}, and their removal from evidence text. Every
 * evidence text is redacted before it is analysed, matched, tagged or indexed: each
 * protected span becomes {@link #PLACEHOLDER}, which analysis drops, and a
 * {@link Redaction} names the entry that matched.
 *
 * <pre>{@code
 * terms.redact("他今年32岁,已婚,善于倾听。")
 * // text: "他今年[*],[*],善于倾听。"
 * // redactions: [N岁 (age) 3–6, 已婚 (marital) 7–9]
 * }</pre>
 *
 * Matching compares a folded copy of the text (full-width → half-width, traditional →
 * simplified, one character for one), so {@code ３２岁} and {@code 年齡} are caught; English
 * entries ignore case. Where matches overlap, the leftmost, then the longest, wins. A
 * match lying inside an exception ({@code !岁末}, {@code !女性客户}) is kept. Immutable,
 * thread-safe.
 */
public final class ProtectedTerms {

	/** What a redacted span is replaced by: no letter or digit, so analysis drops it. */
	public static final String PLACEHOLDER = "[*]";

	private static final Pattern LABELLED = Pattern.compile("^(.+?)\\s*=\\s*/(.+)/$");

	private static final Pattern HEADING = Pattern.compile("^\\[([a-z][a-z-]*)]$");

	/**
	 * No case-insensitive flag: text is folded to lower case first, and a pattern that
	 * begins with a fixed word is then searched for by Boyer–Moore.
	 */
	private static final int FLAGS = 0;

	private record Entry(String category, String term, Finder finder) {
	}

	/**
	 * Finds a pattern, or a word by {@link String#indexOf} (ten times faster than a
	 * pattern); an English word only where no letter touches it.
	 */
	private record Finder(Pattern pattern, String word) {

		static Finder of(Pattern pattern) {
			return new Finder(pattern, null);
		}

		static Finder of(String word) {
			return new Finder(null, word.toLowerCase(Locale.ROOT));
		}

		void spans(String folded, List<int[]> out) {
			if (pattern != null) {
				Matcher m = pattern.matcher(folded);
				while (m.find()) {
					if (m.end() > m.start()) {
						out.add(new int[] { m.start(), m.end() });
					}
				}
				return;
			}
			for (int at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
				int end = at + word.length();
				if (!(latin(word.charAt(0)) && at > 0 && latin(folded.charAt(at - 1)))
						&& !(latin(word.charAt(word.length() - 1)) && end < folded.length()
								&& latin(folded.charAt(end)))) {
					out.add(new int[] { at, end });
				}
			}
		}

		private static boolean latin(char c) {
			return c >= 'a' && c <= 'z';
		}

	}

	/**
	 * A text with its protected spans replaced.
	 *
	 * @param text the text with {@link #PLACEHOLDER} in place of each span
	 * @param redactions the spans, in text order, with offsets in the text as given
	 */
	public record Redacted(String text, List<Redaction> redactions) {
	}

	private final List<Entry> entries;

	private final List<Finder> exceptions;

	private final Map<Character, Character> fold;

	private ProtectedTerms(List<Entry> entries, List<Finder> exceptions, Map<Character, Character> fold) {
		this.entries = List.copyOf(entries);
		this.exceptions = List.copyOf(exceptions);
		this.fold = Map.copyOf(fold);
	}

	/** No terms: text passes unchanged. For tests of analysis alone. */
	public static ProtectedTerms none() {
		return new ProtectedTerms(List.of(), List.of(), Map.of());
	}

	/**
	 * Parses the list (format in {@code data/README.md}).
	 * @param file file name for messages
	 * @param fold characters folded before matching (traditional → simplified)
	 * @throws InvalidDataException naming the line of every malformed entry
	 */
	public static ProtectedTerms parse(String text, String file, Map<Character, Character> fold) {
		List<Entry> entries = new ArrayList<>();
		List<Finder> exceptions = new ArrayList<>();
		List<DataProblem> problems = new ArrayList<>();
		String category = null;
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			Matcher heading = HEADING.matcher(line);
			if (heading.matches()) {
				category = heading.group(1);
				continue;
			}
			if (category == null) {
				problems.add(new DataProblem(file, i + 1, null,
						"an entry before the first [category] heading (e.g. [age]): " + line));
				continue;
			}
			boolean exception = line.startsWith("!");
			String body = exception ? line.substring(1).strip() : line;
			Matcher labelled = LABELLED.matcher(body);
			try {
				Finder p = labelled.matches() ? Finder.of(Pattern.compile(labelled.group(2), FLAGS)) : word(body, line);
				if (exception) {
					exceptions.add(p);
				}
				else {
					entries.add(new Entry(category, labelled.matches() ? labelled.group(1) : body, p));
				}
			}
			catch (PatternSyntaxException e) {
				problems.add(new DataProblem(file, i + 1, null, "not a valid pattern: " + e.getDescription()
						+ " near index " + e.getIndex() + " of /" + labelled.group(2) + "/"));
			}
			catch (IllegalArgumentException e) {
				problems.add(new DataProblem(file, i + 1, null, e.getMessage()));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidDataException(problems);
		}
		return new ProtectedTerms(entries, exceptions, fold);
	}

	/** A word: English ones match whole words only. */
	private static Finder word(String word, String line) {
		if (word.startsWith("/") || word.isEmpty()) {
			throw new IllegalArgumentException(
					"a pattern needs a label, 'label = /pattern/'; a word is written as it is: " + line);
		}
		return Finder.of(word);
	}

	/** Number of entries, exceptions left out. */
	public int size() {
		return entries.size();
	}

	/** Redacts one piece of text (a sentence): offsets are within it. */
	public Redacted redact(String text) {
		if (entries.isEmpty() || text.isEmpty()) {
			return new Redacted(text, List.of());
		}
		String folded = fold(text);
		List<int[]> kept = new ArrayList<>();
		for (Finder f : exceptions) {
			f.spans(folded, kept);
		}
		List<Redaction> found = new ArrayList<>();
		List<int[]> spans = new ArrayList<>();
		for (Entry e : entries) {
			spans.clear();
			e.finder().spans(folded, spans);
			for (int[] span : spans) {
				if (!inside(span[0], span[1], kept)) {
					found.add(new Redaction(e.term(), e.category(), span[0], span[1]));
				}
			}
		}
		if (found.isEmpty()) {
			return new Redacted(text, List.of());
		}
		found.sort(Comparator.comparingInt(Redaction::start).thenComparing(r -> r.start() - r.end()));
		List<Redaction> chosen = new ArrayList<>();
		int at = 0;
		for (Redaction r : found) {
			if (r.start() >= at) {
				chosen.add(r);
				at = r.end();
			}
		}
		return splice(text, chosen);
	}

	/**
	 * Redacts a sentence of a longer text: the sentence with its text redacted, and the
	 * redactions at offsets of the longer text.
	 */
	public Redacted redact(Sentence sentence) {
		Redacted r = redact(sentence.text());
		return new Redacted(r.text(), r.redactions().stream().map(x -> x.shift(sentence.start())).toList());
	}

	/**
	 * Redacts a whole document sentence by sentence ({@link SentenceSplitter}), so that
	 * patterns anchored at a sentence start work as in matching; offsets are in the
	 * document.
	 */
	public Redacted redactDocument(String text) {
		List<Redaction> all = new ArrayList<>();
		for (Sentence s : SentenceSplitter.split(text)) {
			all.addAll(redact(s).redactions());
		}
		return splice(text, all);
	}

	/** The text with each (ordered, disjoint) span replaced by the placeholder. */
	private static Redacted splice(String text, List<Redaction> spans) {
		if (spans.isEmpty()) {
			return new Redacted(text, List.of());
		}
		StringBuilder out = new StringBuilder(text.length());
		int at = 0;
		for (Redaction r : spans) {
			out.append(text, at, r.start()).append(PLACEHOLDER);
			at = r.end();
		}
		out.append(text, at, text.length());
		return new Redacted(out.toString(), List.copyOf(spans));
	}

	private static boolean inside(int start, int end, List<int[]> spans) {
		for (int[] s : spans) {
			if (s[0] <= start && end <= s[1]) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Full-width ASCII → ASCII, ideographic space → space, A–Z → a–z, then the character
	 * map: one character for one, so offsets hold.
	 */
	private String fold(String text) {
		char[] chars = text.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			char c = chars[i];
			if (c >= '\uFF01' && c <= '\uFF5E') {
				c = (char) (c - 0xFEE0);
			}
			else if (c == '\u3000') {
				c = ' ';
			}
			if (c >= 'A' && c <= 'Z') {
				c = (char) (c + 32);
			}
			else if (c > 0x2E7F) {
				c = fold.getOrDefault(c, c);
			}
			chars[i] = c;
		}
		return new String(chars);
	}

}
