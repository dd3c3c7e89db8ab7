package com.talentmatch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;

import com.talentmatch.catalogue.Catalogue;
import com.talentmatch.evidence.EvidenceAnalyzer;
import com.talentmatch.evidence.EvidenceAnalyzer.Segmentation;
import com.talentmatch.evidence.EvidenceMatcher;
import com.talentmatch.evidence.IndicatorIndex;
import com.talentmatch.evidence.Lexicon;
import com.talentmatch.evidence.MatchSettings;

/**
 * Evidence matching speed, side by side in one run: sentences per second against a seed
 * model for SmartCN words, CJK bigrams, both (hybrid, the default) and the
 * keyword-overlap baseline (one thread, and the default on every core), and the time to
 * rebuild the indicator index of all seed models; and the protected-term redaction that
 * every match runs first, alone.
 *
 * <pre>{@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.talentmatch.bench.EvidenceBenchmark}</pre>
 */
public final class EvidenceBenchmark {

	private EvidenceBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path data = Path.of(args.length > 0 ? args[0] : "data");
		Catalogue catalogue = EvidenceEvaluation.catalogue(data);
		Lexicon lexicon = Lexicon.load(data.resolve("evidence"));
		List<EvidenceEvaluation.Example> examples = EvidenceEvaluation.read(data.resolve("evidence/devset.tsv"));
		List<String> sentences = new ArrayList<>();
		List<String> models = new ArrayList<>();
		while (sentences.size() < 20_000) {
			for (EvidenceEvaluation.Example e : examples) {
				sentences.add(e.sentence() + " (" + sentences.size() + ")");
				models.add(e.model());
			}
		}
		int cores = Runtime.getRuntime().availableProcessors();
		System.out.printf("%d sentences (the dev set repeated, each made unique), %d cores%n", sentences.size(), cores);

		EvidenceMatcher smartcn = EvidenceEvaluation.matcher(catalogue,
				new EvidenceAnalyzer(Segmentation.SMARTCN, lexicon), MatchSettings.DEFAULT);
		EvidenceMatcher bigrams = EvidenceEvaluation.matcher(catalogue,
				new EvidenceAnalyzer(Segmentation.CJK_BIGRAMS, lexicon), MatchSettings.DEFAULT);
		BiFunction<String, String, EvidenceEvaluation.Prediction> overlap = EvidenceEvaluation.keywordOverlap(catalogue,
				0.08);
		EvidenceMatcher hybrid = EvidenceEvaluation.matcher(catalogue,
				new EvidenceAnalyzer(Segmentation.HYBRID, lexicon), MatchSettings.DEFAULT);
		double base = rate(sentences, models, (m, s) -> overlap.apply(m, s), 1);
		double smart = rate(sentences, models, (m, s) -> smartcn.matchSentence(m, s), 1);
		double cjk = rate(sentences, models, (m, s) -> bigrams.matchSentence(m, s), 1);
		double hyb = rate(sentences, models, (m, s) -> hybrid.matchSentence(m, s), 1);
		double hybAll = rate(sentences, models, (m, s) -> hybrid.matchSentence(m, s), cores);
		double redaction = rate(sentences, models, (m, s) -> lexicon.protectedTerms().redact(s), 1);
		System.out.printf(Locale.ROOT, "keyword overlap baseline, 1 thread   %9.0f sentences/s%n", base);
		System.out.printf(Locale.ROOT, "smartcn + lexicon, 1 thread          %9.0f sentences/s  (%.2fx the baseline)%n",
				smart, smart / base);
		System.out.printf(Locale.ROOT, "cjk bigrams + lexicon, 1 thread      %9.0f sentences/s  (%.2fx the baseline)%n",
				cjk, cjk / base);
		System.out.printf(Locale.ROOT, "hybrid + lexicon (default), 1 thread %9.0f sentences/s  (%.2fx the baseline)%n",
				hyb, hyb / base);
		System.out.printf(Locale.ROOT, "hybrid + lexicon (default), %d threads%9.0f sentences/s  (%.2fx one thread)%n",
				cores, hybAll, hybAll / hyb);
		System.out.printf(Locale.ROOT,
				"protected-term redaction alone (%d entries, part of every match above), 1 thread %9.0f sentences/s%n",
				lexicon.protectedTerms().size(), redaction);

		EvidenceAnalyzer analyzer = new EvidenceAnalyzer(Segmentation.HYBRID, lexicon);
		double[] ms = new double[15];
		int size = 0;
		for (int i = 0; i < 5; i++) {
			size = IndicatorIndex.build(catalogue, analyzer).size();
		}
		for (int i = 0; i < ms.length; i++) {
			long t = System.nanoTime();
			size = IndicatorIndex.build(catalogue, analyzer).size();
			ms[i] = (System.nanoTime() - t) / 1e6;
		}
		Arrays.sort(ms);
		System.out.printf(Locale.ROOT, "index rebuild, all seed models (%d indicators)  median %.1f ms, max %.1f ms%n",
				size, ms[ms.length / 2], ms[ms.length - 1]);
	}

	/**
	 * Sentences per second over the whole list, after one warm-up pass, split over
	 * {@code threads}.
	 */
	private static double rate(List<String> sentences, List<String> models, BiFunction<String, String, Object> work,
			int threads) throws Exception {
		run(sentences, models, work, threads);
		long t = System.nanoTime();
		run(sentences, models, work, threads);
		return sentences.size() / ((System.nanoTime() - t) / 1e9);
	}

	private static void run(List<String> sentences, List<String> models, BiFunction<String, String, Object> work,
			int threads) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<Integer>> parts = new ArrayList<>();
			for (int p = 0; p < threads; p++) {
				int part = p;
				parts.add(pool.submit(() -> {
					int n = 0;
					for (int i = part; i < sentences.size(); i += threads) {
						n += work.apply(models.get(i), sentences.get(i)) == null ? 0 : 1;
					}
					return n;
				}));
			}
			for (Future<Integer> f : parts) {
				if (f.get() == 0) {
					throw new IOException("no work done");
				}
			}
		}
		finally {
			pool.shutdown();
		}
	}

}
