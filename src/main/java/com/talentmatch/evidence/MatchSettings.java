package com.talentmatch.evidence;

/**
 * The knobs of sentence matching. {@link #DEFAULT} is the lexical matcher as tuned on the
 * first dev set ({@code data/evidence/devset.tsv}); {@link #HYBRID} the fusion calibrated
 * on the calibration half of the hard dev set ({@code data/evidence/devset-hard.tsv}, see
 * {@code docs/evidence.md}).
 *
 * @param threshold the least score (0–1) at which a sentence claims a competency; below
 * it the sentence claims nothing, which keeps hobbies, canteen prices and meeting rooms
 * out
 * @param candidates how many indicators BM25 retrieves per sentence before they are
 * re-scored
 * @param unknownTermWeight weight of a sentence word that no indicator of the model uses,
 * as a fraction of the highest idf (names, dates and situation details dilute a sentence
 * by this much)
 * @param minSharedTerms the least number of distinct words (not bigrams, not generic
 * words) a sentence must share with an indicator to claim it lexically (one shared word
 * such as 客户 is coincidence, not evidence); the fusion needs no shared word, it needs the
 * semantic similarity instead
 * @param sentenceExponent how the two texts' lengths divide the shared weight: score =
 * shared / (‖sentence‖^(2e) · ‖indicator‖^(2−2e)); 0.5 is the cosine, higher forgives
 * long indicators that a short sentence matches in part. The score stays within 0–1.
 * @param semanticWeight weight of the semantic similarity in the fused score, 0 for the
 * lexical matcher alone: fused = (1 − w)·lexical + w·semantic
 * @param cosineFloor the semantic similarity is 0 where the cosine to the indicator, less
 * the cosine to the nearest background sentence, is at or below this
 * @param cosineCeiling and 1 where it is at or above this; in between it rises linearly
 * @param neighbours how many nearest indicators the kNN search returns per sentence
 * @param levelFloor the least score, as a fraction of {@code threshold}, of the
 * competency's best levelled indicator for a claim to carry its level; below it the claim
 * has no level (it matched the definition, not a behaviour)
 * @param levelConfidence per competency, the inferred level is the highest level whose
 * supporting sentences (those at that level or above) reach this confidence
 * @param levelSupport and, where possible, that many sentences: a higher level backed by
 * one sentence gives way to a lower one backed by this many
 * @param backgroundMargin with the semantic view, how much nearer (in cosine) a sentence
 * must be to its best indicator than to the nearest sentence of the background
 * ({@code data/evidence/non-evidence.txt}: notices, schedules, places, personal facts) to
 * claim anything; this is what keeps "客户服务部的年会定在腊月二十六" out
 * @param englishBackgroundShift added to the background cosine of an English sentence
 * (the Chinese model's English vectors sit closer together)
 */
public record MatchSettings(double threshold, int candidates, double unknownTermWeight, int minSharedTerms,
		double sentenceExponent, double semanticWeight, double cosineFloor, double cosineCeiling, int neighbours,
		double levelFloor, double levelConfidence, int levelSupport, double backgroundMargin,
		double englishBackgroundShift) {

	/** The lexical matcher alone. */
	public static final MatchSettings DEFAULT = new MatchSettings(0.2, 30, 0.3, 2, 0.7, 0, 0.45, 0.8, 20, 0, 0.5, 2, 0,
			0);

	/** Lexical and semantic fused (calibrated on the hard dev set's calibration half). */
	public static final MatchSettings HYBRID = new MatchSettings(0.26, 30, 0.3, 2, 0.7, 0.6, -0.05, 0.15, 20, 0.8, 0.5,
			2, -0.02, -0.02);

	/**
	 * The fusion for English sentences when the English model is there: English evidence
	 * against the English documents in all-MiniLM-L6-v2's space (calibrated like
	 * {@link #HYBRID}).
	 */
	public static final MatchSettings HYBRID_ENGLISH = HYBRID.withSemantic(0.4, 0.05, 0.2)
		.withThreshold(0.10)
		.withBackgroundMargin(-0.05);

	/** Whether the semantic view takes part. */
	public boolean semantic() {
		return semanticWeight > 0;
	}

	public MatchSettings withThreshold(double t) {
		return new MatchSettings(t, candidates, unknownTermWeight, minSharedTerms, sentenceExponent, semanticWeight,
				cosineFloor, cosineCeiling, neighbours, levelFloor, levelConfidence, levelSupport, backgroundMargin,
				englishBackgroundShift);
	}

	public MatchSettings withUnknownTermWeight(double w) {
		return new MatchSettings(threshold, candidates, w, minSharedTerms, sentenceExponent, semanticWeight,
				cosineFloor, cosineCeiling, neighbours, levelFloor, levelConfidence, levelSupport, backgroundMargin,
				englishBackgroundShift);
	}

	public MatchSettings withMinSharedTerms(int n) {
		return new MatchSettings(threshold, candidates, unknownTermWeight, n, sentenceExponent, semanticWeight,
				cosineFloor, cosineCeiling, neighbours, levelFloor, levelConfidence, levelSupport, backgroundMargin,
				englishBackgroundShift);
	}

	public MatchSettings withSentenceExponent(double e) {
		return new MatchSettings(threshold, candidates, unknownTermWeight, minSharedTerms, e, semanticWeight,
				cosineFloor, cosineCeiling, neighbours, levelFloor, levelConfidence, levelSupport, backgroundMargin,
				englishBackgroundShift);
	}

	/** The fusion's weight and the cosine range mapped onto 0–1. */
	public MatchSettings withSemantic(double weight, double floor, double ceiling) {
		return new MatchSettings(threshold, candidates, unknownTermWeight, minSharedTerms, sentenceExponent, weight,
				floor, ceiling, neighbours, levelFloor, levelConfidence, levelSupport, backgroundMargin,
				englishBackgroundShift);
	}

	public MatchSettings withBackgroundMargin(double m) {
		return new MatchSettings(threshold, candidates, unknownTermWeight, minSharedTerms, sentenceExponent,
				semanticWeight, cosineFloor, cosineCeiling, neighbours, levelFloor, levelConfidence, levelSupport, m,
				englishBackgroundShift);
	}

	public MatchSettings withLevelFloor(double f) {
		return new MatchSettings(threshold, candidates, unknownTermWeight, minSharedTerms, sentenceExponent,
				semanticWeight, cosineFloor, cosineCeiling, neighbours, f, levelConfidence, levelSupport,
				backgroundMargin, englishBackgroundShift);
	}

	/** The lexical matcher alone, with these settings' threshold. */
	public MatchSettings lexicalOnly() {
		return withSemantic(0, cosineFloor, cosineCeiling);
	}
}
