package com.talentmatch.fairness;

import java.util.List;

/**
 * Selection rates and impact ratios per self-identified group, for one role.
 *
 * @param role role key
 * @param roleName role name
 * @param basis {@code ranking} (selected = eligible, optionally within the top N) or
 * {@code decisions} (selected = the latest decision is shortlist or promote)
 * @param selection what "selected" means here, in words
 * @param top with basis ranking, only the first N ranked count as selected; else
 * {@code null}
 * @param type with basis ranking, only {@code internal} or {@code external} people were
 * ranked; else {@code null}
 * @param minGroupSize groups with fewer people are too small to judge
 * @param ruleVersion the rule set that judged the pool (basis ranking), else {@code null}
 * @param people everyone counted
 * @param selected everyone selected
 * @param dimensions one table per question of the self-identification form
 */
public record ImpactReport(String role, String roleName, String basis, String selection, Integer top, String type,
		int minGroupSize, String ruleVersion, int people, int selected, List<DimensionImpact> dimensions) {

	/**
	 * One question's groups.
	 *
	 * @param dimension the question ({@code gender}, {@code age_band} …)
	 * @param referenceRate the highest selection rate among the groups large enough to
	 * judge, or {@code null} when there is none
	 * @param groups every group: the larger first, {@code declined} and
	 * {@code not provided} last
	 */
	public record DimensionImpact(String dimension, Double referenceRate, List<GroupImpact> groups) {
	}

	/**
	 * One group.
	 *
	 * @param group the code people chose, {@code declined} or {@code not provided}
	 * @param people people counted
	 * @param selected people selected
	 * @param selectionRate selected / people, rounded to 4 places
	 * @param impactRatio selection rate / reference rate, rounded to 4 places;
	 * {@code null} without a reference rate above 0
	 * @param belowFourFifths the four-fifths flag: a group large enough to judge whose
	 * impact ratio is under 0.8
	 * @param status {@link GroupStatus#code()}
	 */
	public record GroupImpact(String group, int people, int selected, double selectionRate, Double impactRatio,
			boolean belowFourFifths, String status) {
	}

}
