package com.talentmatch.evidence;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.InvalidDataException;

/**
 * Recognises sentences that state a weakness or a need to develop ("还需要加强", "缺乏", "不够主动",
 * "needs to improve"): such a sentence is a development need, shown with the competency
 * it is about, and never positive evidence. The patterns are
 * {@code data/evidence/weakness.txt}, one Java regular expression per line, matched
 * case-insensitively against the sentence. Immutable, thread-safe.
 */
public final class Weakness {

	private static final Weakness NONE = new Weakness(List.of());

	private final List<Pattern> patterns;

	/** All patterns as one alternation: one scan of the sentence instead of one each. */
	private final Pattern any;

	private Weakness(List<Pattern> patterns) {
		this.patterns = List.copyOf(patterns);
		this.any = patterns.isEmpty() ? null
				: Pattern.compile(String.join("|", patterns.stream().map(p -> "(?:" + p.pattern() + ")").toList()),
						Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	public static Weakness none() {
		return NONE;
	}

	/**
	 * @param lines the file's lines ({@code #} comments and blank lines skipped)
	 * @param file its name, for messages
	 * @throws InvalidDataException naming file and line of a malformed pattern
	 */
	static Weakness parse(List<String> lines, String file) {
		java.util.ArrayList<Pattern> out = new java.util.ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String l = lines.get(i).strip();
			if (l.isEmpty() || l.startsWith("#")) {
				continue;
			}
			try {
				out.add(Pattern.compile(l, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
			}
			catch (PatternSyntaxException e) {
				throw new InvalidDataException(List.of(new DataProblem(file, i + 1, null,
						"not a regular expression: " + e.getDescription() + " in '" + l + "'")));
			}
		}
		return new Weakness(out);
	}

	/** The words that mark {@code sentence} as a weakness, or {@code null} when none. */
	public String find(String sentence) {
		if (any == null) {
			return null;
		}
		Matcher m = any.matcher(sentence);
		return m.find() ? m.group() : null;
	}

	public int size() {
		return patterns.size();
	}

}
