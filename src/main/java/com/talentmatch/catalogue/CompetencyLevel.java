package com.talentmatch.catalogue;

import java.util.List;

/**
 * The indicators of one competency at one level, and the grades that count as that level.
 *
 * @param code a code of the competency's scale
 * @param indicators behavioural indicators of this level
 * @param grades grade equivalents such as {@code english/CET-6}
 */
public record CompetencyLevel(String code, List<Indicator> indicators, List<GradeRef> grades) {

	public CompetencyLevel {
		indicators = Lists.copy(indicators);
		grades = Lists.copy(grades);
	}
}
