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
 * BM25 retrieves the indicators sharing terms with it; each is re-scored by the
 * idf-weighted overlap of the analysed terms, normalised to 0–1
 * ({@link MatchSettings#sentenceExponent()}); the competency of the best indicator (or
 * definition) is claimed when the score reaches {@link MatchSettings#threshold()} and the
 * two share at least {@link MatchSettings#minSharedTerms()} words; its level is that of
 * the competency's best behavioural indicator. Per competency, each claimed sentence
 * supports the level of its indicator; the level with the highest confidence
 * ({@code 1 − Π(1 − score)}) is inferred, the lower level on a tie. Immutable,
 * thread-safe.
 */
public final class EvidenceMatcher {

	private final IndicatorIndex index;

	private final GradeRecognizer grades;

	private final MatchSettings settings;

	public EvidenceMatcher(IndicatorIndex index, GradeRecognizer grades, MatchSettings settings) {
		this.index = index;
		this.grades = grades;
		this.settings = settings;
	}

	public IndicatorIndex index() {
		return index;
	}

	/**
	 * Matches {@code text} against model {@code modelId}.
	 * @throws NotFoundException when the model has no indicator text (or does not exist)
	 */
	public MatchResult match(String modelId, String text) {
		ModelIndex model = modelIndex(modelId);
		List<Sentence> sentences = SentenceSplitter.split(text);
		List<Sentence> redacted = new ArrayList<>(sentences.size());
		List<SentenceMatch> matches = new ArrayList<>(sentences.size());
		for (Sentence s : sentences) {
			ProtectedTerms.Redacted r = protectedTerms().redact(s);
			Sentence clean = new Sentence(s.index(), r.text(), s.start(), s.end());
			redacted.add(clean);
			matches.add(match(model, clean, r.redactions()));
		}
		return new MatchResult(modelId, index.revision(), settings.threshold(), matches, infer(modelId, matches),
				grades.find(redacted));
	}

	/**
	 * Matches one sentence (redacted first, like every text); used by {@link #match} and
	 * the evaluation.
	 */
	public SentenceMatch matchSentence(String modelId, String sentence) {
		ProtectedTerms.Redacted r = protectedTerms().redact(sentence);
		return match(modelIndex(modelId), new Sentence(0, r.text(), 0, sentence.length()), r.redactions());
	}

	private ProtectedTerms protectedTerms() {
		return index.analyzer().lexicon().protectedTerms();
	}

	private ModelIndex modelIndex(String modelId) {
		return index.model(modelId)
			.orElseThrow(() -> new NotFoundException("model '" + modelId + "' has no indicator text to match "
					+ "against; models with indicators: " + index.models().keySet().stream().sorted().toList()));
	}

	private SentenceMatch match(ModelIndex model, Sentence sentence, List<Redaction> redactions) {
		List<Terms.Token> tokens = Terms.tokens(index.analyzer(), sentence.text());
		Set<String> terms = Terms.of(tokens);
		double maxIdf = model.idf("\u0000");
		double normSquared = 0;
		for (String t : terms) {
			double w = model.knows(t) ? model.idf(t) : settings.unknownTermWeight() * maxIdf;
			normSquared += w * w;
		}
		double norm = Math.sqrt(normSquared);
		Map<String, Scored> bestPerCompetency = new LinkedHashMap<>();
		Map<String, Scored> bestLevelled = new HashMap<>();
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
			Scored scored = new Scored(doc, dot / (Math.pow(norm, 2 * e) * Math.pow(model.norm(ord), 2 - 2 * e)));
			bestPerCompetency.merge(doc.competency(), scored, Scored::better);
			if (doc.level() != null) {
				bestLevelled.merge(doc.competency(), scored, Scored::better);
			}
		}
		List<Scored> ranked = bestPerCompetency.values()
			.stream()
			.sorted(Comparator.comparingDouble(Scored::score).reversed())
			.toList();
		if (ranked.isEmpty()) {
			return new SentenceMatch(sentence, redactions, false, null, null, null, 0, 0, null, null, List.of(),
					Highlights.mark(sentence.text(), tokens, Set.of()));
		}
		IndicatorMatch best = explain(ranked.get(0), terms);
		Scored levelled = bestLevelled.get(best.competency());
		IndicatorMatch levelIndicator = levelled == null ? null
				: levelled.doc() == ranked.get(0).doc() ? best : explain(levelled, terms);
		List<IndicatorMatch> others = ranked.stream().skip(1).limit(2).map(x -> explain(x, terms)).toList();
		boolean claimed = best.score() >= settings.threshold()
				&& best.matchedTerms().size() >= settings.minSharedTerms();
		return new SentenceMatch(sentence, redactions, claimed, best.competency(), best.competencyName(),
				levelIndicator == null ? null : levelIndicator.level(),
				levelIndicator == null ? 0 : levelIndicator.levelRank(), best.score(), best, levelIndicator, others,
				Highlights.mark(sentence.text(), tokens, ranked.get(0).doc().terms()));
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
				d.definition(), Math.round(s.score() * 1000) / 1000.0, words,
				Highlights.mark(d.text(), d.tokens(), shared));
	}

	private record Scored(IndicatorDoc doc, double score) {

		Scored better(Scored other) {
			return score >= other.score ? this : other;
		}
	}

	private static List<InferredLevel> infer(String modelId, List<SentenceMatch> matches) {
		Map<String, List<SentenceMatch>> byCompetency = new LinkedHashMap<>();
		for (SentenceMatch m : matches) {
			if (m.claimed()) {
				byCompetency.computeIfAbsent(m.competency(), k -> new ArrayList<>()).add(m);
			}
		}
		List<InferredLevel> out = new ArrayList<>();
		byCompetency.forEach((competency, claims) -> {
			Map<String, Double> disbelief = new HashMap<>();
			Map<String, Integer> rank = new HashMap<>();
			for (SentenceMatch m : claims) {
				String level = String.valueOf(m.level());
				disbelief.merge(level, 1 - m.score(), (a, b) -> a * b);
				rank.put(level, m.levelRank());
			}
			String chosen = disbelief.keySet()
				.stream()
				.min(Comparator.comparingDouble((String l) -> disbelief.get(l)).thenComparingInt(rank::get))
				.orElseThrow();
			List<Integer> support = claims.stream()
				.filter(m -> String.valueOf(m.level()).equals(chosen))
				.sorted(Comparator.comparingDouble(SentenceMatch::score).reversed())
				.map(m -> m.sentence().index())
				.toList();
			List<Integer> other = claims.stream()
				.filter(m -> !String.valueOf(m.level()).equals(chosen))
				.map(m -> m.sentence().index())
				.toList();
			SentenceMatch first = claims.get(0);
			String level = "null".equals(chosen) ? null : chosen;
			out.add(new InferredLevel(modelId, competency, first.competencyName(), level, rank.get(chosen),
					Math.round((1 - disbelief.get(chosen)) * 1000) / 1000.0, support, other));
		});
		out.sort(Comparator.comparingDouble(InferredLevel::confidence).reversed());
		return out;
	}

}
