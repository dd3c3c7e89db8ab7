package com.talentmatch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.talentmatch.catalogue.Catalogue;
import com.talentmatch.catalogue.Competency;
import com.talentmatch.evidence.BgeSmallZhEncoder;
import com.talentmatch.evidence.EvidenceAnalyzer;
import com.talentmatch.evidence.EvidenceMatcher;
import com.talentmatch.evidence.GradeRecognizer;
import com.talentmatch.evidence.IndicatorIndex;
import com.talentmatch.evidence.IndicatorMatch;
import com.talentmatch.evidence.InferredLevel;
import com.talentmatch.evidence.Lexicon;
import com.talentmatch.evidence.MatchResult;
import com.talentmatch.evidence.MatchSettings;
import com.talentmatch.evidence.MiniLmEnglishEncoder;
import com.talentmatch.evidence.SentenceMatch;
import com.talentmatch.evidence.Translations;
import com.talentmatch.evidence.VectorCache;

/**
 * The hard dev set ({@code data/evidence/devset-hard.tsv} and
 * {@code devset-hard-documents.tsv}): lexical only, semantic only and the fusion side by
 * side on the calibration and the test half; then the claim-threshold curve of each on
 * the calibration half, from which {@link MatchSettings#HYBRID} was chosen.
 *
 * <pre>{@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.talentmatch.bench.HardSetEvaluation}</pre>
 *
 * Vectors are cached in {@code target/vector-cache} (first run ≈ 1 min to embed).
 */
public final class HardSetEvaluation {

	/** A labelled sentence; kind is evidence, negative or weakness. */
	public record Example(int row, String model, String competency, String level, String kind, String sentence) {

		public boolean positive() {
			return kind.equals("evidence");
		}

		public boolean english() {
			return sentence.chars().filter(c -> c < 128 && Character.isLetter(c)).count() > sentence.length() / 3;
		}

		public boolean calibration() {
			return row % 2 == 0;
		}
	}

	/** A document and the competencies (with levels) it shows. */
	public record Doc(int number, String model, Map<String, String> expected, String text) {

		public boolean calibration() {
			return number % 2 == 1;
		}
	}

	/** Scores of one method on one half. */
	public record Scores(int positives, double top1, double ranked1, double top3, double levelExact,
			double levelWithinOne, double negativesRejected, double weaknessFlagged, double docPrecision,
			double docRecall, double english1, double chinese1, double precision, int englishRows) {
	}

	private HardSetEvaluation() {
	}

	public static void main(String[] args) throws IOException {
		Path data = Path.of(args.length > 0 ? args[0] : "data");
		Catalogue catalogue = EvidenceEvaluation.catalogue(data);
		List<Example> examples = examples(data);
		List<Doc> docs = documents(data);
		Map<String, EvidenceMatcher> methods = methods(catalogue, data, Path.of("target", "vector-cache"));
		System.out.printf("hard dev set: %d positives (%d English), %d negatives, %d weakness, %d documents%n",
				examples.stream().filter(Example::positive).count(),
				examples.stream().filter(e -> e.positive() && e.english()).count(),
				examples.stream().filter(e -> e.kind().equals("negative")).count(),
				examples.stream().filter(e -> e.kind().equals("weakness")).count(), docs.size());
		for (boolean calibration : new boolean[] { true, false }) {
			System.out.println();
			System.out.println(calibration ? "calibration half" : "test half");
			header();
			methods.forEach((name, m) -> print(name, score(catalogue, m, examples, docs, calibration)));
		}
		System.out.println();
		System.out.println("first dev set (data/evidence/devset.tsv, close to the indicator wording), regression:");
		List<EvidenceEvaluation.Example> old = EvidenceEvaluation.read(data.resolve("evidence/devset.tsv"));
		System.out.printf("%-34s %8s %8s %8s %8s %10s%n", "method", "comp@1", "level=", "level±1", "claimed",
				"neg.rej");
		methods.forEach((name, m) -> EvidenceEvaluation.print(name,
				EvidenceEvaluation.score(catalogue, old, EvidenceEvaluation.lucene(m))));
		System.out.println();
		System.out.println("claim threshold on the calibration half (precision = right claims / all claims, "
				+ "recall = right claims / positives):");
		methods.forEach((name, m) -> {
			System.out.println("  " + name);
			for (double t = 0.1; t < 0.96; t += 0.05) {
				EvidenceMatcher at = new EvidenceMatcher(m.index(), new GradeRecognizer(catalogue),
						m.settings().withThreshold(t),
						m.englishSettings()
							.withThreshold(
									t * m.englishSettings().threshold() / Math.max(1e-9, m.settings().threshold())));
				Scores s = score(catalogue, at, examples, docs, true);
				System.out.printf(Locale.ROOT,
						"    threshold %.2f  precision %5.1f%%  recall %5.1f%%  negatives rejected %5.1f%%  "
								+ "documents P %5.1f%% R %5.1f%%%n",
						t, 100 * s.precision(), 100 * s.top1(), 100 * s.negativesRejected(), 100 * s.docPrecision(),
						100 * s.docRecall());
			}
		});
	}

