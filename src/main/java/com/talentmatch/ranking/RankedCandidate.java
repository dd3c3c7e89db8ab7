package com.talentmatch.ranking;

import java.util.List;
import java.util.Map;

import com.talentmatch.rules.Outcome;
import com.talentmatch.rules.facts.Adjustment;

/**
 * One person in a ranking: a recommendation with every reason behind it.
 *
 * @param rank 1-based position
 * @param candidateId person
 * @param name name
 * @param type internal or external
 * @param department department, or {@code null}
 * @param currentRole current role id, or {@code null}
 * @param currentRoleName its name, or {@code null} when neither the rules nor the
 * catalogue know it
 * @param eligible every must-have met
 * @param score fit 0–100
 * @param band readiness band code
 * @param bandZh band label in Chinese
 * @param bandEn band label in English
 * @param outcomes every requirement: met, gap, the level that counted and its source,
 * rule, file, line, reasons
 * @param evidence per competency ({@code model/competency}), the evidence sentences
 * behind its inferred level
 * @param bandRule the rule that declared the band, or that set it for this person
 * @param adjustments what per-candidate rules changed for this person: action, reason,
 * rule, file and line
 * @param calibration a rule flagged the person for calibration
 * @param review a rule asked for a human review
 * @param placement what decided the place against the neighbour just above and the one
 * just below
 * @param standing the value of each tie-breaker
 */
public record RankedCandidate(int rank, String candidateId, String name, String type, String department,
		String currentRole, String currentRoleName, boolean eligible, double score, String band, String bandZh,
		String bandEn, List<Outcome> outcomes, Map<String, List<EvidenceLevels.Sentence>> evidence, String bandRule,
		List<Adjustment> adjustments, boolean calibration, boolean review, List<Placement> placement,
		Standing standing) {
}
