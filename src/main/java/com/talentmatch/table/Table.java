package com.talentmatch.table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.talentmatch.catalogue.DataProblem;

/**
 * A table read from a CSV file or a sheet of a workbook.
 *
 * @param file file name for messages
 * @param header column names, lower-case, in file order
 * @param rows non-blank data rows
 */
public record Table(String file, List<String> header, List<TableRow> rows) {

	/**
	 * The header's problems, each at row 1: a required column missing, a column not
	 * allowed.
	 */
	public List<DataProblem> columnProblems(List<String> required, Collection<String> allowed) {
		List<DataProblem> problems = new ArrayList<>();
		for (String column : required) {
			if (!header.contains(column)) {
				problems.add(new DataProblem(file, 1, column, "required column '" + column + "' is missing"));
			}
		}
		for (String column : header) {
			if (!column.isEmpty() && !allowed.contains(column)) {
				problems.add(new DataProblem(file, 1, column,
						"unknown column '" + column + "'; allowed: " + allowed.stream().sorted().toList()));
			}
		}
		return problems;
	}

	/**
	 * This table with each column name replaced by {@code rename}'s (an import's
	 * localized headers by its column keys); a name it maps to itself stays.
	 */
	public Table renamed(UnaryOperator<String> rename) {
		List<String> names = header.stream().map(h -> h.isEmpty() ? h : rename.apply(h)).toList();
		List<TableRow> renamedRows = new ArrayList<>(rows.size());
		for (TableRow r : rows) {
			Map<String, String> cells = new LinkedHashMap<>();
			r.cells().forEach((k, v) -> cells.put(rename.apply(k), v));
			renamedRows.add(new TableRow(r.number(), cells));
		}
		return new Table(file, names, renamedRows);
	}

}