	/** Lexical only, semantic only and the fusion, with their calibrated settings. */
	public static Map<String, EvidenceMatcher> methods(Catalogue catalogue, Path data, Path cacheDir) {
		Lexicon lexicon = Lexicon.load(data.resolve("evidence"));
		EvidenceAnalyzer analyzer = new EvidenceAnalyzer(EvidenceAnalyzer.Segmentation.HYBRID, lexicon);
		Translations translations = Translations.load(data.resolve("evidence/translations"));
		VectorCache cache = VectorCache.open(cacheDir, new BgeSmallZhEncoder());
		VectorCache english = VectorCache.open(cacheDir, new MiniLmEnglishEncoder());
		IndicatorIndex hybrid = IndicatorIndex.build(catalogue, analyzer, translations, cache, english, false);
		IndicatorIndex chineseOnly = IndicatorIndex.build(catalogue, analyzer, translations, cache);
		IndicatorIndex lexical = IndicatorIndex.build(catalogue, analyzer, translations, null);
		GradeRecognizer grades = new GradeRecognizer(catalogue);
		Map<String, EvidenceMatcher> out = new LinkedHashMap<>();
		out.put("lexical only", new EvidenceMatcher(lexical, grades, MatchSettings.DEFAULT));
		out.put("semantic only", new EvidenceMatcher(hybrid, grades, semanticOnly(), semanticOnlyEnglish()));
		out.put("fusion, bge only", new EvidenceMatcher(chineseOnly, grades, MatchSettings.HYBRID));
		out.put("fusion (default)", new EvidenceMatcher(hybrid, grades, MatchSettings.HYBRID));
		return out;
	}

	/** The semantic view alone for English sentences (the English model's space). */
	static MatchSettings semanticOnlyEnglish() {
		return MatchSettings.HYBRID_ENGLISH.withSemantic(1, MatchSettings.HYBRID_ENGLISH.cosineFloor(),
				MatchSettings.HYBRID_ENGLISH.cosineCeiling());
	}

	/**
	 * The semantic view alone; its threshold (0.30) is the lowest whose negatives
	 * rejected reach 90 % on the calibration half.
	 */
	static MatchSettings semanticOnly() {
		return MatchSettings.HYBRID
			.withSemantic(1, MatchSettings.HYBRID.cosineFloor(), MatchSettings.HYBRID.cosineCeiling())
			.withThreshold(0.30);
	}

	public static List<Example> examples(Path data) throws IOException {
		List<Example> out = new ArrayList<>();
		for (String line : rows(data.resolve("evidence/devset-hard.tsv"))) {
			String[] f = line.split("\t", -1);
			out.add(new Example(out.size(), f[0], f[1].equals("-") ? null : f[1], f[2].equals("-") ? null : f[2], f[3],
					f[4]));
		}
		return out;
	}

	public static List<Doc> documents(Path data) throws IOException {
		List<Doc> out = new ArrayList<>();
		for (String line : rows(data.resolve("evidence/devset-hard-documents.tsv"))) {
			String[] f = line.split("\t", -1);
			Map<String, String> expected = new LinkedHashMap<>();
			for (String e : f[2].split(",")) {
				String[] cl = e.split(":");
				expected.put(cl[0], cl.length > 1 ? cl[1] : null);
			}
			out.add(new Doc(Integer.parseInt(f[0].substring(1)), f[1], expected, f[3]));
		}
		return out;
	}

