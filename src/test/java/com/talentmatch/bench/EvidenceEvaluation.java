package com.talentmatch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import com.talentmatch.catalogue.Catalogue;
import com.talentmatch.catalogue.CatalogueLoader;
import com.talentmatch.catalogue.Competency;
import com.talentmatch.catalogue.CompetencyLevel;
import com.talentmatch.catalogue.CompetencyModel;
import com.talentmatch.catalogue.Indicator;
import com.talentmatch.evidence.EvidenceAnalyzer;
import com.talentmatch.evidence.EvidenceAnalyzer.Segmentation;
import com.talentmatch.evidence.EvidenceMatcher;
import com.talentmatch.evidence.GradeRecognizer;
import com.talentmatch.evidence.IndicatorIndex;
import com.talentmatch.evidence.Lexicon;
import com.talentmatch.evidence.MatchSettings;
import com.talentmatch.evidence.SentenceMatch;

/**
 * Accuracy of evidence matching on the labelled dev set
 * ({@code data/evidence/devset.tsv}), side by side for SmartCN words, CJK bigrams, both
 * together (hybrid, the default), without the lexicon, with a plain cosine, and a plain
 * keyword-overlap baseline; then a sweep of the claim threshold for the default method.
 *
 * <pre>{@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.talentmatch.bench.EvidenceEvaluation}</pre>
 */
public final class EvidenceEvaluation {

	/** One labelled sentence; competency and level are {@code null} for a negative. */
	record Example(String model, String competency, String level, String sentence) {
		boolean negative() {
			return competency == null;
		}
	}

	/** What a method says of one sentence. */
	record Prediction(String competency, int levelRank, boolean claimed) {
	}

	/** Scores of one method. */
	record Scores(double top1, double levelExact, double levelWithinOne, double claimed, double negativesRejected) {
	}

	private EvidenceEvaluation() {
	}

	public static void main(String[] args) throws IOException {
		Path data = Path.of(args.length > 0 ? args[0] : "data");
		Catalogue catalogue = catalogue(data);
		List<Example> examples = read(data.resolve("evidence/devset.tsv"));
		Lexicon lexicon = Lexicon.load(data.resolve("evidence"));
		long positives = examples.stream().filter(e -> !e.negative()).count();
		System.out.printf("dev set: %d positives, %d negatives, models %s%n", positives, examples.size() - positives,
				examples.stream().map(Example::model).distinct().sorted().toList());
		System.out.printf("%-34s %8s %8s %8s %8s %10s%n", "method", "comp@1", "level=", "level±1", "claimed",
				"neg.rej");
		for (Segmentation seg : Segmentation.values()) {
			EvidenceMatcher m = matcher(catalogue, new EvidenceAnalyzer(seg, lexicon), MatchSettings.DEFAULT);
			print(seg.name().toLowerCase(Locale.ROOT) + " + lexicon", score(catalogue, examples, lucene(m)));
		}
		EvidenceMatcher bare = matcher(catalogue, new EvidenceAnalyzer(Segmentation.HYBRID, Lexicon.empty()),
				MatchSettings.DEFAULT);
		print("hybrid, no lexicon", score(catalogue, examples, lucene(bare)));
		EvidenceMatcher cosine = matcher(catalogue, new EvidenceAnalyzer(Segmentation.HYBRID, lexicon),
				MatchSettings.DEFAULT.withSentenceExponent(0.5));
		print("hybrid + lexicon, plain cosine", score(catalogue, examples, lucene(cosine)));
		print("keyword overlap (bigram Jaccard)", score(catalogue, examples, keywordOverlap(catalogue, 0.08)));
		Segmentation sweep = Segmentation.HYBRID;
		System.out.println();
		System.out.println("threshold sweep, " + sweep + " + lexicon:");
		EvidenceAnalyzer analyzer = new EvidenceAnalyzer(sweep, lexicon);
		for (double t : new double[] { 0.15, 0.2, 0.25, 0.3, 0.35, 0.4 }) {
			for (int n : new int[] { 2, 3 }) {
				EvidenceMatcher m = matcher(catalogue, analyzer,
						MatchSettings.DEFAULT.withThreshold(t).withMinSharedTerms(n));
				print(String.format(Locale.ROOT, "  threshold %.2f, %d shared words", t, n),
						score(catalogue, examples, lucene(m)));
			}
		}
	}

	public static Catalogue catalogue(Path data) {
		CatalogueLoader.Loaded loaded = CatalogueLoader.load(data);
		return Catalogue.of(0, loaded.models(), loaded.gradeScales());
	}

