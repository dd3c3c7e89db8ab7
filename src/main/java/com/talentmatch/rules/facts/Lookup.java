package com.talentmatch.rules.facts;

import java.util.List;
import java.util.Set;

/**
 * How {@link Candidate}'s conditions read the catalogue: competency names to ids, level
 * codes to ranks, grades; supplied by the evaluator.
 */
public interface Lookup {

	/** The {@code model/competency} ids a name (or id, or alias) stands for. */
	Set<String> competencies(String name);

	/** Rank of {@code level} in the scale of {@code competency}, 0 when unknown. */
	int rank(String competency, String level);

	/** Whether {@code held} contains {@code grade} or a higher grade of its scale. */
	boolean holds(List<String> held, String grade);

	/** Whether a role id or name names role {@code roleId}. */
	boolean isRole(String roleId, String nameOrId);

}
