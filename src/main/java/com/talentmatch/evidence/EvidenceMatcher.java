package com.talentmatch.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.talentmatch.catalogue.NotFoundException;

/**
 * Matches evidence text against one model's indicators, sentence by sentence, and infers
 * a level per competency.
 *
 * <p>
 * For each sentence, after its protected terms are redacted ({@link ProtectedTerms}):
 * <ol>
 * <li>lexical: BM25 retrieves the indicators sharing terms with it; each is re-scored by
 * the idf-weighted overlap of the analysed terms, normalised to 0–1
 * ({@link MatchSettings#sentenceExponent()});</li>
 * <li>semantic (when the index has vectors and {@link MatchSettings#semanticWeight()}
 * &gt; 0): the sentence is embedded once and the nearest indicators are found by kNN; the
 * cosine is mapped onto 0–1 between {@link MatchSettings#cosineFloor()} and
 * {@link MatchSettings#cosineCeiling()};</li>
 * <li>fused: {@code (1 − w)·lexical + w·semantic} per indicator; the competency of the
 * best indicator (or definition) is claimed when the fused score reaches
 * {@link MatchSettings#threshold()} and, lexically, the two share
 * {@link MatchSettings#minSharedTerms()} words that are not generic, or, with the
 * semantic view, the sentence is nearer to the indicator than to any background sentence
 * by {@link MatchSettings#backgroundMargin()} (so generic words alone never claim);</li>
 * <li>a sentence stating a weakness ({@link Weakness}) claims nothing: it is a
 * {@link DevelopmentNeed};</li>
 * <li>its level is that of the competency's best behavioural indicator, if that scores at
 * least {@link MatchSettings#levelFloor()} × threshold; otherwise the claim has no
 * level.</li>
 * </ol>
 * Per competency, the claimed sentences are aggregated ({@link #infer}). Immutable,
 * thread-safe.
 */
public final class EvidenceMatcher {

	private final IndicatorIndex index;

	private final GradeRecognizer grades;

	private final MatchSettings settings;

	private final MatchSettings englishSettings;

	/**
	 * A matcher; English sentences use {@link MatchSettings#HYBRID_ENGLISH} when the
	 * index has English vectors and {@code settings} is semantic.
	 */
	public EvidenceMatcher(IndicatorIndex index, GradeRecognizer grades, MatchSettings settings) {
		this(index, grades, settings, settings.semantic() ? MatchSettings.HYBRID_ENGLISH : settings);
	}

	/**
	 * @param englishSettings the settings for English sentences matched in the English
	 * model's space (when the index has English vectors)
	 */
	public EvidenceMatcher(IndicatorIndex index, GradeRecognizer grades, MatchSettings settings,
			MatchSettings englishSettings) {
		this.index = index;
		this.grades = grades;
		this.settings = settings;
		this.englishSettings = englishSettings;
	}

	public IndicatorIndex index() {
		return index;
	}

	public MatchSettings settings() {
		return settings;
	}

	/** The settings for English sentences in the English model's space. */
	public MatchSettings englishSettings() {
		return englishSettings;
	}

	/** Whether this matcher uses the semantic view. */
	public boolean semantic() {
		return index.semantic() && settings.semantic();
	}

	/**
	 * Matches {@code text} against model {@code modelId}.
	 * @throws NotFoundException when the model has no indicator text (or does not exist)
	 */
	public MatchResult match(String modelId, String text) {
		ModelIndex model = modelIndex(modelId);
		List<Sentence> sentences = SentenceSplitter.split(text);
		List<Sentence> redacted = new ArrayList<>(sentences.size());
		List<List<Redaction>> redactions = new ArrayList<>(sentences.size());
		for (Sentence s : sentences) {
			ProtectedTerms.Redacted r = protectedTerms().redact(s);
			redacted.add(new Sentence(s.index(), r.text(), s.start(), s.end()));
			redactions.add(r.redactions());
		}
		List<float[]> vectors = embed(model, redacted.stream().map(Sentence::text).toList());
		List<SentenceMatch> matches = new ArrayList<>(sentences.size());
		for (int i = 0; i < redacted.size(); i++) {
			String t = redacted.get(i).text();
			matches.add(match(model, redacted.get(i), redactions.get(i), vectors == null ? null : vectors.get(i),
					vectors != null && inEnglishSpace(model, t)));
		}
		List<DevelopmentNeed> needs = matches.stream()
			.filter(SentenceMatch::developmentNeed)
			.map(m -> new DevelopmentNeed(m.competency(), m.competencyName(), m.sentence().index(), m.weakness()))
			.toList();
		return new MatchResult(modelId, index.revision(), settings.threshold(), matches,
				infer(modelId, matches, settings), grades.find(redacted), needs, vectors != null);
	}

