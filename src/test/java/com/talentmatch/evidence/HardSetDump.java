package com.talentmatch.evidence;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import com.talentmatch.bench.EvidenceEvaluation;
import com.talentmatch.bench.HardSetEvaluation;
import com.talentmatch.catalogue.Catalogue;

/**
 * Writes the raw lexical and cosine scores of every hard dev set sentence against every
 * document of its model to {@code target/hard-scores.tsv}, for studying the fusion
 * offline. Not a test.
 */
final class HardSetDump {

	private HardSetDump() {
	}

	public static void main(String[] args) throws IOException {
		Path data = Path.of("data");
		Catalogue catalogue = EvidenceEvaluation.catalogue(data);
		EvidenceMatcher m = HardSetEvaluation.methods(catalogue, data, Path.of("target", "vector-cache"))
			.get("fusion (default)");
		try (PrintWriter out = new PrintWriter(
				Files.newBufferedWriter(Path.of("target", System.getProperty("out", "hard-scores.tsv"))))) {
			for (HardSetEvaluation.Example e : HardSetEvaluation.examples(data)) {
				ModelIndex model = m.index().model(e.model()).orElseThrow();
				for (Map.Entry<Integer, double[]> s : m
					.rawScores(e.model(), System.getProperty("prefix", "") + e.sentence())
					.entrySet()) {
					if (s.getKey() < 0) {
						out.printf(Locale.ROOT, "%d\t%s\t%s\t%s\t%b\t-\t0\tfalse\tfalse\t0\t%.4f%n", e.row(), e.kind(),
								e.competency(), e.level(), e.english(), s.getValue()[1]);
						continue;
					}
					IndicatorDoc d = model.doc(s.getKey());
					out.printf(Locale.ROOT, "%d\t%s\t%s\t%s\t%b\t%s\t%d\t%b\t%b\t%.4f\t%.4f%n", e.row(), e.kind(),
							e.competency(), e.level(), e.english(), d.competency(), d.levelRank(), d.definition(),
							d.translation(), s.getValue()[0], s.getValue()[1]);
				}
			}
		}
	}

}
