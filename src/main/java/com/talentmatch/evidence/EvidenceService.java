package com.talentmatch.evidence;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
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
 * Evidence matching as the service runs it: the lexicon and translations from
 * {@code data/evidence/}, hybrid analysis (SmartCN words and character bigrams), and an
 * indicator index rebuilt whenever the catalogue changes (seed sync, import, delete).
 *
 * <p>
 * With {@code talent-match.evidence.semantic=true} (the default) the index also holds
 * sentence vectors and matching fuses lexical and semantic scores
 * ({@link MatchSettings#HYBRID}). Vectors come from the {@link VectorCache} when it has
 * them (a restart reads them from disk, it does not re-embed); the model itself loads in
 * the background. Texts the cache lacks (a first start, an import) are embedded in the
 * background: until that is done the lexical matcher serves and results say
 * {@code semantic: false}. With {@code semantic=false} no model is ever loaded.
 *
 * <p>
 * Thread-safe: a rebuild swaps in a new matcher; a request in flight keeps the one it
 * started with.
 */
@Service
public class EvidenceService {

	private static final Logger log = LoggerFactory.getLogger(EvidenceService.class);

	private final CatalogueService catalogue;

	private final EvidenceProperties properties;

	private final EvidenceAnalyzer analyzer;

	private final Translations translations;

	private final VectorCache vectors;

	private final VectorCache englishVectors;

	private final ExecutorService background;

	private volatile EvidenceMatcher matcher;

	private final List<Runnable> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

	public EvidenceService(CatalogueService catalogue, CatalogueProperties catalogueProperties,
			EvidenceProperties properties) {
		this.catalogue = catalogue;
		this.properties = properties;
		this.analyzer = new EvidenceAnalyzer(EvidenceAnalyzer.Segmentation.HYBRID,
				Lexicon.load(catalogueProperties.dataDir().resolve("evidence")));
		this.translations = Translations
			.load(catalogueProperties.dataDir().resolve("evidence").resolve("translations"));
		if (properties.semantic()) {
			BgeSmallZhEncoder encoder = new BgeSmallZhEncoder();
			MiniLmEnglishEncoder english = new MiniLmEnglishEncoder();
			this.vectors = VectorCache.open(properties.vectorCacheDir(), encoder);
			this.englishVectors = VectorCache.open(properties.vectorCacheDir(), english);
			this.background = Executors.newSingleThreadExecutor(r -> {
				Thread t = new Thread(r, "evidence-vectors");
				t.setDaemon(true);
				return t;
			});
			background.submit(() -> {
				long t = System.nanoTime();
				encoder.load();
				english.load();
				log.info("Sentence models {} and {} loaded in {} ms", encoder.id(), english.id(),
						(System.nanoTime() - t) / 1_000_000);
			});
		}
		else {
			this.vectors = null;
			this.englishVectors = null;
			this.background = null;
		}
		rebuild(catalogue.current());
	}

	@EventListener
	public void catalogueChanged(CatalogueChangedEvent event) {
		rebuild(event.catalogue());
	}

	@PreDestroy
	void stop() {
		if (background != null) {
			background.shutdownNow();
		}
	}

	private synchronized void rebuild(Catalogue snapshot) {
		long t = System.nanoTime();
		IndicatorIndex index = vectors == null ? null
				: IndicatorIndex.build(snapshot, analyzer, translations, vectors, englishVectors, true);
		boolean pending = vectors != null && index == null;
		if (index == null) {
			index = IndicatorIndex.build(snapshot, analyzer, translations, null);
		}
		swap(index, snapshot, t);
		if (pending) {
			log.info("Embedding the catalogue's new texts in the background; lexical matching until then");
			background.submit(() -> {
				long t2 = System.nanoTime();
				IndicatorIndex full = IndicatorIndex.build(snapshot, analyzer, translations, vectors, englishVectors,
						false);
				synchronized (this) {
					if (matcher.index().revision() == snapshot.revision()) {
						swap(full, snapshot, t2);
					}
				}
			});
		}
	}

	/**
	 * Runs {@code listener} whenever the matcher is replaced without a catalogue change
	 * (the semantic view becoming ready after the catalogue's texts were embedded).
	 */
	public void onMatcherChange(Runnable listener) {
		listeners.add(listener);
	}

	private void swap(IndicatorIndex index, Catalogue snapshot, long started) {
		boolean sameRevision = matcher != null && matcher.index().revision() == snapshot.revision();
		matcher = new EvidenceMatcher(index, new GradeRecognizer(snapshot), properties.settings(index.semantic()));
		if (sameRevision) {
			listeners.forEach(Runnable::run);
		}
		log.info("Indicator index ({}): {} documents of {} models in {} ms (catalogue revision {})",
				index.semantic() ? "lexical + semantic" : "lexical", index.size(), index.models().size(),
				(System.nanoTime() - started) / 1_000_000, snapshot.revision());
	}

	/** The matcher for the current catalogue. */
	public EvidenceMatcher matcher() {
		catalogue.current();
		return matcher;
	}

	/**
	 * Whether the current matcher uses the semantic view (false when it is switched off,
	 * or while the catalogue's vectors are being computed).
	 */
	public boolean semanticReady() {
		return matcher.semantic();
	}

	/**
	 * Matches evidence text against a model.
	 * @throws InvalidDataException when the text is empty or the model has no indicator
	 * text
	 * @throws TextTooLargeException when the text is over the limit
	 * @throws com.talentmatch.catalogue.NotFoundException when there is no such model
	 */
	public MatchResult match(String model, String text) {
		check(text, "text");
		String modelId = catalogue.current().requireModel(model).id();
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