	/**
	 * Matches one sentence (redacted first, like every text); used by {@link #match} and
	 * the evaluation.
	 */
	public SentenceMatch matchSentence(String modelId, String sentence) {
		ProtectedTerms.Redacted r = protectedTerms().redact(sentence);
		ModelIndex model = modelIndex(modelId);
		List<float[]> v = embed(model, List.of(r.text()));
		return match(model, new Sentence(0, r.text(), 0, sentence.length()), r.redactions(),
				v == null ? null : v.get(0), v != null && inEnglishSpace(model, r.text()));
	}

	/** English sentences go to the English model's space when the index has it. */
	private boolean inEnglishSpace(ModelIndex model, String text) {
		return index.english() && model.english() && english(text);
	}

	/**
	 * One vector per text, each from the model of its space (English or Chinese), or
	 * {@code null} without the semantic view.
	 */
	private List<float[]> embed(ModelIndex model, List<String> texts) {
		if (!semantic() || !model.semantic() || texts.isEmpty()) {
			return null;
		}
		List<String> zh = new ArrayList<>();
		List<String> en = new ArrayList<>();
		for (String t : texts) {
			(inEnglishSpace(model, t) ? en : zh).add(t);
		}
		java.util.Iterator<float[]> zhv = index.vectors().sentences(zh).iterator();
		java.util.Iterator<float[]> env = en.isEmpty() ? null : index.englishVectors().sentences(en).iterator();
		List<float[]> out = new ArrayList<>(texts.size());
		for (String t : texts) {
			out.add(inEnglishSpace(model, t) ? env.next() : zhv.next());
		}
		return out;
	}

	private ProtectedTerms protectedTerms() {
		return index.analyzer().lexicon().protectedTerms();
	}

	private ModelIndex modelIndex(String modelId) {
		return index.model(modelId)
			.orElseThrow(() -> new NotFoundException("model '" + modelId + "' has no indicator text to match "
					+ "against; models with indicators: " + index.models().keySet().stream().sorted().toList()));
	}

	private SentenceMatch match(ModelIndex model, Sentence sentence, List<Redaction> redactions, float[] query,
			boolean inEnglish) {
		MatchSettings settings = inEnglish ? englishSettings : this.settings;
		List<Terms.Token> tokens = Terms.tokens(index.analyzer(), sentence.text());
		Set<String> terms = Terms.of(tokens);
		Map<Integer, Double> lexical = lexical(model, terms);
		Map<Integer, Double> cosines = query == null ? Map.of()
				: new HashMap<>(model.nearest(query, settings.neighbours(), inEnglish));
		double background = query == null ? 0
				: inEnglish ? background(query, index.englishBackground()) : background(query, index.background())
						+ (english(sentence.text()) ? settings.englishBackgroundShift() : 0);
		Set<Integer> ords = new LinkedHashSet<>(lexical.keySet());
		ords.addAll(cosines.keySet());
		Map<String, Scored> bestPerCompetency = new LinkedHashMap<>();
		Map<String, Scored> bestLevelled = new HashMap<>();
		for (int ord : ords) {
			IndicatorDoc doc = model.doc(ord);
			double lex = lexical.getOrDefault(ord, 0.0);
			Scored scored;
			if (query == null) {
				scored = new Scored(doc, lex, lex, 0);
			}
			else {
				double cos = cosines.computeIfAbsent(ord, o -> model.cosine(query, o, inEnglish));
				double w = settings.semanticWeight();
				scored = new Scored(doc, (1 - w) * lex + w * semantic01(cos - background, settings), lex, cos);
			}
			bestPerCompetency.merge(doc.competency(), scored, Scored::better);
			if (doc.level() != null) {
				bestLevelled.merge(doc.competency(), scored, Scored::better);
			}
		}
		List<Scored> ranked = bestPerCompetency.values()
			.stream()
			.sorted(Comparator.comparingDouble(Scored::score).reversed())
			.toList();
		String weakness = index.analyzer().lexicon().weakness().find(sentence.text());
		if (ranked.isEmpty()) {
			return new SentenceMatch(sentence, redactions, false, weakness != null, weakness, null, null, null, 0, 0, 0,
					0, null, null, List.of(), Highlights.mark(sentence.text(), tokens, Set.of()));
		}
		Scored top = ranked.get(0);
		IndicatorMatch best = explain(top, terms);
		Scored levelled = bestLevelled.get(best.competency());
		if (levelled != null && levelled.score() < settings.levelFloor() * settings.threshold()) {
			levelled = null;
		}
		IndicatorMatch levelIndicator = levelled == null ? null
				: levelled.doc() == top.doc() ? best : explain(levelled, terms);
		List<IndicatorMatch> others = ranked.stream().skip(1).limit(2).map(x -> explain(x, terms)).toList();
		boolean supported = query == null ? sharedWords(top, terms) >= settings.minSharedTerms()
				: top.cosine() - background >= settings.backgroundMargin();
		boolean claimed = weakness == null && top.score() >= settings.threshold() && supported;
		return new SentenceMatch(sentence, redactions, claimed, weakness != null, weakness, best.competency(),
				best.competencyName(), levelIndicator == null ? null : levelIndicator.level(),
				levelIndicator == null ? 0 : levelIndicator.levelRank(), best.score(), best.lexicalScore(),
				best.semanticScore(), best, levelIndicator, others,
				Highlights.mark(sentence.text(), tokens, top.doc().terms()));
	}

