package com.talentmatch.table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

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
}
