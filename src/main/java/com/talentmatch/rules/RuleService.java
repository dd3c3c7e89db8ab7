package com.talentmatch.rules;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import com.talentmatch.audit.AuditLog;
import com.talentmatch.catalogue.CatalogueChangedEvent;
import com.talentmatch.catalogue.CatalogueService;
import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.InvalidDataException;
import com.talentmatch.catalogue.NotFoundException;

/**
 * The rule base the service runs. A new rule set replaces the active one only if it
 * compiles, validates against the catalogue and passes every scenario; otherwise the last
 * good rules keep serving and {@link #status()} names each problem with file and line.
 * Swapping is a single reference assignment: a request uses the evaluator it started
 * with, never a half-built one. Thread-safe.
 */
@Service
public class RuleService {

	private static final Logger log = LoggerFactory.getLogger(RuleService.class);

	/** Who a reload by the file watcher is recorded under. */
	public static final String FILE_CHANGE = "file change on disk";

	private final RuleProperties properties;

	private final CatalogueService catalogue;

	private final RuleVersionRepository versions;

	private final AuditLog audit;

	private volatile Evaluator active;

	private volatile RuleStatus status;

	/**
	 * Why the active rules came from the store at start, until a reload is accepted;
	 * otherwise {@code null}.
	 */
	private volatile String fallback;

	public RuleService(RuleProperties properties, CatalogueService catalogue, RuleVersionRepository versions,
			AuditLog audit, org.springframework.context.ApplicationEventPublisher events) {
		this.properties = properties;
		this.catalogue = catalogue;
		this.versions = versions;
		this.audit = audit;
		RuleStatus first = reload(null);
		if (active == null) {
			fallback = fallBack();
			status = status(first.lastAttempt(), false, first.problems(), first.failedScenarios());
		}
		events.publishEvent(new com.talentmatch.web.readiness.LoadingCompleted(this,
				com.talentmatch.web.readiness.LoadingCompleted.RULES));
	}

	/**
	 * The rules directory was not accepted at start: serve the version that was last
	 * active, or, in a store that recorded no activation yet, the newest stored one. Says
	 * which, and why, for {@link #status()}.
	 */
	private String fallBack() {
		Optional<RuleVersionRepository.Activation> last = versions.lastActivation();
		List<RuleVersion> stored = versions.list();
		if (last.isEmpty() && stored.isEmpty()) {
			return "no rule version is stored yet: nothing serves until the rules directory is accepted";
		}
		String id = last.map(RuleVersionRepository.Activation::versionId).orElse(stored.get(0).id());
		String which = last
			.map(a -> "the version last active (since " + a.at() + (a.by() == null ? "" : ", by " + a.by()) + ")")
			.orElse("the newest stored version (no activation was recorded in this store)");
		try {
			List<RuleFile> files = versions.files(id).orElseThrow();
			RuleSet set = RuleSetBuilder.build(files, catalogue.current(),
					versions.find(id).map(RuleVersion::author).orElse(null), properties.budget());
			activate(set, null);
			String note = "the rules directory " + properties.rulesDir() + " was not accepted at start (see problems); "
					+ "serving " + id + ", " + which;
			log.warn(note);
			return note;
		}
		catch (InvalidDataException e) {
			log.warn("The rules in {} are invalid, and version {} ({}) is refused too:\n  {}", properties.rulesDir(),
					id, which, String.join("\n  ", e.problems().stream().map(DataProblem::toString).toList()));
			return "the rules directory was not accepted at start, and " + id + ", " + which
					+ ", is refused too (it fails the safety check or no longer builds against the catalogue): "
					+ e.problems().get(0);
		}
	}

	/** The evaluator of the active rules. */
	public Evaluator evaluator() {
		Evaluator e = active;
		if (e == null) {
			throw new NotFoundException("no rule set is active: "
					+ status.problems().stream().map(DataProblem::toString).limit(5).toList());
		}
		return e;
	}

	public RuleStatus status() {
		return status;
	}

