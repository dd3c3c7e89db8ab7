package com.talentmatch.catalogue;

/**
 * A reference to one grade of a grade scale, written {@code scale/grade} in data files
 * ({@code english/CET-6}).
 *
 * @param scale grade scale id
 * @param grade grade code
 */
public record GradeRef(String scale, String grade) {

	/**
	 * Parses {@code scale/grade}; returns {@code null} when the text has no single slash.
	 */
	public static GradeRef parse(String text) {
		int slash = text.indexOf('/');
		if (slash <= 0 || slash == text.length() - 1 || text.indexOf('/', slash + 1) >= 0) {
			return null;
		}
		return new GradeRef(text.substring(0, slash).trim(), text.substring(slash + 1).trim());
	}

	@Override
	public String toString() {
		return scale + "/" + grade;
	}
}
