package com.talentmatch.rules;

import java.util.List;

import com.talentmatch.rules.facts.Adjustment;

/**
 * A candidate judged against a role: a recommendation that a person confirms or
 * overrides, never a decision.
 *
 * @param candidateId candidate
 * @param role role key
 * @param roleName role name
 * @param ruleVersion id of the rule set used
 * @param eligible every must-have met
 * @param score fit 0–100: met requirements count their weight, unmet ones the share of
 * the minimum reached
 * @param band readiness band code ({@code not-ready} when no band applies)
 * @param bandZh band label in Chinese
 * @param bandEn band label in English
 * @param bandRule rule that declared the band, or that adjusted it
 * @param mustHaveGaps unmet must-haves (an alternative group counts once)
 * @param gaps unmet requirements (an alternative group counts once)
 * @param largestGap the largest gap in levels among unmet level requirements
 * @param outcomes every requirement with its outcome
 * @param adjustments what per-candidate rules changed, with reason, file and line
 * @param calibration a rule flagged the person for calibration
 * @param review a rule asked for a human review
 */
public record Evaluation(String candidateId, String role, String roleName, String ruleVersion, boolean eligible,
		double score, String band, String bandZh, String bandEn, String bandRule, int mustHaveGaps, int gaps,
		int largestGap, List<Outcome> outcomes, List<Adjustment> adjustments, boolean calibration, boolean review) {

	/** The band when no declared band applies. */
	public static final String NOT_READY = "not-ready";

	/** A result no per-candidate rule changed. */
	public Evaluation(String candidateId, String role, String roleName, String ruleVersion, boolean eligible,
			double score, String band, String bandZh, String bandEn, String bandRule, int mustHaveGaps, int gaps,
			int largestGap, List<Outcome> outcomes) {
		this(candidateId, role, roleName, ruleVersion, eligible, score, band, bandZh, bandEn, bandRule, mustHaveGaps,
				gaps, largestGap, outcomes, List.of(), false, false);
	}

}