	static EvidenceMatcher matcher(Catalogue catalogue, EvidenceAnalyzer analyzer, MatchSettings settings) {
		return new EvidenceMatcher(IndicatorIndex.build(catalogue, analyzer), new GradeRecognizer(catalogue), settings);
	}

	static List<Example> read(Path file) throws IOException {
		List<Example> out = new ArrayList<>();
		List<String> lines = Files.readAllLines(file);
		for (String line : lines.subList(1, lines.size())) {
			if (line.isBlank()) {
				continue;
			}
			String[] f = line.split("\t", -1);
			boolean neg = f[1].equals("-");
			out.add(new Example(f[0], neg ? null : f[1], neg ? null : f[2], f[3]));
		}
		return out;
	}

	static BiFunction<String, String, Prediction> lucene(EvidenceMatcher matcher) {
		return (model, sentence) -> {
			SentenceMatch m = matcher.matchSentence(model, sentence);
			return new Prediction(m.competency(), m.levelRank(), m.claimed());
		};
	}

	static Scores score(Catalogue catalogue, List<Example> examples, BiFunction<String, String, Prediction> method) {
		int pos = 0;
		int top1 = 0;
		int exact = 0;
		int within = 0;
		int claimed = 0;
		int neg = 0;
		int rejected = 0;
		for (Example e : examples) {
			Prediction p = method.apply(e.model(), e.sentence());
			if (e.negative()) {
				neg++;
				rejected += p.claimed() ? 0 : 1;
				continue;
			}
			pos++;
			claimed += p.claimed() ? 1 : 0;
			if (e.competency().equals(p.competency())) {
				top1++;
				int want = rank(catalogue, e);
				exact += want == p.levelRank() ? 1 : 0;
				within += Math.abs(want - p.levelRank()) <= 1 ? 1 : 0;
			}
		}
		return new Scores(top1 / (double) pos, exact / (double) pos, within / (double) pos, claimed / (double) pos,
				rejected / (double) neg);
	}

	static int rank(Catalogue catalogue, Example e) {
		Competency c = catalogue.requireCompetency(e.model(), e.competency());
		return c.scale().stream().filter(s -> s.code().equals(e.level())).findFirst().orElseThrow().rank();
	}

	static void print(String name, Scores s) {
		System.out.printf(Locale.ROOT, "%-34s %7.1f%% %7.1f%% %7.1f%% %7.1f%% %9.1f%%%n", name, 100 * s.top1(),
				100 * s.levelExact(), 100 * s.levelWithinOne(), 100 * s.claimed(), 100 * s.negativesRejected());
	}

	/**
	 * The naive method: Jaccard overlap of character bigrams and words, no idf, no
	 * synonyms, no stop words.
	 */
	static BiFunction<String, String, Prediction> keywordOverlap(Catalogue catalogue, double threshold) {
		Map<String, List<Object[]>> byModel = new HashMap<>();
		for (CompetencyModel m : catalogue.models().values()) {
			List<Object[]> docs = new ArrayList<>();
			for (Competency c : m.competencies()) {
				for (CompetencyLevel l : c.levels()) {
					int rank = c.scale()
						.stream()
						.filter(s -> s.code().equals(l.code()))
						.findFirst()
						.orElseThrow()
						.rank();
					for (Indicator i : l.indicators()) {
						docs.add(new Object[] { c.id(), rank, grams(i.text()) });
					}
				}
			}
			byModel.put(m.id(), docs);
		}
		return (model, sentence) -> {
			Set<String> s = grams(sentence);
			double best = 0;
			Object[] bestDoc = null;
			for (Object[] d : byModel.get(model)) {
				@SuppressWarnings("unchecked")
				Set<String> g = (Set<String>) d[2];
				Set<String> inter = new HashSet<>(s);
				inter.retainAll(g);
				Set<String> union = new HashSet<>(s);
				union.addAll(g);
				double j = inter.size() / (double) union.size();
				if (j > best) {
					best = j;
					bestDoc = d;
				}
			}
			return bestDoc == null ? new Prediction(null, 0, false)
					: new Prediction((String) bestDoc[0], (Integer) bestDoc[1], best >= threshold);
		};
	}

	static Set<String> grams(String text) {
		Set<String> out = new HashSet<>();
		String t = text.toLowerCase(Locale.ROOT);
		for (String word : t.split("[^a-z0-9]+")) {
			if (word.length() > 1) {
				out.add(word);
			}
		}
		for (int i = 0; i + 1 < t.length(); i++) {
			char a = t.charAt(i);
			char b = t.charAt(i + 1);
			if (Character.UnicodeScript.of(a) == Character.UnicodeScript.HAN
					&& Character.UnicodeScript.of(b) == Character.UnicodeScript.HAN) {
				out.add("" + a + b);
			}
		}
		return out;
	}

}