	/**
	 * Re-reads the rules directory; replaces the active rules only if everything passes.
	 */
	public synchronized RuleStatus reload(String author) {
		Instant now = Instant.now();
		try {
			List<RuleFile> files = RuleFiles.read(properties.rulesDir());
			Candidate result = candidate(files, author);
			if (!result.failed().isEmpty()) {
				status = status(now, false, List.of(), result.failed());
				log.warn("Rules not accepted: {} scenario(s) failed; version {} keeps serving", result.failed().size(),
						current() == null ? "none" : current().id());
				result.failed()
					.forEach(f -> log.warn("  scenario failed: {} {}: {}", f.file(), f.name(), f.failures()));
				return status;
			}
			if (active == null || !active.rules().version().hash().equals(result.set().version().hash())) {
				versions.save(result.set());
				activate(result.set(), author);
				log.info("Rules {} active: {} files, {} roles, {} per-candidate rule(s); built in {} ms",
						result.set().version().id(), result.set().files().size(), result.set().roles().size(),
						result.set().candidateRuleCount(), result.set().buildMillis());
			}
			fallback = null;
			status = status(now, true, List.of(), List.of());
		}
		catch (InvalidDataException e) {
			status = status(now, false, e.problems(), List.of());
			log.warn("Rules not accepted; version {} keeps serving:\n  {}", current() == null ? "none" : current().id(),
					String.join("\n  ", e.problems().stream().map(DataProblem::toString).toList()));
		}
		catch (UncheckedIOException e) {
			status = status(now, false, List.of(new DataProblem("rules", 0, null, e.getMessage())), List.of());
		}
		return status;
	}

	private RuleStatus status(Instant attempt, boolean accepted, List<DataProblem> problems,
			List<Scenarios.Result> failed) {
		String note = fallback;
		return new RuleStatus(current(), attempt, accepted, problems, failed, note != null && active != null, note);
	}

	/**
	 * Makes {@code set} (stored) the active rules, recording the activation, in the store
	 * and the audit log, unless it is the one last recorded. The watcher's reloads are
	 * recorded as {@link #FILE_CHANGE}, a start's as {@code start-up}.
	 */
	private void activate(RuleSet set, String author) {
		active = new Evaluator(set, catalogue.current());
		String id = set.version().id();
		if (properties.rulesRecordActivations()
				&& versions.lastActivation().map(a -> !a.versionId().equals(id)).orElse(true)) {
			versions.activated(id, author);
			audit.record(author == null ? "start-up" : author, "rule-change", "rules/" + id,
					Map.of("ruleVersion", id, "hash", set.version().hash(), "files", set.version().files(),
							"catalogueRevision", catalogue.current().revision()));
		}
	}

	private RuleVersion current() {
		return active == null ? null : active.rules().version();
	}

	/**
	 * A rule set built and tested but not activated.
	 *
	 * @param set the rules
	 * @param scenarios every scenario's result
	 */
	public record Candidate(RuleSet set, List<Scenarios.Result> scenarios) {

		/** The scenarios that failed. */
		public List<Scenarios.Result> failed() {
			return scenarios.stream().filter(r -> !r.passed()).toList();
		}

	}

