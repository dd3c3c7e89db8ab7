package com.talentmatch.catalogue;

import java.util.List;
import java.util.stream.Collectors;

/** Input that cannot be accepted, with every problem found (not only the first). */
public class InvalidDataException extends RuntimeException {

	private final List<DataProblem> problems;

	public InvalidDataException(List<DataProblem> problems) {
		super(problems.size() + " problem(s):\n  "
				+ problems.stream().map(DataProblem::toString).collect(Collectors.joining("\n  ")));
		this.problems = List.copyOf(problems);
	}

	public List<DataProblem> problems() {
		return problems;
	}

}
