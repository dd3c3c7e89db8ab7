package com.talentmatch.evidence;

import java.util.Set;

/**
 * One indexed indicator.
 *
 * @param model model id
 * @param competency competency id
 * @param competencyName competency name (zh, else en)
 * @param level level code, or {@code null} for an indicator the source gives without a level
 * @param levelRank 1-based rank of the level in the competency's scale, 0 without a level
 * @param subTheme sub-theme, or {@code null}
 * @param text indicator text (for a definition document: the competency's names and definition)
 * @param definition true for the document made of the competency's names and definition, which identifies the
 *     competency but not a level
 * @param terms its analysed terms
 */
public record IndicatorDoc(String model, String competency, String competencyName, String level, int levelRank,
		String subTheme, String text, boolean definition, Set<String> terms) {
}
