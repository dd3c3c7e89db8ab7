package com.talentmatch.evidence;

import java.util.List;

/**
 * A competency level inferred from evidence: the fact evidence matching contributes to
 * the rule base (source {@code evidence}).
 *
 * @param model model id
 * @param competency competency id
 * @param competencyName its name
 * @param level inferred level code, or {@code null} when the evidence matched only
 * indicators without a level
 * @param levelRank rank of that level in the competency's scale (0 without a level)
 * @param confidence 0–1: {@code 1 − Π(1 − score)} over the sentences supporting this
 * level, so two independent sentences count for more than one
 * @param sentences indices of the sentences supporting this level, best first
 * @param otherLevels indices of claimed sentences of this competency that pointed at
 * other levels
 */
public record InferredLevel(String model, String competency, String competencyName, String level, int levelRank,
		double confidence, List<Integer> sentences, List<Integer> otherLevels) {
}