	/**
	 * The active files with {@code changes} applied (path relative to the rules directory
	 * → new text; an empty text deletes the file), built and tested, not activated.
	 * @throws InvalidDataException with file:line when they do not build
	 */
	public Candidate propose(Map<String, String> changes, String author) {
		Map<String, RuleFile> files = new java.util.LinkedHashMap<>(evaluator().rules().files());
		(changes == null ? Map.<String, String>of() : changes).forEach((path, text) -> {
			if (text == null || text.isEmpty()) {
				files.remove(path);
			}
			else {
				files.put(path, new RuleFile(path, text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
			}
		});
		return candidate(new ArrayList<>(files.values()), author);
	}

	/**
	 * Builds and tests {@code files} without activating them; throws with file:line when
	 * they do not build.
	 */
	Candidate candidate(List<RuleFile> files, String author) {
		RuleSet set = RuleSetBuilder.build(files, catalogue.current(), author, properties.budget());
		return new Candidate(set, Scenarios.run(set, catalogue.current()));
	}

	/** Rebuilds after catalogue changes, one at a time, in order, off the request. */
	private final java.util.concurrent.ExecutorService rebuilds = com.talentmatch.catalogue.DaemonExecutors
		.single("rules-rebuild");

	private final java.util.concurrent.atomic.AtomicBoolean rebuildPending = new java.util.concurrent.atomic.AtomicBoolean();

	/**
	 * The catalogue changed: the same files may now resolve differently. The rules are
	 * rebuilt in the background (an import does not wait for it); changes that arrive
	 * while a rebuild waits are covered by it, and the new set replaces the old one
	 * atomically when it is accepted.
	 */
	@EventListener
	public void catalogueChanged(CatalogueChangedEvent event) {
		if (active != null && rebuildPending.compareAndSet(false, true)) {
			rebuilds.execute(() -> {
				rebuildPending.set(false);
				try {
					reload(active.rules().version().author());
				}
				catch (RuntimeException e) {
					log.error("Rebuilding the rules after a catalogue change failed; the active rules keep serving", e);
				}
			});
		}
	}

	/** Waits until rebuilds asked for so far are done (for tests and the CLI). */
	public void awaitRebuilds() {
		try {
			rebuilds.submit(() -> {
			}).get();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		catch (java.util.concurrent.ExecutionException e) {
			throw new IllegalStateException(e.getCause());
		}
	}

	public List<RuleVersion> versions() {
		return versions.list();
	}

	/** Files of a stored version. */
	public List<RuleFile> files(String versionId) {
		return versions.files(versionId)
			.orElseThrow(() -> new NotFoundException("no rule version '" + versionId + "'; versions: "
					+ versions.list().stream().map(RuleVersion::id).toList()));
	}

	/**
	 * Puts the files of an earlier version back into the rules directory (removing rule
	 * files it did not have) and reloads. The files are the source of truth; the rollback
	 * is a change to them like any other. A stored version is checked again first: one
	 * that fails the safety check or uses a protected attribute is refused with its
	 * problems, and nothing is written.
	 * @throws InvalidDataException when the stored version is refused
	 */
	public synchronized RuleStatus rollback(String versionId, String author) {
		List<RuleFile> files = files(versionId);
		List<DataProblem> refused = RuleSetBuilder.check(files).problems();
		if (!refused.isEmpty()) {
			List<DataProblem> problems = new ArrayList<>();
			problems.add(new DataProblem("version " + versionId, 0, null, "the stored version is refused ("
					+ refused.size() + " problem(s) below); nothing was written to " + properties.rulesDir()));
			problems.addAll(refused);
			log.warn("Rollback to {} refused:\n  {}", versionId,
					String.join("\n  ", problems.stream().map(DataProblem::toString).toList()));
			throw new InvalidDataException(problems);
		}
		Map<String, byte[]> write = new LinkedHashMap<>();
		for (RuleFile existing : RuleFiles.read(properties.rulesDir())) {
			write.put(existing.path(), null); // rule files the version did not have are
												// removed
		}
		files.forEach(f -> write.put(f.path(), f.content()));
		RuleWriter.write(properties.rulesDir(), write);
		return reload(author);
	}

	/**
	 * Differences between two versions, per file: added, removed, or changed with a line
	 * diff.
	 * @param from older version id
	 * @param to newer version id
	 */
	public Map<String, List<String>> diff(String from, String to) {
		Map<String, RuleFile> a = byPath(files(from));
		Map<String, RuleFile> b = byPath(files(to));
		Map<String, List<String>> out = new LinkedHashMap<>();
		List<String> paths = new ArrayList<>(a.keySet());
		b.keySet().stream().filter(p -> !a.containsKey(p)).forEach(paths::add);
		paths.sort(Comparator.naturalOrder());
		for (String p : paths) {
			RuleFile x = a.get(p);
			RuleFile y = b.get(p);
			if (x == null) {
				out.put(p, LineDiff.diff("", y.text()));
			}
			else if (y == null) {
				out.put(p, LineDiff.diff(x.text(), ""));
			}
			else if (!java.util.Arrays.equals(x.content(), y.content())) {
				out.put(p, LineDiff.diff(x.text(), y.text()));
			}
		}
		return out;
	}

	private static Map<String, RuleFile> byPath(List<RuleFile> files) {
		Map<String, RuleFile> m = new LinkedHashMap<>();
		files.forEach(f -> m.put(f.path(), f));
		return m;
	}

}
