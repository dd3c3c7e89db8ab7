package com.talentmatch.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import com.talentmatch.catalogue.CatalogueChangedEvent;
import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.InvalidDataException;
import com.talentmatch.catalogue.NotFoundException;

/**
 * Candidates' evidence documents: stored, and full-text searchable with highlights. Each
 * document is also matched against every model with indicators, and tagged with the
 * competencies its sentences claim, so a search can be filtered by model and competency.
 * What is indexed, searched and shown in snippets is the text with its protected terms
 * redacted ({@link ProtectedTerms}); the stored document keeps the text as written. The
 * index lives in memory and is rebuilt from the store at start and when the catalogue
 * changes.
 *
 * <p>
 * Tagging is incremental: a document is tagged when it is stored (or, for a bulk import,
 * at {@link #reindex()}), once. At start, after a catalogue change and when the matcher
 * changes (the semantic view becoming ready), the documents are searchable at once with
 * the tags they had, and are re-tagged in the background, one document at a time, with
 * progress in {@link #tagging()} and the log. Thread-safe.
 */
@Service
public class EvidenceSearch {

	/**
	 * One search hit.
	 *
	 * @param id document id
	 * @param candidateId the person
	 * @param source document source
	 * @param recordedOn when written, or {@code null}
	 * @param score BM25 relevance
	 * @param snippets up to three sentences containing query words, highlighted with
	 * {@code <em>}
	 * @param competencies the {@code model/competency} pairs the document shows evidence
	 * of
	 */
	public record Hit(long id, String candidateId, String source, LocalDate recordedOn, double score,
			List<String> snippets, List<String> competencies) {
	}

	private static final Logger log = LoggerFactory.getLogger(EvidenceSearch.class);

	/**
	 * Background tagging progress.
	 *
	 * @param tagged documents tagged in the current pass
	 * @param total documents in the current pass
	 * @param running whether a pass is under way
	 */
	public record Tagging(int tagged, int total, boolean running) {
	}

	private final EvidenceDocumentRepository repository;

	/** The last tags of each document (by id), and whose they are. */
	private final Map<Long, Tagged> tags = new ConcurrentHashMap<>();

	private record Tagged(String candidateId, Set<String> tags) {
	}

