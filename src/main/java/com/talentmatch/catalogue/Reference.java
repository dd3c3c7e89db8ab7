package com.talentmatch.catalogue;

/**
 * A reference from one data file to something another file may define, checked once
 * everything is read.
 *
 * @param at where the reference is written
 * @param kind what it points to
 * @param target {@code model/competency} or {@code scale/grade}
 */
record Reference(DataProblem at, Kind kind, String target) {

	enum Kind {

		COMPETENCY, GRADE

	}

	DataProblem broken(String message) {
		return new DataProblem(at.file(), at.line(), at.field(), message);
	}
}
