package com.talentmatch.evidence;

import java.util.List;

/**
 * What one sentence of evidence shows.
 *
 * @param sentence the sentence and its place in the text; its text is redacted:
 * {@link ProtectedTerms#PLACEHOLDER} stands for each protected span
 * @param redactions the protected spans removed from the sentence before it was matched,
 * at offsets of the text as sent; empty when none
 * @param claimed whether the sentence is positive evidence of {@code competency}:
 * {@code score} reaches the threshold and the sentence states no weakness; an unclaimed
 * sentence is evidence of nothing
 * @param developmentNeed true when the sentence states a weakness or need to develop
 * ("还需要加强", "needs to improve"); {@code competency} is then what it is about, and it is
 * never claimed
 * @param weakness the words that mark the weakness, or {@code null}
 * @param competency the best-matching competency, or {@code null} when nothing matches at
 * all
 * @param competencyName its name
 * @param level the level of the best-matching behavioural indicator of that competency,
 * or {@code null}: no levelled indicator matched well enough (the claim rests on the
 * definition, or the competency has no levels) — a claim without a level
 * @param levelRank that level's rank, 0 without a level
 * @param score the fused similarity (0–1) of the sentence to the competency's best
 * indicator or definition; with the semantic view off, the lexical similarity
 * @param lexicalScore the lexical (idf-weighted overlap) part of {@code score}, 0–1
 * @param semanticScore the cosine of the sentence and indicator vectors (−1–1), 0 when
 * the semantic view is off
 * @param best the indicator (or definition) behind {@code score}
 * @param levelIndicator the indicator behind {@code level} (the same as {@code best}
 * unless the definition or another level scored higher), or {@code null}
 * @param others the best matches of other competencies, best first (at most two)
 * @param highlighted the sentence with the words it shares with {@code best} in
 * {@code <em>}
 */
public record SentenceMatch(Sentence sentence, List<Redaction> redactions, boolean claimed, boolean developmentNeed,
		String weakness, String competency, String competencyName, String level, int levelRank, double score,
		double lexicalScore, double semanticScore, IndicatorMatch best, IndicatorMatch levelIndicator,
		List<IndicatorMatch> others, String highlighted) {
}