	private static List<String> rows(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
		return lines.subList(1, lines.size());
	}

	/** Every score of {@code m} on one half. */
	public static Scores score(Catalogue catalogue, EvidenceMatcher m, List<Example> examples, List<Doc> docs,
			boolean calibration) {
		Predicate<Example> half = e -> e.calibration() == calibration;
		int pos = 0, top1 = 0, ranked1 = 0, top3 = 0, exact = 0, within = 0, neg = 0, rejected = 0, weak = 0,
				flagged = 0, claims = 0, en = 0, en1 = 0, zh = 0, zh1 = 0;
		for (Example e : examples) {
			if (!half.test(e)) {
				continue;
			}
			SentenceMatch r = m.matchSentence(e.model(), e.sentence());
			if (r.claimed()) {
				claims++;
			}
			if (!e.positive()) {
				neg++;
				rejected += r.claimed() ? 0 : 1;
				if (e.kind().equals("weakness")) {
					weak++;
					flagged += r.developmentNeed() ? 1 : 0;
				}
				continue;
			}
			pos++;
			boolean right = e.competency().equals(r.competency());
			boolean claimedRight = right && r.claimed();
			top1 += claimedRight ? 1 : 0;
			ranked1 += right ? 1 : 0;
			List<String> three = new ArrayList<>();
			if (r.competency() != null) {
				three.add(r.competency());
			}
			r.others().stream().map(IndicatorMatch::competency).forEach(three::add);
			top3 += three.contains(e.competency()) ? 1 : 0;
			if (right) {
				int want = rank(catalogue, e.model(), e.competency(), e.level());
				exact += want == r.levelRank() ? 1 : 0;
				within += r.levelRank() > 0 && Math.abs(want - r.levelRank()) <= 1 ? 1 : 0;
			}
			if (e.english()) {
				en++;
				en1 += claimedRight ? 1 : 0;
			}
			else {
				zh++;
				zh1 += claimedRight ? 1 : 0;
			}
		}
		int predicted = 0, correct = 0, expected = 0;
		for (Doc d : docs) {
			if (d.calibration() != calibration) {
				continue;
			}
			MatchResult r = m.match(d.model(), d.text());
			Set<String> got = new HashSet<>();
			for (InferredLevel l : r.competencies()) {
				got.add(l.competency());
			}
			predicted += got.size();
			expected += d.expected().size();
			for (String c : got) {
				correct += d.expected().containsKey(c) ? 1 : 0;
			}
		}
		return new Scores(pos, top1 / (double) pos, ranked1 / (double) pos, top3 / (double) pos, exact / (double) pos,
				within / (double) pos, rejected / (double) neg, weak == 0 ? 0 : flagged / (double) weak,
				predicted == 0 ? 0 : correct / (double) predicted, correct / (double) expected,
				en == 0 ? 0 : en1 / (double) en, zh == 0 ? 0 : zh1 / (double) zh,
				claims == 0 ? 0 : top1 / (double) claims, en);
	}

	static int rank(Catalogue catalogue, String model, String competency, String level) {
		Competency c = catalogue.requireCompetency(model, competency);
		return c.scale().stream().filter(s -> s.code().equals(level)).findFirst().orElseThrow().rank();
	}

	static void header() {
		System.out.printf("%-18s %7s %7s %7s %7s %7s %8s %7s %7s %7s %7s %7s%n", "method", "top-1", "rank-1", "top-3",
				"level=", "lvl±1", "neg.rej", "weak→dev", "doc P", "doc R", "en top1", "zh top1");
	}

	static void print(String name, Scores s) {
		System.out.printf(Locale.ROOT,
				"%-18s %6.1f%% %6.1f%% %6.1f%% %6.1f%% %6.1f%% %7.1f%% %7.1f%% %6.1f%% %6.1f%% %6.1f%% %6.1f%%%n", name,
				100 * s.top1(), 100 * s.ranked1(), 100 * s.top3(), 100 * s.levelExact(), 100 * s.levelWithinOne(),
				100 * s.negativesRejected(), 100 * s.weaknessFlagged(), 100 * s.docPrecision(), 100 * s.docRecall(),
				100 * s.english1(), 100 * s.chinese1());
	}

}
