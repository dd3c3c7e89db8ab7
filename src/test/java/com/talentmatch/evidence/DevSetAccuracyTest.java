package com.talentmatch.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.talentmatch.catalogue.Catalogue;
import com.talentmatch.catalogue.CatalogueLoader;

/**
 * The service's default matching on the labelled dev set must keep competency top-1 and
 * the rejection of unrelated sentences at 90 % or more (the evaluation harness prints the
 * full table).
 */
class DevSetAccuracyTest {

	@Test
	void defaultMatchingFindsTheCompetencyAndRejectsUnrelatedSentences() throws IOException {
		CatalogueLoader.Loaded data = CatalogueLoader.load(Path.of("data"));
		Catalogue catalogue = Catalogue.of(0, data.models(), data.gradeScales());
		EvidenceMatcher matcher = new EvidenceMatcher(
				IndicatorIndex.build(catalogue,
						new EvidenceAnalyzer(EvidenceAnalyzer.Segmentation.HYBRID,
								Lexicon.load(Path.of("data/evidence")))),
				new GradeRecognizer(catalogue), MatchSettings.DEFAULT);
		List<String> lines = Files.readAllLines(Path.of("data/evidence/devset.tsv"));
		int positives = 0;
		int top1 = 0;
		int negatives = 0;
		int rejected = 0;
		for (String line : lines.subList(1, lines.size())) {
			String[] f = line.split("\t", -1);
			SentenceMatch m = matcher.matchSentence(f[0], f[3]);
			if (f[1].equals("-")) {
				negatives++;
				rejected += m.claimed() ? 0 : 1;
			}
			else {
				positives++;
				top1 += f[1].equals(m.competency()) ? 1 : 0;
			}
		}
		assertThat(positives).isGreaterThanOrEqualTo(100);
		assertThat(negatives).isGreaterThanOrEqualTo(40);
		assertThat(top1 / (double) positives).as("competency top-1").isGreaterThanOrEqualTo(0.90);
		assertThat(rejected / (double) negatives).as("negatives rejected").isGreaterThanOrEqualTo(0.90);
	}

}
