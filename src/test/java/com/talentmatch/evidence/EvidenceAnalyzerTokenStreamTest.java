package com.talentmatch.evidence;

import java.nio.file.Path;

import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/**
 * The service's analyzer (hybrid, with the lexicon of {@code data/evidence/}) under
 * Lucene's own analyzer checks: exact terms, offsets and position increments, and random
 * text (surrogate pairs, mixed scripts) through {@code checkRandomData}, which verifies
 * offsets never go backwards, reuse gives the same tokens, and nothing throws.
 */
public class EvidenceAnalyzerTokenStreamTest extends BaseTokenStreamTestCase {

	private static EvidenceAnalyzer analyzer() {
		return new EvidenceAnalyzer(EvidenceAnalyzer.Segmentation.HYBRID, Lexicon.load(Path.of("data", "evidence")));
	}

	public void testTraditionalIsFoldedByIcuBeforeSegmenting() throws Exception {
		// 艱 was missing from the old hand-kept map. (Words with their stacked bigrams are
		// checked in EvidenceAnalyzerTest: Lucene's graph check wants one start offset
		// per
		// position, which stacked bigrams do not have.)
		try (EvidenceAnalyzer a = analyzer()) {
			assertAnalyzesTo(a, "是艱字", new String[] { "~是艰", "~艰字" }, new int[] { 0, 1 }, new int[] { 2, 3 },
					new int[] { 1, 1 });
		}
	}

	public void testSupplementaryCharacterSurvivesInBigrams() throws Exception {
		try (EvidenceAnalyzer a = analyzer()) {
			assertAnalyzesTo(a, "這是𩬅字", new String[] { "~这是", "~是𩬅", "~𩬅字" }, new int[] { 0, 1, 2 },
					new int[] { 2, 4, 5 }, new int[] { 1, 1, 1 });
		}
	}

	public void testFullWidthGradesAndEnglish() throws Exception {
		try (EvidenceAnalyzer a = analyzer()) {
			// 通过 is a stop word (its bigram stays); English folds onto the Chinese
			// synonym
			assertAnalyzesTo(a, "通过ＣＥＴ－６ helping clients", new String[] { "~通过", "cet6", "帮助", "顾客" },
					new int[] { 0, 2, 8, 16 }, new int[] { 2, 7, 15, 23 });
		}
	}

	public void testRandomText() throws Exception {
		try (EvidenceAnalyzer a = analyzer()) {
			checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
		}
	}

}
