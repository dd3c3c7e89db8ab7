package com.talentmatch.evidence;

import java.util.List;

/**
 * How well one sentence matches one indicator (or one competency's definition).
 *
 * @param competency competency id
 * @param competencyName its name
 * @param level level code, or {@code null} for a definition or an indicator without a
 * level
 * @param levelRank rank of the level in the competency's scale, 0 without a level
 * @param subTheme sub-theme, or {@code null}
 * @param indicator the indicator text (for a definition: the competency's names and
 * definition)
 * @param definition true when this is the competency's definition rather than a
 * behavioural indicator
 * @param translation true when {@code indicator} is our English translation of the
 * source's Chinese text
 * @param score fused similarity 0–1 (the lexical one when the semantic view is off)
 * @param lexicalScore idf-weighted overlap of the analysed terms, 0–1
 * @param semanticScore cosine of the sentence vectors (0 when the semantic view is off)
 * @param matchedTerms the indicator's words that the sentence shares (as written in the
 * indicator; a synonym in the sentence counts), in indicator order; shared character
 * bigrams count in the score and show in the highlight but are not listed
 * @param highlighted the indicator text with the shared words in {@code <em>}
 */
public record IndicatorMatch(String competency, String competencyName, String level, int levelRank, String subTheme,
		String indicator, boolean definition, boolean translation, double score, double lexicalScore,
		double semanticScore, List<String> matchedTerms, String highlighted) {
}
