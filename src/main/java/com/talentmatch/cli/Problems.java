package com.talentmatch.cli;

import java.io.PrintWriter;

import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.InvalidDataException;

/**
 * Prints refused input the same way in every command: one {@code file:line: message} per
 * line, then a summary.
 */
final class Problems {

	private Problems() {
	}

	static void print(PrintWriter err, InvalidDataException e, String outcome) {
		e.problems().stream().map(DataProblem::toString).forEach(err::println);
		err.printf("%d problem(s); %s%n", e.problems().size(), outcome);
	}

}
