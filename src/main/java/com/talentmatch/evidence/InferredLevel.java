package com.talentmatch.evidence;

import java.util.List;

/**
 * A competency level inferred from evidence: the fact evidence matching contributes to
 * the rule base (source {@code evidence}), which weighs it by its rules' evidence policy
 * (e.g. "证据至少 2 句 置信度不低于 0.3").
 *
 * @param model model id
 * @param competency competency id
 * @param competencyName its name
 * @param level inferred level code: the highest level that the claimed sentences at that
 * level or above support with enough confidence (see {@link EvidenceMatcher}); or
 * {@code null} when the evidence matched only the definition or indicators without a
 * level — such a claim says the competency shows, not how well
 * @param levelRank rank of that level in the competency's scale (0 without a level)
 * @param confidence 0–1: {@code 1 − Π(1 − score)} over the supporting sentences, so two
 * independent sentences count for more than one
 * @param sentences indices of the supporting sentences (at this level or above), best
 * first
 * @param otherLevels indices of claimed sentences of this competency that support only a
 * lower level
 */
public record InferredLevel(String model, String competency, String competencyName, String level, int levelRank,
		double confidence, List<Integer> sentences, List<Integer> otherLevels) {
}
