package com.talentmatch.rules.facts;

/**
 * What one per-candidate rule changed for one candidate, with its reason: shown in the
 * candidate's explanation.
 *
 * @param rule the rule's name
 * @param rulePackage the rule's package
 * @param action {@code waive}, {@code must-have}, {@code weight}, {@code score},
 * {@code band}, {@code calibration} or {@code review}
 * @param target the requirement concerned, or {@code null}
 * @param value the new value (weight, points, band), or {@code null}
 * @param reason why, as the rule wrote it
 * @param file rule file, once located
 * @param line line of the rule file, once located
 */
public record Adjustment(String rule, String rulePackage, String action, String target, String value, String reason,
		String file, int line) {

	/** This adjustment at a file and line. */
	public Adjustment at(String file, int line) {
		return new Adjustment(rule, rulePackage, action, target, value, reason, file, line);
	}

}
