package com.talentmatch.evidence;

/**
 * One protected span removed from evidence text before it was analysed: what the
 * explanation shows instead of the words.
 *
 * @param term the entry of {@code data/evidence/protected-terms.txt} that matched: the
 * word itself ({@code 年龄}) or a pattern's label ({@code N岁}), never the removed text
 * @param category the entry's heading: {@code gender}, {@code age}, {@code marital},
 * {@code childbearing}, {@code ethnicity} or {@code religion}
 * @param start offset of the removed span in the text as it was sent
 * @param end offset just past it
 */
public record Redaction(String term, String category, int start, int end) {

	Redaction shift(int by) {
		return new Redaction(term, category, start + by, end + by);
	}

}
