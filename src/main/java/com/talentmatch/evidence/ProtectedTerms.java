package com.talentmatch.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
 * simplified, upper → lower case, one character for one), so {@code ３２岁}, {@code 年齡} and
 * {@code Married} are caught. Where matches overlap, the leftmost, then the longest,
 * wins. A match lying inside an exception ({@code !岁末}, {@code !女性客户}) is kept.
 * Immutable, thread-safe.
 */
public final class ProtectedTerms {

	/** What a redacted span is replaced by: no letter or digit, so analysis drops it. */
	public static final String PLACEHOLDER = "[*]";

	/** One entry of the list: its heading, its word or label, and how to find it. */
	record Entry(String category, String term, TermFinder finder) {
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

	private final List<TermFinder> exceptions;

	ProtectedTerms(List<Entry> entries, List<TermFinder> exceptions) {
		this.entries = List.copyOf(entries);
		this.exceptions = List.copyOf(exceptions);
	}

	/** No terms: text passes unchanged. For tests of analysis alone. */
	public static ProtectedTerms none() {
		return new ProtectedTerms(List.of(), List.of());
	}

	/**
	 * Parses the list (format in {@code data/README.md}).
	 * @param file file name for messages
	 * @throws InvalidDataException naming the line of every malformed entry
	 */
	public static ProtectedTerms parse(String text, String file) {
		return ProtectedTermsFile.parse(text, file);
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
		for (TermFinder f : exceptions) {
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
	 * Full-width ASCII → ASCII, ideographic space → space, A–Z → a–z, then traditional →
	 * simplified ({@link Simplified}): one character for one, so offsets hold.
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
				// traditional → simplified by ICU's transform, one char for one
				int f = Simplified.fold(c);
				c = Character.charCount(f) == 1 ? (char) f : c;
			}
			chars[i] = c;
		}
		return new String(chars);
	}

}
