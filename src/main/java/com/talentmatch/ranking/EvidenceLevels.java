package com.talentmatch.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.talentmatch.candidates.CandidateErasure;

import com.talentmatch.evidence.EvidenceDocument;
import com.talentmatch.evidence.EvidenceMatcher;
import com.talentmatch.evidence.EvidenceSearch;
import com.talentmatch.evidence.EvidenceService;
import com.talentmatch.evidence.InferredLevel;
import com.talentmatch.evidence.MatchResult;
import com.talentmatch.evidence.SentenceMatch;

/**
 * Levels inferred from a person's evidence documents against the models a role's
 * requirements use, with the sentences behind them. Results are cached per person, model,
 * catalogue revision and document set.
 */
@Component
public class EvidenceLevels {

	/**
	 * A level inferred from evidence, and why.
	 *
	 * @param level the inferred level (model, competency, level, confidence, sentences)
	 * @param sentences the supporting sentences with the indicator each matched,
	 * highlighted
	 */
	record Inferred(InferredLevel level, List<Sentence> sentences) {
	}

	/**
	 * A supporting sentence.
	 *
	 * @param text the sentence
	 * @param highlighted the sentence with the matched words in {@code <em>}
	 * @param indicator the indicator it matched
	 * @param indicatorHighlighted the indicator with the matched words in {@code <em>}
	 * @param score similarity 0–1
	 */
	public record Sentence(String text, String highlighted, String indicator, String indicatorHighlighted,
			double score) {
	}

	private final EvidenceService evidence;

	private final EvidenceSearch documents;

	private final Map<String, List<Inferred>> cache = new ConcurrentHashMap<>();

	/**
	 * The matcher the cache was filled with: another one (the semantic view became ready)
	 * empties it.
	 */
	private volatile EvidenceMatcher cachedFor;

	/**
	 * Which matcher evidence levels come from now, for the keys of caches built on them
	 * (the ranking's): changes when the matcher is replaced, for instance when the
	 * semantic view becomes ready after a start, without a catalogue change.
	 */
	public int matcherKey() {
		return System.identityHashCode(current());
	}

	private EvidenceMatcher current() {
		EvidenceMatcher matcher = evidence.matcher();
		if (matcher != cachedFor) {
			synchronized (this) {
				if (matcher != cachedFor) {
					cache.clear();
					cachedFor = matcher;
				}
			}
		}
		return matcher;
	}

	EvidenceLevels(EvidenceService evidence, EvidenceSearch documents) {
		this.evidence = evidence;
		this.documents = documents;
	}

	/**
	 * Evidence-inferred levels of one person, from their stored documents, for each of
	 * {@code models}.
	 */
	List<Inferred> of(String candidateId, List<String> models) {
		return of(candidateId, documents.of(candidateId), models);
	}

	/**
	 * Evidence-inferred levels of one person from {@code docs}, their stored documents
	 * (oldest first), for each of {@code models}.
	 */
	List<Inferred> of(String candidateId, List<EvidenceDocument> docs, List<String> models) {
		if (docs.isEmpty()) {
			return List.of();
		}
		String text = docs.stream().map(EvidenceDocument::text).collect(Collectors.joining("\n"));
		return ofText(
				candidateId + "#" + docs.stream().map(d -> String.valueOf(d.id())).collect(Collectors.joining(",")),
				text, models);
	}

	/** A person is being erased: forget the sentences cached from their documents. */
	@EventListener
	public void erase(CandidateErasure erasure) {
		cache.keySet().removeIf(k -> k.startsWith(erasure.candidateId() + "#"));
	}

	/**
	 * Evidence-inferred levels from a text; {@code key} identifies the text for the
	 * cache.
	 */
	List<Inferred> ofText(String key, String text, List<String> models) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		EvidenceMatcher matcher = current();
		List<Inferred> out = new ArrayList<>();
		for (String model : models) {
			if (!matcher.index().models().containsKey(model)) {
				continue;
			}
			String cacheKey = key + "\u0000" + model + "\u0000" + matcher.index().revision() + "\u0000"
					+ text.hashCode();
			out.addAll(cache.computeIfAbsent(cacheKey, k -> infer(matcher.match(model, text))));
		}
		return out;
	}

	private static List<Inferred> infer(MatchResult r) {
		List<Inferred> out = new ArrayList<>();
		for (InferredLevel l : r.competencies()) {
			List<Sentence> sentences = new ArrayList<>();
			for (int i : l.sentences()) {
				SentenceMatch m = r.sentences().get(i);
				sentences.add(new Sentence(m.sentence().text(), m.highlighted(),
						m.levelIndicator() == null ? m.best().indicator() : m.levelIndicator().indicator(),
						m.levelIndicator() == null ? m.best().highlighted() : m.levelIndicator().highlighted(),
						m.score()));
			}
			out.add(new Inferred(l, sentences));
		}
		return out;
	}

}
