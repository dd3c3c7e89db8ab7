package com.talentmatch.ranking;

import java.util.List;
import java.util.Map;

import com.talentmatch.rules.Outcome;

/**
 * One person in a ranking: a recommendation with every reason behind it.
 *
 * @param rank 1-based position
 * @param candidateId person
 * @param name name
 * @param type internal or external
 * @param department department, or {@code null}
 * @param currentRole current role, or {@code null}
 * @param eligible every must-have met
 * @param score fit 0–100
 * @param band readiness band code
 * @param bandZh band label
 * @param outcomes every requirement: met, gap, the level that counted and its source,
 * rule, file, line, reasons
 * @param evidence per competency ({@code model/competency}), the evidence sentences
 * behind its inferred level
 */
public record RankedCandidate(int rank, String candidateId, String name, String type, String department,
		String currentRole, boolean eligible, double score, String band, String bandZh, List<Outcome> outcomes,
		Map<String, List<EvidenceLevels.Sentence>> evidence) {
}
