package com.talentmatch.table;

import java.util.Map;

/**
 * One data row of an import table.
 *
 * @param number 1-based row number as a spreadsheet shows it (the header is row 1)
 * @param cells trimmed cell text by lower-case column name; blank cells are absent
 */
public record TableRow(int number, Map<String, String> cells) {

	public String get(String column) {
		return cells.get(column);
	}
}
