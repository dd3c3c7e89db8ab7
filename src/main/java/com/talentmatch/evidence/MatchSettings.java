package com.talentmatch.evidence;

/**
 * The knobs of sentence matching, with the defaults tuned on the dev set
 * ({@code data/evidence/devset.tsv}).
 *
 * @param threshold the least similarity (0–1) at which a sentence claims a competency;
 * below it the sentence claims nothing, which keeps hobbies, canteen prices and heights
 * out
 * @param candidates how many indicators BM25 retrieves per sentence before they are
 * re-scored
 * @param unknownTermWeight weight of a sentence word that no indicator of the model uses,
 * as a fraction of the highest idf (names, dates and situation details dilute a sentence
 * by this much)
 * @param minSharedTerms the least number of distinct words (not bigrams) a sentence must
 * share with an indicator to claim it (one shared word such as 公司 or 团队 is coincidence,
 * not evidence)
 * @param sentenceExponent how the two texts' lengths divide the shared weight: score =
 * shared / (‖sentence‖^(2e) · ‖indicator‖^(2−2e)); 0.5 is the cosine, higher forgives
 * long indicators that a short sentence matches in part. The score stays within 0–1.
 */
public record MatchSettings(double threshold, int candidates, double unknownTermWeight, int minSharedTerms,
		double sentenceExponent) {

	public static final MatchSettings DEFAULT = new MatchSettings(0.2, 30, 0.3, 2, 0.7);

	public MatchSettings withThreshold(double t) {
		return new MatchSettings(t, candidates, unknownTermWeight, minSharedTerms, sentenceExponent);
	}

	public MatchSettings withUnknownTermWeight(double w) {
		return new MatchSettings(threshold, candidates, w, minSharedTerms, sentenceExponent);
	}

	public MatchSettings withMinSharedTerms(int n) {
		return new MatchSettings(threshold, candidates, unknownTermWeight, n, sentenceExponent);
	}

	public MatchSettings withSentenceExponent(double e) {
		return new MatchSettings(threshold, candidates, unknownTermWeight, minSharedTerms, e);
	}
}
