package com.talentmatch.candidates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.talentmatch.audit.AuditLog;
import com.talentmatch.catalogue.CatalogueProperties;
import com.talentmatch.catalogue.CatalogueService;
import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.Hashes;
import com.talentmatch.catalogue.InvalidDataException;
import com.talentmatch.catalogue.NotFoundException;
import com.talentmatch.evidence.EvidenceDocument;
import com.talentmatch.evidence.EvidenceSearch;
import com.talentmatch.table.ExportLanguage;
import com.talentmatch.table.Table;
import com.talentmatch.table.TableFormat;
import com.talentmatch.table.TableReader;
import com.talentmatch.table.TableWriter;
import com.talentmatch.web.readiness.LoadingCompleted;

/**
 * The candidate store: validated writes, whole-file imports (nothing written on any
 * error), exports. Loads the demo pool ({@code data/candidates/demo-pool.csv}) into an
 * empty store when the application is ready.
 */
@Service
public class CandidateService {

	/** Why a rating from someone who may not set ratings is refused. */
	public static final String RATINGS_REFUSED = "performance and potential are set by talent reviewers and admins only";

	private static final Logger log = LoggerFactory.getLogger(CandidateService.class);

	private final CandidateRepository repository;

	private final CatalogueService catalogue;

	private final EvidenceSearch evidence;

	private final TransactionTemplate tx;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Path demoPool;

	private final boolean loadDemo;

	private final java.util.concurrent.atomic.AtomicLong version = new java.util.concurrent.atomic.AtomicLong();

	/** The pool as read at a version. */
	private record Snapshot(long version, List<Candidate> pool) {
	}

	private volatile Snapshot cache;

	/**
	 * Re-reads the pool after a write, in the background, so that the next ranking finds
	 * it in memory; writes in quick succession cause one read.
	 */
	private final java.util.concurrent.ExecutorService refresher = com.talentmatch.catalogue.DaemonExecutors
		.single("candidate-pool-refresh");

	private final java.util.concurrent.atomic.AtomicBoolean refreshPending = new java.util.concurrent.atomic.AtomicBoolean();

	public CandidateService(CandidateRepository repository, CatalogueService catalogue, EvidenceSearch evidence,
			TransactionTemplate tx, CatalogueProperties properties,
			@org.springframework.beans.factory.annotation.Value("${talent-match.demo-pool:true}") boolean loadDemo,
			AuditLog audit, ApplicationEventPublisher events) {
		this.repository = repository;
		this.catalogue = catalogue;
		this.evidence = evidence;
		this.tx = tx;
		this.audit = audit;
		this.events = events;
		this.demoPool = properties.dataDir().resolve("candidates/demo-pool.csv");
		this.loadDemo = loadDemo;
	}

