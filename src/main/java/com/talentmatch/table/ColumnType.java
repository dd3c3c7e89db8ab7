package com.talentmatch.table;

/**
 * How an export writes a column's cells in a workbook: as text, as numbers or as dates. A
 * CSV file holds text only; a number there is never guarded against formula injection
 * ({@link CellGuard}).
 */
public enum ColumnType {

	/** Text, always a string cell (an id such as {@code 0012} stays as written). */
	TEXT,

	/** A number when the cell parses as one, else text. */
	NUMBER,

	/**
	 * A date ({@code 2026-05-01}) or a time in UTC ({@code 2026-05-01 09:30:00}, or an
	 * ISO instant) when the cell parses as one, else text.
	 */
	DATE

}
