package com.talentmatch.rules.facts;

import java.util.List;

/**
 * Recomputes a candidate's result after an action changed an outcome (the documented
 * scoring function of {@code rules/README.md}); supplied by the evaluator.
 */
public interface Rescorer {

	/**
	 * The result of these outcomes.
	 * @param results the requirement outcomes, waivers and overrides applied
	 * @param explicitBand a band a rule set, or {@code null} for the band the limits give
	 * @param performance the candidate's performance rating, or {@code null}
	 */
	Score rescore(List<RequirementResult> results, String explicitBand, Integer performance);

	/** Whether {@code band} is a declared band code (or {@code not-ready}). */
	boolean isBand(String band);

	/**
	 * A recomputed result.
	 *
	 * @param eligible every must-have met or waived
	 * @param score fit 0–100 before rules' points
	 * @param mustHaveGaps unmet must-haves
	 * @param gaps unmet requirements
	 * @param largestGap largest level gap
	 * @param band band code
	 */
	record Score(boolean eligible, double score, int mustHaveGaps, int gaps, int largestGap, String band) {
	}

}
