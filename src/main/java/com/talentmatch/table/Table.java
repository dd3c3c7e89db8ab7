package com.talentmatch.table;

import java.util.List;

/**
 * A table read from a CSV file or the first sheet of a workbook.
 *
 * @param file file name for messages
 * @param header column names, lower-case, in file order
 * @param rows non-blank data rows
 */
public record Table(String file, List<String> header, List<TableRow> rows) {
}