	/** Lexical similarity (0–1) of the sentence terms to each BM25 candidate. */
	private Map<Integer, Double> lexical(ModelIndex model, Set<String> terms) {
		double maxIdf = model.idf("\u0000");
		double normSquared = 0;
		for (String t : terms) {
			double w = model.knows(t) ? model.idf(t) : settings.unknownTermWeight() * maxIdf;
			normSquared += w * w;
		}
		double norm = Math.sqrt(normSquared);
		Map<Integer, Double> lexical = new LinkedHashMap<>();
		for (int ord : model.candidates(terms, settings.candidates())) {
			IndicatorDoc doc = model.doc(ord);
			double dot = 0;
			for (String t : doc.terms()) {
				if (terms.contains(t)) {
					double w = model.idf(t);
					dot += w * w;
				}
			}
			double e = settings.sentenceExponent();
			lexical.put(ord, dot / (Math.pow(norm, 2 * e) * Math.pow(model.norm(ord), 2 - 2 * e)));
		}
		return lexical;
	}

	/**
	 * Raw scores of one sentence against every document of a model: ordinal → {lexical,
	 * cosine} (cosine 0 without vectors), and under ordinal −1 the cosine of the nearest
	 * background sentence. For the calibration tools.
	 */
	Map<Integer, double[]> rawScores(String modelId, String sentence) {
		ModelIndex model = modelIndex(modelId);
		String text = protectedTerms().redact(sentence).text();
		Map<Integer, Double> lexical = lexical(model, Terms.of(index.analyzer(), text));
		List<float[]> v = index.semantic() && model.semantic() ? index.vectors().sentences(List.of(text)) : null;
		Map<Integer, double[]> out = new LinkedHashMap<>();
		out.put(-1, new double[] { 0, v == null ? 0 : background(v.get(0), index.background()) });
		for (int ord = 0; ord < model.size(); ord++) {
			out.put(ord, new double[] { lexical.getOrDefault(ord, 0.0),
					v == null ? 0 : model.cosine(v.get(0), ord, false) });
		}
		return out;
	}

	/** Mostly Latin letters: an English sentence. */
	static boolean english(String text) {
		long latin = text.chars().filter(c -> c < 128 && Character.isLetter(c)).count();
		return latin > text.length() / 3;
	}

	/** The cosine of the nearest background sentence (no evidence of anything). */
	private static double background(float[] query, List<float[]> background) {
		double max = -1;
		for (float[] b : background) {
			max = Math.max(max, Vectors.dot(query, b));
		}
		return max;
	}

	private static double semantic01(double cosine, MatchSettings settings) {
		double x = (cosine - settings.cosineFloor()) / (settings.cosineCeiling() - settings.cosineFloor());
		return Math.max(0, Math.min(1, x));
	}

	/** Distinct shared words that are neither bigrams nor generic. */
	private int sharedWords(Scored s, Set<String> sentenceTerms) {
		int n = 0;
		for (String t : s.doc().terms()) {
			if (sentenceTerms.contains(t) && !t.startsWith(HanBigramFilter.PREFIX)
					&& !index.analyzer().lexicon().genericWords().contains(t)) {
				n++;
			}
		}
		return n;
	}