	@EventListener(ApplicationReadyEvent.class)
	public void loadDemoPool() {
		if (!loadDemo || repository.count() > 0 || !Files.exists(demoPool)) {
			events.publishEvent(new LoadingCompleted(this, LoadingCompleted.DEMO_POOL));
			return;
		}
		try {
			ImportSummary s = importTable(Files.readAllBytes(demoPool), demoPool.getFileName().toString(),
					TableFormat.CSV, "demo");
			log.info("Demo pool loaded: {} people, {} evidence documents", s.rows(), s.evidenceDocuments());
			events.publishEvent(new LoadingCompleted(this, LoadingCompleted.DEMO_POOL));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Every candidate; served from memory, re-read after any write (in the background, as
	 * soon as the write is done; a caller who comes during that read waits for it).
	 * Thread-safe: a read that a write overtook is returned but not kept.
	 */
	public List<Candidate> all() {
		Snapshot s = cache;
		long v = version.get();
		if (s != null && s.version() == v) {
			return s.pool();
		}
		java.util.concurrent.CompletableFuture<List<Candidate>> read;
		boolean mine = false;
		synchronized (this) {
			read = reading;
			if (read == null || readingVersion != v) {
				read = new java.util.concurrent.CompletableFuture<>();
				reading = read;
				readingVersion = v;
				mine = true;
			}
		}
		if (!mine) {
			// another thread (the refresher, often) is reading this version: wait for it
			try {
				return read.join();
			}
			catch (java.util.concurrent.CompletionException e) {
				throw e.getCause() instanceof RuntimeException r ? r : e;
			}
		}
		try {
			List<Candidate> pool = repository.all();
			synchronized (this) {
				if (version.get() == v && (cache == null || cache.version() < v)) {
					cache = new Snapshot(v, pool);
				}
				if (reading == read) {
					reading = null;
				}
			}
			read.complete(pool);
			return pool;
		}
		catch (RuntimeException e) {
			synchronized (this) {
				if (reading == read) {
					reading = null;
				}
			}
			read.completeExceptionally(e);
			throw e;
		}
	}

	/** The read of the pool under way, if any, and the version it reads. */
	private java.util.concurrent.CompletableFuture<List<Candidate>> reading;

	private long readingVersion;

	/**
	 * Changes with every write, so that results computed from the pool can be cached
	 * against it.
	 */
	public long version() {
		return version.get();
	}

	private void changed() {
		version.incrementAndGet();
		if (refreshPending.compareAndSet(false, true)) {
			refresher.execute(() -> {
				refreshPending.set(false);
				try {
					all();
				}
				catch (RuntimeException e) {
					log.debug("The pool was not re-read after a write (it will be on first use): {}", e.toString());
				}
			});
		}
	}

	@jakarta.annotation.PreDestroy
	void stopRefreshing() {
		refresher.shutdownNow();
	}

	/** The stored person, if any. */
	public java.util.Optional<Candidate> find(String id) {
		return all().stream().filter(c -> c.id().equals(id)).findFirst();
	}

	public Candidate get(String id) {
		return find(id).orElseThrow(() -> new NotFoundException("no candidate with id '" + id + "'"));
	}

	/** Validates and stores one candidate (insert or replace). */
	public Candidate save(Candidate c) {
		List<DataProblem> problems = new ArrayList<>();
		CandidateValidator.check(c, catalogue.current(), "request", 0, problems);
		if (!problems.isEmpty()) {
			throw new InvalidDataException(problems);
		}
		tx.executeWithoutResult(status -> repository.save(c));
		changed();
		return c;
	}

	/**
	 * Erases a person: their candidate row and levels, their evidence documents (from the
	 * store, the search index and its tags), and whatever other features keep about them
	 * ({@link CandidateErasure}: decisions, 9-box moves), in one transaction; then leaves
	 * a tombstone in the audit log (the id, what was removed, who; no personal data).
	 * Works for an id that has only evidence documents or decisions, too.
	 * @throws NotFoundException when nothing at all is stored about {@code id}
	 */
	public CandidateErasure delete(String id, String user) {
		CandidateErasure erasure = new CandidateErasure(id);
		try {
			tx.executeWithoutResult(status -> {
				erasure.removed("candidate", repository.delete(id) ? 1 : 0);
				erasure.removed("evidenceDocuments", evidence.erase(id));
				events.publishEvent(erasure);
			});
		}
		catch (RuntimeException e) {
			evidence.reindex();
			throw e;
		}
		if (!erasure.anything()) {
			throw new NotFoundException("nothing is stored about '" + id + "'");
		}
		changed();
		audit.record(user, "erasure", "candidate/" + id, erasure.counts());
		return erasure;
	}

	/**
	 * What an import did.
	 *
	 * @param rows rows read
	 * @param created new people
	 * @param updated people replaced
	 * @param evidenceDocuments evidence documents added
	 */
	public record ImportSummary(int rows, int created, int updated, int evidenceDocuments) {
	}

	/**
	 * A pool read from a file, not stored.
	 *
	 * @param candidates the people
	 * @param evidence evidence text by candidate id
	 */
	public record Pool(List<Candidate> candidates, Map<String, String> evidence) {
	}

	/** Reads and validates a candidate table without storing it (for ranking a file). */
	public Pool readPool(byte[] bytes, String fileName, TableFormat format) {
		List<CandidateTables.Parsed> rows = validated(bytes, fileName, format);
		Map<String, String> evidence = new HashMap<>();
		rows.stream().filter(p -> p.evidence() != null).forEach(p -> evidence.put(p.candidate().id(), p.evidence()));
		return new Pool(rows.stream().map(CandidateTables.Parsed::candidate).toList(), evidence);
	}

	/**
	 * Reads and validates the whole table; writes all of it in one transaction, or
	 * nothing.
	 */
	public ImportSummary importTable(byte[] bytes, String fileName, TableFormat format, String user) {
		return importTable(bytes, fileName, format, user, true);
	}

	/**
	 * As {@link #importTable(byte[], String, TableFormat, String)}; when {@code mayRate}
	 * is false, a row that gives performance or potential is refused (only talent
	 * reviewers and admins set ratings).
	 */
	public ImportSummary importTable(byte[] bytes, String fileName, TableFormat format, String user, boolean mayRate) {
		List<CandidateTables.Parsed> rows = validated(bytes, fileName, format);
		if (!mayRate) {
			List<DataProblem> problems = rows.stream()
				.filter(p -> p.candidate().rated())
				.map(p -> new DataProblem(fileName, p.row(),
						p.candidate().performance() != null ? "performance" : "potential", RATINGS_REFUSED))
				.toList();
			if (!problems.isEmpty()) {
				throw new InvalidDataException(problems);
			}
		}
		java.util.Set<String> existing = repository.all().stream().map(Candidate::id).collect(Collectors.toSet());
		int[] documents = { 0 };
		tx.executeWithoutResult(status -> {
			for (CandidateTables.Parsed p : rows) {
				repository.save(p.candidate());
				if (p.evidence() != null && !p.evidence().equals(storedEvidence(p.candidate().id()))
						&& evidence.store(p.candidate().id(), "interview", null, p.evidence(), user)) {
					documents[0]++;
				}
			}
		});
		changed();
		evidence.reindex();
		int updated = (int) rows.stream().filter(p -> existing.contains(p.candidate().id())).count();
		ImportSummary summary = new ImportSummary(rows.size(), rows.size() - updated, updated, documents[0]);
		audit.record(user, "import", "candidates",
				Map.of("what", "candidates", "contentHash", Hashes.sha256(bytes), "format", format.code(), "rows",
						summary.rows(), "created", summary.created(), "updated", summary.updated(), "evidenceDocuments",
						summary.evidenceDocuments()));
		return summary;
	}

	/**
	 * A person's stored evidence texts as an export joins them: an exported file imported
	 * back adds no document.
	 */
	private String storedEvidence(String candidateId) {
		return evidence.of(candidateId).stream().map(EvidenceDocument::text).collect(Collectors.joining("\n"));
	}

	private List<CandidateTables.Parsed> validated(byte[] bytes, String fileName, TableFormat format) {
		Table table = TableReader.read(bytes, fileName, format);
		List<DataProblem> problems = new ArrayList<>();
		List<CandidateTables.Parsed> rows = CandidateTables.parse(table, problems);
		Map<String, Integer> firstRow = new HashMap<>();
		for (CandidateTables.Parsed p : rows) {
			CandidateValidator.check(p.candidate(), catalogue.current(), fileName, p.row(), problems);
			Integer earlier = firstRow.putIfAbsent(String.valueOf(p.candidate().id()), p.row());
			if (earlier != null) {
				problems.add(new DataProblem(fileName, p.row(), "id",
						"id '" + p.candidate().id() + "' is also on row " + earlier));
			}
		}
		if (rows.isEmpty()) {
			problems.add(new DataProblem(fileName, 2, null, "no data rows"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidDataException(problems);
		}
		return rows;
	}

	/**
	 * Every candidate in the import layout, with their evidence texts joined; performance
	 * and potential only {@code withRatings}. Recorded in the audit log as an export by
	 * {@code user}.
	 */
	public byte[] export(TableFormat format, boolean withRatings, String user) {
		return export(format, ExportLanguage.EN, withRatings, user);
	}

	/**
	 * As {@link #export(TableFormat, boolean, String)}, headers in {@code lang} (the
	 * import accepts both languages).
	 */
	public byte[] export(TableFormat format, ExportLanguage lang, boolean withRatings, String user) {
		List<List<String>> rows = new ArrayList<>();
		for (Candidate stored : repository.all()) {
			Candidate c = withRatings ? stored : stored.withoutRatings();
			String text = storedEvidence(c.id());
			rows.add(CandidateTables.cells(c, text.isEmpty() ? null : text));
		}
		byte[] table = TableWriter.write(format, "candidates", CandidateTables.header(lang), CandidateTables.TYPES,
				rows);
		audit.record(user, "export", "candidates",
				Map.of("what", "candidates", "format", format.code(), "lang", lang.code(), "rows", rows.size()));
		return table;
	}

}
