package com.talentmatch.rules;

import java.util.List;

import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.InvalidDataException;

/**
 * Rule files that were not activated because they fail a check or a scenario (answered
 * with 422 and every problem, file and line); nothing was written.
 */
public class RulesRefusedException extends InvalidDataException {

	public RulesRefusedException(List<DataProblem> problems) {
		super(problems);
	}

}
