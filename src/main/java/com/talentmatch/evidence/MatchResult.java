package com.talentmatch.evidence;

import java.util.List;

/**
 * Evidence text matched against one model.
 *
 * @param model model id
 * @param catalogueRevision catalogue revision of the index used
 * @param threshold the claim threshold used
 * @param sentences every sentence, in text order
 * @param competencies inferred levels, one per competency with claimed sentences, most
 * confident first
 * @param grades grades recognised in the text
 * @param developmentNeeds sentences stating a weakness, in text order
 * @param semantic whether the semantic view took part (false: lexical matching alone)
 */
public record MatchResult(String model, long catalogueRevision, double threshold, List<SentenceMatch> sentences,
		List<InferredLevel> competencies, List<GradeMention> grades, List<DevelopmentNeed> developmentNeeds,
		boolean semantic) {
}
