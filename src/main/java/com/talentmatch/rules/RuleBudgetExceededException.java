package com.talentmatch.rules;

import java.util.List;

import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.InvalidDataException;

/**
 * Rules were halted because they exceeded the {@link RuleBudget}: a rule that keeps
 * re-triggering itself. Answered as 400 problem+json whose problem names the rule, its
 * file and line, and the budget; nothing was changed and the service keeps serving.
 */
public class RuleBudgetExceededException extends InvalidDataException {

	public RuleBudgetExceededException(DataProblem problem) {
		super(List.of(problem));
	}

}
