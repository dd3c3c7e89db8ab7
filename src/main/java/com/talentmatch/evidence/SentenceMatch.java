package com.talentmatch.evidence;

import java.util.List;

/**
 * What one sentence of evidence shows.
 *
 * @param sentence the sentence and its place in the text; its text is redacted:
 * {@link ProtectedTerms#PLACEHOLDER} stands for each protected span
 * @param redactions the protected spans removed from the sentence before it was matched,
 * at offsets of the text as sent; empty when none
 * @param claimed whether {@code score} reaches the threshold; an unclaimed sentence is
 * evidence of nothing
 * @param competency the best-matching competency, or {@code null} when nothing shares a
 * word with the sentence
 * @param competencyName its name
 * @param level the level of the best-matching behavioural indicator of that competency,
 * or {@code null}
 * @param levelRank that level's rank, 0 without a level
 * @param score the best similarity of the sentence to the competency's indicators or
 * definition (0–1)
 * @param best the indicator (or definition) behind {@code score}
 * @param levelIndicator the indicator behind {@code level} (the same as {@code best}
 * unless the definition scored higher), or {@code null}
 * @param others the best matches of other competencies, best first (at most two)
 * @param highlighted the sentence with the words it shares with {@code best} in
 * {@code <em>}
 */
public record SentenceMatch(Sentence sentence, List<Redaction> redactions, boolean claimed, String competency,
		String competencyName, String level, int levelRank, double score, IndicatorMatch best,
		IndicatorMatch levelIndicator, List<IndicatorMatch> others, String highlighted) {
}
