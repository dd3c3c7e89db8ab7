package com.talentmatch.catalogue;

/**
 * One thing wrong with an input file, and where:
 * {@code data/models/x.yaml:12 (competencies[2].id): duplicate id}. For tables,
 * {@code line} is the 1-based row number as a spreadsheet shows it and {@code field} the
 * column header.
 *
 * @param file file name as the user knows it
 * @param line 1-based line or row, or 0 when the problem concerns the whole file
 * @param field field path or column name, or {@code null}
 * @param message what is wrong and what is allowed
 */
public record DataProblem(String file, int line, String field, String message) {

	@Override
	public String toString() {
		StringBuilder sb = new StringBuilder(file);
		if (line > 0) {
			sb.append(':').append(line);
		}
		if (field != null) {
			sb.append(" (").append(field).append(')');
		}
		return sb.append(": ").append(message).toString();
	}
}