	private IndicatorMatch explain(Scored s, Set<String> sentenceTerms) {
		IndicatorDoc d = s.doc();
		Set<String> shared = new LinkedHashSet<>();
		List<String> words = new ArrayList<>();
		for (Terms.Token t : d.tokens()) {
			if (sentenceTerms.contains(t.term()) && shared.add(t.term())
					&& !t.term().startsWith(HanBigramFilter.PREFIX)) {
				words.add(d.text().substring(t.start(), t.end()));
			}
		}
		return new IndicatorMatch(d.competency(), d.competencyName(), d.level(), d.levelRank(), d.subTheme(), d.text(),
				d.definition(), d.translation(), round(s.score()), round(s.lexical()), round(s.cosine()), words,
				Highlights.mark(d.text(), d.tokens(), shared));
	}

	private static double round(double x) {
		return Math.round(x * 1000) / 1000.0;
	}

	private record Scored(IndicatorDoc doc, double score, double lexical, double cosine) {

		Scored better(Scored other) {
			return score >= other.score ? this : other;
		}
	}

	/**
	 * Per competency with claimed sentences, the inferred level: the highest level whose
	 * supporting sentences (claims at that level or above: a level-3 behaviour also shows
	 * level 2) reach {@link MatchSettings#levelConfidence()}, preferring one backed by
	 * {@link MatchSettings#levelSupport()} sentences; confidence {@code 1 − Π(1 − score)}
	 * over the supporting sentences. Claims without a level support no level; a
	 * competency claimed only so has an inferred level of {@code null}.
	 */
	static List<InferredLevel> infer(String modelId, List<SentenceMatch> matches, MatchSettings settings) {
		Map<String, List<SentenceMatch>> byCompetency = new LinkedHashMap<>();
		for (SentenceMatch m : matches) {
			if (m.claimed()) {
				byCompetency.computeIfAbsent(m.competency(), k -> new ArrayList<>()).add(m);
			}
		}
		List<InferredLevel> out = new ArrayList<>();
		byCompetency.forEach((competency, claims) -> {
			List<SentenceMatch> levelled = claims.stream()
				.filter(m -> m.level() != null)
				.sorted(Comparator.comparingInt(SentenceMatch::levelRank)
					.reversed()
					.thenComparing(Comparator.comparingDouble(SentenceMatch::score).reversed()))
				.toList();
			SentenceMatch first = claims.get(0);
			if (levelled.isEmpty()) {
				List<Integer> all = claims.stream()
					.sorted(Comparator.comparingDouble(SentenceMatch::score).reversed())
					.map(m -> m.sentence().index())
					.toList();
				out.add(new InferredLevel(modelId, competency, first.competencyName(), null, 0, confidence(claims), all,
						List.of()));
				return;
			}
			SentenceMatch chosen = null;
			SentenceMatch confident = null;
			for (SentenceMatch candidate : levelled) {
				List<SentenceMatch> support = atOrAbove(levelled, candidate.levelRank());
				if (confidence(support) < settings.levelConfidence()) {
					continue;
				}
				if (confident == null) {
					confident = candidate;
				}
				if (support.size() >= settings.levelSupport()) {
					chosen = candidate;
					break;
				}
			}
			if (chosen == null) {
				chosen = confident != null ? confident : levelled.get(levelled.size() - 1);
			}
			int rank = chosen.levelRank();
			List<SentenceMatch> support = atOrAbove(levelled, rank);
			List<Integer> supportIds = support.stream()
				.sorted(Comparator.comparingDouble(SentenceMatch::score).reversed())
				.map(m -> m.sentence().index())
				.toList();
			List<Integer> other = claims.stream()
				.filter(m -> !support.contains(m))
				.map(m -> m.sentence().index())
				.toList();
			out.add(new InferredLevel(modelId, competency, first.competencyName(), chosen.level(), rank,
					confidence(support), supportIds, other));
		});
		out.sort(Comparator.comparingDouble(InferredLevel::confidence).reversed());
		return out;
	}

	private static List<SentenceMatch> atOrAbove(List<SentenceMatch> levelled, int rank) {
		return levelled.stream().filter(m -> m.levelRank() >= rank).toList();
	}

	private static double confidence(List<SentenceMatch> support) {
		double disbelief = 1;
		for (SentenceMatch m : support) {
			disbelief *= 1 - m.score();
		}
		return round(1 - disbelief);
	}

}