	private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "evidence-tagging");
		t.setDaemon(true);
		return t;
	});

	private final AtomicLong pass = new AtomicLong();

	private final AtomicInteger tagged = new AtomicInteger();

	private final AtomicInteger total = new AtomicInteger();

	private volatile boolean running;

	private final EvidenceService evidence;

	private volatile SearchIndex index;

	private final AtomicLong version = new AtomicLong();

	/**
	 * Changes whenever a document is stored or erased, so results derived from documents
	 * can be cached against it.
	 */
	public long version() {
		return version.get();
	}

	public EvidenceSearch(EvidenceDocumentRepository repository, EvidenceService evidence) {
		this.repository = repository;
		this.evidence = evidence;
		this.index = build(false);
		retagInBackground();
		evidence.onMatcherChange(this::retagInBackground);
	}

	@EventListener
	public synchronized void catalogueChanged(CatalogueChangedEvent event) {
		this.index = build(false);
		retagInBackground();
	}

	@PreDestroy
	void stop() {
		background.shutdownNow();
	}

	/** Progress of background tagging. */
	public Tagging tagging() {
		return new Tagging(tagged.get(), total.get(), running);
	}

	/**
	 * Re-tags every stored document with the current matcher, in the background; a pass
	 * under way gives way to the new one.
	 */
	void retagInBackground() {
		long mine = pass.incrementAndGet();
		background.submit(() -> {
			if (pass.get() != mine) {
				return;
			}
			running = true;
			List<EvidenceDocument> docs = repository.all();
			tagged.set(0);
			total.set(docs.size());
			long t = System.nanoTime();
			for (EvidenceDocument d : docs) {
				if (pass.get() != mine || Thread.currentThread().isInterrupted()) {
					return;
				}
				Set<String> fresh = tags(d.text());
				synchronized (this) {
					Tagged old = tags.get(d.id());
					// erased meanwhile: never put it back
					if (old != null && !old.tags().equals(fresh)) {
						tags.put(d.id(), new Tagged(d.candidateId(), fresh));
						index.update(d, fresh);
					}
				}
				int n = tagged.incrementAndGet();
				if (n % 500 == 0) {
					log.info("Evidence tagging: {} of {} documents", n, docs.size());
				}
			}
			running = false;
			log.info("Evidence tagging: {} documents tagged in {} ms", docs.size(),
					(System.nanoTime() - t) / 1_000_000);
		});
	}

	/**
	 * Validates and stores a document, then indexes it (never while the index is being
	 * rebuilt).
	 */
	public synchronized EvidenceDocument add(String candidateId, String source, LocalDate recordedOn, String text,
			String user) {
		List<DataProblem> problems = new ArrayList<>();
		if (candidateId == null || candidateId.isBlank() || candidateId.length() > 64) {
			problems
				.add(new DataProblem("request", 0, "candidateId", "candidateId is required (at most 64 characters)"));
		}
		if (source == null || !EvidenceDocument.SOURCES.contains(source)) {
			problems.add(new DataProblem("request", 0, "source",
					"source '" + source + "' must be one of " + new TreeSet<>(EvidenceDocument.SOURCES)));
		}
		if (!problems.isEmpty()) {
			throw new InvalidDataException(problems);
		}
		evidence.check(text, "text");
		EvidenceDocument stored = repository
			.insert(new EvidenceDocument(0, candidateId.strip(), source, recordedOn, text, user, null));
		Set<String> t = tags(stored.text());
		tags.put(stored.id(), new Tagged(stored.candidateId(), t));
		index.add(stored, t);
		version.incrementAndGet();
		return stored;
	}

	/**
	 * Stores a document in the caller's transaction without indexing it, unless the
	 * person already has a document with the same text; call {@link #reindex()} after the
	 * transaction. For bulk imports.
	 * @return whether it was stored
	 */
	public boolean store(String candidateId, String source, LocalDate recordedOn, String text, String user) {
		evidence.check(text, "evidence");
		if (repository.exists(candidateId, text)) {
			return false;
		}
		repository.insert(new EvidenceDocument(0, candidateId, source, recordedOn, text, user, null));
		version.incrementAndGet();
		return true;
	}

	/**
	 * Erases a person's documents: deletes them from the store (in the caller's
	 * transaction, if one is open; call {@link #reindex()} if it rolls back) and removes
	 * them, with their text and tags, from the search index, so that no search finds
	 * them.
	 * @return how many documents were deleted from the store
	 */
	public synchronized int erase(String candidateId) {
		int deleted = repository.deleteOf(candidateId);
		tags.values().removeIf(t -> t.candidateId().equals(candidateId));
		index.remove(candidateId);
		version.incrementAndGet();
		return deleted;
	}

	/**
	 * Rebuilds the search index from the store; documents not tagged yet (a bulk import)
	 * are tagged now, the others keep their tags.
	 */
	public synchronized void reindex() {
		this.index = build(true);
	}

	/** The documents of one person, oldest first. */
	public List<EvidenceDocument> of(String candidateId) {
		return repository.of(candidateId);
	}

	/**
	 * The documents of every person, by candidate id, each person's oldest first: one
	 * query for a whole pool instead of one per person.
	 */
	public Map<String, List<EvidenceDocument>> byCandidate() {
		Map<String, List<EvidenceDocument>> out = new HashMap<>();
		for (EvidenceDocument d : repository.all()) {
			out.computeIfAbsent(d.candidateId(), k -> new ArrayList<>()).add(d);
		}
		return out;
	}

	public EvidenceDocument get(long id) {
		return repository.find(id).orElseThrow(() -> new NotFoundException("no evidence document with id " + id));
	}

	/**
	 * Full-text search.
	 * @param query words to look for (at least 60 % of its analysed words must occur in a
	 * hit)
	 * @param model only documents with evidence of a competency of this model, or
	 * {@code null}
	 * @param competency only documents with evidence of this competency (needs
	 * {@code model}), or {@code null}
	 * @param candidateId only this person's documents, or {@code null}
	 * @param source only this source, or {@code null}
	 * @param limit at most this many hits (1–100)
	 */
	public List<Hit> search(String query, String model, String competency, String candidateId, String source,
			int limit) {
		if (query == null || query.isBlank()) {
			throw new InvalidDataException(List.of(new DataProblem("request", 0, "q", "q must not be empty")));
		}
		if (competency != null && model == null) {
			throw new InvalidDataException(
					List.of(new DataProblem("request", 0, "competency", "filtering by competency needs model too")));
		}
		Set<String> terms = Terms.of(evidence.matcher().index().analyzer(), query);
		if (terms.isEmpty()) {
			return List.of();
		}
		BooleanQuery.Builder words = new BooleanQuery.Builder();
		terms.forEach(t -> words.add(new TermQuery(new Term("text", t)), BooleanClause.Occur.SHOULD));
		words.setMinimumNumberShouldMatch((int) Math.ceil(terms.size() * 0.6));
		BooleanQuery.Builder q = new BooleanQuery.Builder().add(words.build(), BooleanClause.Occur.MUST);
		filter(q, "model", model);
		filter(q, "tag", competency == null ? null : model + "/" + competency);
		filter(q, "candidate", candidateId);
		filter(q, "source", source);
		return index.search(q.build(), Math.max(1, Math.min(limit, 100)), terms);
	}

	private static void filter(BooleanQuery.Builder q, String field, String value) {
		if (value != null && !value.isBlank()) {
			q.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
		}
	}

	/**
	 * The {@code model/competency} pairs the text's sentences claim, over every model
	 * with indicators.
	 */
	private Set<String> tags(String text) {
		EvidenceMatcher matcher = evidence.matcher();
		Set<String> tags = new TreeSet<>();
		for (String model : matcher.index().models().keySet()) {
			for (InferredLevel level : matcher.match(model, text).competencies()) {
				tags.add(model + "/" + level.competency());
			}
		}
		return tags;
	}

	/**
	 * The index of every stored document with its known tags; with {@code tagNew},
	 * documents without tags are tagged first (otherwise they wait for the background
	 * pass).
	 */
	private SearchIndex build(boolean tagNew) {
		SearchIndex fresh = new SearchIndex(evidence.matcher().index().analyzer());
		List<EvidenceDocument> docs = repository.all();
		Set<Long> ids = new java.util.HashSet<>();
		for (EvidenceDocument d : docs) {
			ids.add(d.id());
			Tagged known = tags.get(d.id());
			if (known == null) {
				known = new Tagged(d.candidateId(), tagNew ? tags(d.text()) : Set.of());
				tags.put(d.id(), known);
			}
			fresh.add(d, known.tags());
		}
		tags.keySet().retainAll(ids);
		return fresh;
	}

	/** The in-memory Lucene index of the documents. */
	private static final class SearchIndex {

		private final EvidenceAnalyzer analyzer;

		private final IndexWriter writer;

		private final SearcherManager searchers;

		SearchIndex(EvidenceAnalyzer analyzer) {
			this.analyzer = analyzer;
			try {
				TieredMergePolicy merges = new TieredMergePolicy();
				merges.setForceMergeDeletesPctAllowed(0);
				this.writer = new IndexWriter(new ByteBuffersDirectory(),
						new IndexWriterConfig(analyzer).setMergePolicy(merges));
				this.searchers = new SearcherManager(writer, null);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		synchronized void add(EvidenceDocument d, Set<String> tags) {
			try {
				writer.addDocument(document(d, tags));
				searchers.maybeRefreshBlocking();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		/** Replaces a document's entry (new tags). */
		synchronized void update(EvidenceDocument d, Set<String> tags) {
			try {
				writer.updateDocument(new Term("doc", String.valueOf(d.id())), document(d, tags));
				searchers.maybeRefreshBlocking();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		private Document document(EvidenceDocument d, Set<String> tags) {
			Document doc = new Document();
			doc.add(new StringField("doc", String.valueOf(d.id()), Field.Store.NO));
			doc.add(new LongPoint("id", d.id()));
			doc.add(new StoredField("id", d.id()));
			doc.add(new StringField("candidate", d.candidateId(), Field.Store.YES));
			doc.add(new StringField("source", d.source(), Field.Store.YES));
			if (d.recordedOn() != null) {
				doc.add(new StoredField("recordedOn", d.recordedOn().toString()));
			}
			doc.add(new TextField("text", analyzer.lexicon().protectedTerms().redactDocument(d.text()).text(),
					Field.Store.YES));
			for (String tag : tags) {
				doc.add(new StringField("tag", tag, Field.Store.YES));
				doc.add(new StringField("model", tag.substring(0, tag.indexOf('/')), Field.Store.NO));
			}
			return doc;
		}

		/**
		 * Deletes a person's documents and rewrites the segments that held them, so that
		 * their text does not stay behind in memory either.
		 */
		synchronized void remove(String candidateId) {
			try {
				writer.deleteDocuments(new Term("candidate", candidateId));
				writer.forceMergeDeletes(true);
				searchers.maybeRefreshBlocking();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		List<Hit> search(BooleanQuery query, int limit, Set<String> terms) {
			try {
				IndexSearcher searcher = searchers.acquire();
				try {
					List<Hit> hits = new ArrayList<>();
					for (ScoreDoc sd : searcher.search(query, limit).scoreDocs) {
						Document doc = searcher.storedFields().document(sd.doc);
						String recorded = doc.get("recordedOn");
						hits.add(new Hit(doc.getField("id").numericValue().longValue(), doc.get("candidate"),
								doc.get("source"), recorded == null ? null : LocalDate.parse(recorded),
								Math.round(sd.score * 1000) / 1000.0, snippets(doc.get("text"), terms),
								List.of(doc.getValues("tag"))));
					}
					return hits;
				}
				finally {
					searchers.release(searcher);
				}
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		private List<String> snippets(String text, Set<String> terms) {
			List<String> out = new ArrayList<>();
			for (Sentence s : SentenceSplitter.split(text)) {
				String marked = Highlights.mark(analyzer, s.text(), terms);
				if (marked.contains("<em>")) {
					out.add(marked);
					if (out.size() == 3) {
						break;
					}
				}
			}
			return out;
		}

	}

}
