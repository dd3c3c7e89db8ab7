package com.talentmatch.evidence;

import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;

/**
 * One indexed indicator, analysed once when the index is built.
 *
 * @param model model id
 * @param competency competency id
 * @param competencyName competency name (zh, else en)
 * @param level level code, or {@code null} for a definition or an indicator the source
 * gives without a level
 * @param levelRank 1-based rank of the level in the competency's scale, 0 without a level
 * @param subTheme sub-theme, or {@code null}
 * @param text indicator text (for a definition document: the competency's names and
 * definition)
 * @param definition true for the document made of the competency's names and definition,
 * which identifies the competency but not a level
 * @param translation true when {@code text} is our English translation of a Chinese
 * indicator or definition ({@code data/evidence/translations/}), not the source's words
 * @param semanticText the text embedded for the semantic view (the indicator; for a
 * definition its name and definition in one language)
 * @param tokens its analysed tokens with their offsets (for highlighting)
 * @param terms its distinct analysed terms
 */
record IndicatorDoc(String model, String competency, String competencyName, String level, int levelRank,
		String subTheme, String text, boolean definition, boolean translation, String semanticText,
		List<Terms.Token> tokens, Set<String> terms) {

	/** Whether the document is English (a translation or an English definition). */
	boolean english() {
		return translation || EvidenceMatcher.english(semanticText);
	}

	static IndicatorDoc of(String model, String competency, String competencyName, String level, int levelRank,
			String subTheme, String text, boolean definition, Analyzer analyzer) {
		return of(model, competency, competencyName, level, levelRank, subTheme, text, definition, false, text,
				analyzer);
	}

	static IndicatorDoc of(String model, String competency, String competencyName, String level, int levelRank,
			String subTheme, String text, boolean definition, boolean translation, String semanticText,
			Analyzer analyzer) {
		List<Terms.Token> tokens = Terms.tokens(analyzer, text);
		return new IndicatorDoc(model, competency, competencyName, level, levelRank, subTheme, text, definition,
				translation, semanticText, List.copyOf(tokens), Set.copyOf(Terms.of(tokens)));
	}
}
