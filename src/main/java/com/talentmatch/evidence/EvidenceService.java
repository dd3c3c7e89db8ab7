package com.talentmatch.evidence;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import com.talentmatch.catalogue.Catalogue;
import com.talentmatch.catalogue.CatalogueChangedEvent;
import com.talentmatch.catalogue.CatalogueProperties;
import com.talentmatch.catalogue.CatalogueService;
import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.InvalidDataException;

/**
 * Evidence matching as the service runs it: the lexicon from {@code data/evidence/},
 * hybrid analysis (SmartCN words and character bigrams, the best on the dev set), and an
 * indicator index rebuilt whenever the catalogue changes (seed sync, import, delete).
 * Thread-safe: a rebuild swaps in a new matcher; a request in flight keeps the one it
 * started with.
 */
@Service
public class EvidenceService {

	private static final Logger log = LoggerFactory.getLogger(EvidenceService.class);

	private final CatalogueService catalogue;

	private final EvidenceProperties properties;

	private final EvidenceAnalyzer analyzer;

	private volatile EvidenceMatcher matcher;

	public EvidenceService(CatalogueService catalogue, CatalogueProperties catalogueProperties,
			EvidenceProperties properties) {
		this.catalogue = catalogue;
		this.properties = properties;
		this.analyzer = new EvidenceAnalyzer(EvidenceAnalyzer.Segmentation.HYBRID,
				Lexicon.load(catalogueProperties.dataDir().resolve("evidence")));
		rebuild(catalogue.current());
	}

	@EventListener
	public void catalogueChanged(CatalogueChangedEvent event) {
		rebuild(event.catalogue());
	}

	private synchronized void rebuild(Catalogue snapshot) {
		long t = System.nanoTime();
		IndicatorIndex index = IndicatorIndex.build(snapshot, analyzer);
		matcher = new EvidenceMatcher(index, new GradeRecognizer(snapshot), properties.settings());
		log.info("Indicator index: {} indicators of {} models in {} ms (catalogue revision {})", index.size(),
				index.models().size(), (System.nanoTime() - t) / 1_000_000, snapshot.revision());
	}

	/** The matcher for the current catalogue. */
	public EvidenceMatcher matcher() {
		catalogue.current();
		return matcher;
	}

	/**
	 * Matches evidence text against a model.
	 * @throws InvalidDataException when the text is empty or the model has no indicator
	 * text
	 * @throws TextTooLargeException when the text is over the limit
	 * @throws com.talentmatch.catalogue.NotFoundException when there is no such model
	 */
	public MatchResult match(String modelId, String text) {
		check(text, "text");
		catalogue.current().requireModel(modelId);
		EvidenceMatcher m = matcher();
		if (!m.index().models().containsKey(modelId)) {
			throw new InvalidDataException(List.of(new DataProblem("request", 0, "model",
					"model '" + modelId + "' has no indicator text to match against; models with indicators: "
							+ m.index().models().keySet().stream().sorted().toList())));
		}
		return m.match(modelId, text);
	}

	/** Refuses blank text and text over the limit. */
	void check(String text, String field) {
		if (text == null || text.isBlank()) {
			throw new InvalidDataException(List.of(new DataProblem("request", 0, field,
					"'" + field + "' is empty; send the evidence text (interview notes, 360 comments, résumé lines)")));
		}
		if (text.length() > properties.maxTextChars()) {
			throw new TextTooLargeException(
					"'" + field + "' has " + text.length() + " characters; at most " + properties.maxTextChars()
							+ " are accepted in one request (talent-match.evidence.max-text-chars)");
		}
	}

}
