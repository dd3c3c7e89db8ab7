package com.talentmatch.ranking;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.IntConsumer;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

import com.talentmatch.audit.AuditLog;
import com.talentmatch.candidates.Calibrations;
import com.talentmatch.candidates.Candidate;
import com.talentmatch.candidates.CandidateErasure;
import com.talentmatch.candidates.CandidateService;
import com.talentmatch.catalogue.CatalogueService;
import com.talentmatch.catalogue.NotFoundException;
import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.Hashes;
import com.talentmatch.catalogue.InvalidDataException;
import com.talentmatch.evidence.EvidenceDocument;
import com.talentmatch.evidence.EvidenceSearch;
import com.talentmatch.rules.CandidateProfile;
import com.talentmatch.rules.Evaluation;
import com.talentmatch.rules.Evaluator;
import com.talentmatch.rules.ResolvedRequirement;
import com.talentmatch.rules.RoleRequirements;
import com.talentmatch.rules.RuleService;
import com.talentmatch.rules.facts.Requirement;
import com.talentmatch.table.ExportLanguage;
import com.talentmatch.table.TableFormat;

/**
 * Ranks the stored pool for a role. Each person's assessed levels and evidence-inferred
 * levels go to the rules; the result lists eligible people first, then by fit score,
 * readiness and id, with every requirement's outcome and the evidence sentences behind
 * each evidence-sourced level. Every run is recorded in the audit log.
 */
@Service
public class RankingService {

	private final CandidateService candidates;

	private final RuleService rules;

	private final CatalogueService catalogue;

	private final EvidenceLevels evidenceLevels;

	private final AuditRepository audit;

	private final JsonMapper json;

	private final EvidenceSearch documents;

	private final AuditLog auditLog;

	private final Calibrations calibrations;

	private final DecisionRepository decisions;

	/**
	 * Up to this many people, each person's evidence documents are read on their own;
	 * above it, every document is read in one query.
	 */
	private static final int FEW = 50;

	/**
	 * Sorted results by role, filters, rule version, catalogue revision and pool version.
	 */
	private final Map<String, Sorted> sortedCache = new ConcurrentHashMap<>();

	/**
	 * The hash of the ranked people's facts by filters, pool version and calibrations
	 * (the same for every role: computing it is a fifth of a large ranking).
	 */
	private final Map<String, String> poolHashes = new ConcurrentHashMap<>();

	/** A sorted result, its order and the hash of the facts it was computed from. */
	private record Sorted(List<RankOrder.Ranked> ranked, RankOrder order, String poolHash) {
	}

	public RankingService(CandidateService candidates, RuleService rules, CatalogueService catalogue,
			EvidenceLevels evidenceLevels, AuditRepository audit, JsonMapper json, EvidenceSearch documents,
			AuditLog auditLog, Calibrations calibrations, DecisionRepository decisions) {
		this.calibrations = calibrations;
		this.candidates = candidates;
		this.rules = rules;
		this.catalogue = catalogue;
		this.evidenceLevels = evidenceLevels;
		this.decisions = decisions;
		this.audit = audit;
		this.json = json;
		this.documents = documents;
		this.auditLog = auditLog;
	}

	/**
	 * One evaluated person with what is needed to explain them.
	 *
	 * @param candidate the person
	 * @param evaluation the result
	 * @param evidence evidence sentences per competency
	 * @param evidenceDate the newest of the person's evidence documents, or {@code null}
	 */
	public record Judged(Candidate candidate, Evaluation evaluation,
			Map<String, List<EvidenceLevels.Sentence>> evidence, LocalDate evidenceDate) {

		/** A judged person without dated evidence. */
		public Judged(Candidate candidate, Evaluation evaluation, Map<String, List<EvidenceLevels.Sentence>> evidence) {
			this(candidate, evaluation, evidence, null);
		}

	}

	/**
	 * A ranking as a CSV or XLSX table with English headers, recorded in the audit log as
	 * an export by {@code user}.
	 */
	public byte[] export(Ranking ranking, TableFormat format, String user) {
		return export(ranking, format, ExportLanguage.EN, user);
	}

	/**
	 * A ranking as a CSV or XLSX table, headers and texts in {@code lang}, with each
	 * person's latest decision for the role; recorded in the audit log as an export by
	 * {@code user}.
	 */
	public byte[] export(Ranking ranking, TableFormat format, ExportLanguage lang, String user) {
		Map<String, Decision> latest = new HashMap<>();
		for (Decision d : decisions.list(null, ranking.role())) {
			latest.putIfAbsent(d.candidateId(), d);
		}
		byte[] table = RankingTables.write(ranking, format, lang, latest);
		auditLog.record(user, "export", "role/" + ranking.role(), Map.of("what", "ranking", "rankingRun",
				ranking.runId(), "format", format.code(), "lang", lang.code(), "rows", ranking.items().size()));
		return table;
	}

	/** Ranks the stored pool (filtered as the request says); one page of the result. */
	public Ranking rank(RankingRequest request, String user) {
		return rank(request, user, false);
	}

	/** Ranks the stored pool; every person, for export. */
	public Ranking rankAll(RankingRequest request, String user) {
		return rank(request, user, true);
	}

	private Ranking rank(RankingRequest request, String user, boolean all) {
		check(all
				? new RankingRequest(request.role(), request.type(), request.department(), request.source(), 0, 1, null)
				: request);
		Evaluator evaluator = rules.evaluator();
		RoleRequirements role = evaluator.rules().requireRole(request.role());
		// the version before the read: a write during it makes the keys below stale,
		// never wrong
		long poolVersion = candidates.version();
		List<Candidate> pool = candidates.all()
			.stream()
			.filter(c -> request.type() == null || request.type().equals(c.type()))
			.filter(c -> request.department() == null || request.department().equals(c.department()))
			.toList();
		String key = String.join("\u0000", role.role(), String.valueOf(request.type()),
				String.valueOf(request.department()), String.valueOf(request.source()),
				evaluator.rules().version().id(), String.valueOf(catalogue.current().revision()),
				String.valueOf(poolVersion), String.valueOf(documents.version()),
				String.valueOf(evidenceLevels.matcherKey()), calibrations.revision());
		Sorted sorted = sortedCache.get(key);
		if (sorted == null) {
			RankOrder order = new RankOrder(evaluator.rules(), role.role());
			List<RankOrder.Ranked> ranked = order.sort(judge(pool, role, evaluator, request.source()));
			String poolKey = String.join("\u0000", String.valueOf(request.type()), String.valueOf(request.department()),
					String.valueOf(poolVersion), calibrations.revision());
			String hash = poolHashes.computeIfAbsent(poolKey, k -> poolHash(ranked));
			if (poolHashes.size() > 16) {
				poolHashes.clear();
			}
			sorted = new Sorted(ranked, order, hash);
			if (sortedCache.size() > 64) {
				sortedCache.clear();
			}
			sortedCache.put(key, sorted);
		}
		return ranked(sorted.poolHash(),
				all ? new RankingRequest(request.role(), request.type(), request.department(), request.source(), 0,
						Math.max(1, sorted.ranked().size()), null) : request,
				user, evaluator, role, sorted.ranked(), sorted.order());
	}

	/**
	 * Ranks a pool that is not in the store (a file), with each person's evidence text;
	 * every item is returned.
	 * @param evidence evidence text by candidate id (may lack people)
	 * @param progress told how many people are done
	 */
	public Ranking rankPool(String roleName, List<Candidate> pool, Map<String, String> evidence, String user,
			IntConsumer progress) {
		RankingRequest request = new RankingRequest(roleName, null, null, null, 0, Math.max(1, pool.size()), null);
		check(new RankingRequest(roleName, null, null, null, 0, 1, null));
		Evaluator evaluator = rules.evaluator();
		RoleRequirements role = evaluator.rules().requireRole(roleName);
		List<String> models = modelsOf(role);
		List<List<EvidenceLevels.Inferred>> matched = matchInParallel(pool, evidence, models, progress);
		Map<Candidate, Integer> index = new java.util.IdentityHashMap<>();
		for (int i = 0; i < pool.size(); i++) {
			index.put(pool.get(i), i);
		}
		List<Judged> judged = judge(pool, role, evaluator, null, c -> matched.get(index.get(c)), c -> null, p -> {
		});
		RankOrder order = new RankOrder(evaluator.rules(), role.role());
		List<RankOrder.Ranked> sorted = order.sort(judged);
		return ranked(poolHash(sorted), request, user, evaluator, role, sorted, order);
	}

	/**
	 * The evidence levels of each person of a file, in pool order, matched on every core
	 * (matching is most of the work of ranking a file).
	 */
	private List<List<EvidenceLevels.Inferred>> matchInParallel(List<Candidate> pool, Map<String, String> evidence,
			List<String> models, IntConsumer progress) {
		List<List<EvidenceLevels.Inferred>> out = new ArrayList<>(java.util.Collections.nCopies(pool.size(), null));
		java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
		java.util.stream.IntStream.range(0, pool.size()).parallel().forEach(i -> {
			Candidate c = pool.get(i);
			List<EvidenceLevels.Inferred> levels = evidenceLevels.ofText("file:" + c.id(), evidence.get(c.id()),
					models);
			synchronized (out) {
				out.set(i, levels);
				progress.accept(done.incrementAndGet());
			}
		});
		return out;
	}

	/**
	 * In ranking order: eligible first, then fit score, readiness band, the rules'
	 * tie-breakers and id (deterministic).
	 */
	static List<Judged> sort(List<Judged> judged, Evaluator evaluator, String role) {
		return new RankOrder(evaluator.rules(), role).sort(judged).stream().map(RankOrder.Ranked::judged).toList();
	}

	private static int indexOf(List<Judged> judged, String candidate, String role) {
		for (int i = 0; i < judged.size(); i++) {
			if (judged.get(i).candidate().id().equals(candidate)) {
				return i;
			}
		}
		throw new NotFoundException(
				"'" + candidate + "' is not in the pool ranked for " + role + " (with this request's filters)");
	}

	private Ranking ranked(String poolHash, RankingRequest request, String user, Evaluator evaluator,
			RoleRequirements role, List<RankOrder.Ranked> ranked, RankOrder order) {
		List<Judged> judged = ranked.stream().map(RankOrder.Ranked::judged).toList();
		int eligible = (int) judged.stream().filter(j -> j.evaluation().eligible()).count();
		List<Map<String, Object>> top = judged.stream()
			.limit(10)
			.map(j -> Map.<String, Object>of("id", j.candidate().id(), "score", j.evaluation().score(), "band",
					j.evaluation().band()))
			.toList();
		String inputHash = Hashes
			.sha256((poolHash + "\n" + json.writeValueAsString(request)).getBytes(StandardCharsets.UTF_8));
		long runId = audit.append(user, role.role(), evaluator.rules().version().id(), catalogue.current().revision(),
				inputHash, json.writeValueAsString(request), judged.size(), eligible, json.writeValueAsString(top));
		auditLog.record(user, "ranking", "role/" + role.role(),
				Map.of("rankingRun", runId, "inputHash", inputHash, "total", judged.size(), "eligible", eligible,
						"ruleVersion", evaluator.rules().version().id(), "catalogueRevision",
						catalogue.current().revision()));
		int from = Math.min(judged.size(), request.pageOrDefault() * request.sizeOrDefault());
		int to = Math.min(judged.size(), from + request.sizeOrDefault());
		if (request.candidate() != null) {
			from = indexOf(judged, request.candidate(), role.role());
			to = from + 1;
		}
		List<RankedCandidate> items = new ArrayList<>();
		for (int i = from; i < to; i++) {
			Judged j = judged.get(i);
			Evaluation e = j.evaluation();
			Candidate c = j.candidate();
			List<Placement> placement = new ArrayList<>(2);
			if (i > 0) {
				placement.add(order.place(ranked.get(i), ranked.get(i - 1), false));
			}
			if (i + 1 < ranked.size()) {
				placement.add(order.place(ranked.get(i), ranked.get(i + 1), true));
			}
			String currentRoleName = c.currentRole() == null ? null
					: evaluator.rules()
						.role(c.currentRole())
						.map(RoleRequirements::name)
						.orElse(catalogue.current().roleName(c.currentRole()));
			items.add(new RankedCandidate(i + 1, c.id(), c.name(), c.type(), c.department(), c.currentRole(),
					currentRoleName, e.eligible(), e.score(), e.band(), e.bandZh(), e.bandEn(), e.outcomes(),
					j.evidence(), e.bandRule(), e.adjustments(), e.calibration(), e.review(), List.copyOf(placement),
					ranked.get(i).standing()));
		}
		return new Ranking(runId, role.role(), role.name(), evaluator.rules().version().id(),
				catalogue.current().revision(), inputHash, judged.size(), eligible, request.pageOrDefault(),
				request.sizeOrDefault(), items);
	}

	/**
	 * Evaluates stored people for a role with their assessed and evidence-inferred levels
	 * and their calibrated performance and potential (the latest 9-box move, else as
	 * rated): each {@link Judged#candidate()} carries the ratings that were used.
	 */
	public List<Judged> judge(List<Candidate> pool, RoleRequirements role, Evaluator evaluator, String onlySource) {
		List<String> models = modelsOf(role);
		if (pool.size() <= FEW) {
			return judge(calibrations.apply(pool), role, evaluator, onlySource, c -> evidenceLevels.of(c.id(), models),
					c -> newest(documents.of(c.id())), p -> {
					});
		}
		Map<String, List<EvidenceDocument>> docs = documents.byCandidate();
		return judge(calibrations.apply(pool), role, evaluator, onlySource,
				c -> evidenceLevels.of(c.id(), docs.getOrDefault(c.id(), List.of()), models),
				c -> newest(docs.getOrDefault(c.id(), List.of())), p -> {
				});
	}

	private static List<String> modelsOf(RoleRequirements role) {
		Set<String> models = new LinkedHashSet<>();
		for (ResolvedRequirement r : role.requirements()) {
			if (r.kind() == Requirement.Kind.LEVEL) {
				models.add(r.target().substring(0, r.target().indexOf('/')));
			}
		}
		return List.copyOf(models);
	}

	/**
	 * Evaluates people with their levels and the evidence levels {@code evidenceOf}
	 * gives.
	 * @param progress told how many people are done, as it goes
	 */
	List<Judged> judge(List<Candidate> pool, RoleRequirements role, Evaluator evaluator, String onlySource,
			Function<Candidate, List<EvidenceLevels.Inferred>> evidenceOf, Function<Candidate, LocalDate> dateOf,
			IntConsumer progress) {
		CandidateProfile[] profiles = new CandidateProfile[pool.size()];
		List<Map<String, List<EvidenceLevels.Sentence>>> evidence = new ArrayList<>(
				java.util.Collections.nCopies(pool.size(), null));
		List<LocalDate> dates = new ArrayList<>(java.util.Collections.nCopies(pool.size(), null));
		java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
		java.util.stream.IntStream.range(0, pool.size()).parallel().forEach(i -> {
			Candidate c = pool.get(i);
			Map<String, List<EvidenceLevels.Sentence>> why = new LinkedHashMap<>();
			profiles[i] = profile(c, onlySource, evidenceOf, why);
			evidence.set(i, why);
			dates.set(i, why.isEmpty() ? null : dateOf.apply(c));
			progress.accept(done.incrementAndGet());
		});
		List<Evaluation> evaluations = evaluator.evaluate(role.role(), List.of(profiles));
		List<Judged> out = new ArrayList<>(pool.size());
		for (int i = 0; i < pool.size(); i++) {
			out.add(new Judged(pool.get(i), evaluations.get(i), evidence.get(i), dates.get(i)));
		}
		return out;
	}

	/**
	 * The facts the rules see about {@code c}: their levels (of {@code onlySource} only,
	 * when given) and the evidence levels {@code evidenceOf} gives, whose sentences go to
	 * {@code why} by competency.
	 */
	private static CandidateProfile profile(Candidate c, String onlySource,
			Function<Candidate, List<EvidenceLevels.Inferred>> evidenceOf,
			Map<String, List<EvidenceLevels.Sentence>> why) {
		List<CandidateProfile.LevelObservation> levels = new ArrayList<>();
		for (Candidate.Level l : c.levels()) {
			if (onlySource == null || onlySource.equals(l.source())) {
				levels.add(new CandidateProfile.LevelObservation(l.competency(), l.level(), l.source(), null, null));
			}
		}
		if (onlySource == null || onlySource.equals("evidence")) {
			for (EvidenceLevels.Inferred inferred : evidenceOf.apply(c)) {
				if (inferred.level().level() == null) {
					continue;
				}
				String key = inferred.level().model() + "/" + inferred.level().competency();
				levels.add(new CandidateProfile.LevelObservation(key, inferred.level().level(), "evidence",
						inferred.level().confidence(), inferred.level().sentences().size()));
				why.put(key, inferred.sentences());
			}
		}
		return new CandidateProfile(c.id(), levels, c.grades(), c.experience(), c.performance(), c.potential(),
				c.internal(), c.department(), c.currentRole());
	}

	/** The date of the newest of a person's evidence documents, or {@code null}. */
	private static LocalDate newest(List<EvidenceDocument> docs) {
		LocalDate newest = null;
		for (EvidenceDocument d : docs) {
			if (d.recordedOn() != null && (newest == null || d.recordedOn().isAfter(newest))) {
				newest = d.recordedOn();
			}
		}
		return newest;
	}

	/**
	 * SHA-256 over every ranked person's facts, in id order, each field written with its
	 * length ({@link #facts}); encoded on every core.
	 */
	private static String poolHash(List<RankOrder.Ranked> ranked) {
		return Hashes.sha256(ranked.parallelStream()
			.map(r -> r.judged().candidate())
			.sorted(Comparator.comparing(Candidate::id))
			.map(c -> facts(c).getBytes(StandardCharsets.UTF_8))
			.toList());
	}

	/**
	 * Every fact of a person as one line: each value with its length before it, so that
	 * no two different people give the same line.
	 */
	static String facts(Candidate c) {
		StringBuilder sb = new StringBuilder(256);
		field(sb, c.id());
		field(sb, c.name());
		field(sb, c.type());
		field(sb, c.department());
		field(sb, c.currentRole());
		field(sb, c.performance() == null ? null : c.performance().toString());
		field(sb, c.potential() == null ? null : c.potential().toString());
		sb.append("g").append(c.grades().size()).append(';');
		c.grades().forEach(g -> field(sb, g));
		sb.append("x").append(c.experience().size()).append(';');
		c.experience().forEach((k, v) -> {
			field(sb, k);
			field(sb, String.valueOf(v));
		});
		sb.append("l").append(c.levels().size()).append(';');
		for (Candidate.Level l : c.levels()) {
			field(sb, l.competency());
			field(sb, l.level());
			field(sb, l.source());
			field(sb, l.assessedOn() == null ? null : l.assessedOn().toString());
		}
		return sb.append('\n').toString();
	}

	private static void field(StringBuilder sb, String value) {
		if (value == null) {
			sb.append("-;");
		}
		else {
			sb.append(value.length()).append(':').append(value).append(';');
		}
	}

	private static void check(RankingRequest r) {
		List<DataProblem> problems = new ArrayList<>();
		if (r.role() == null || r.role().isBlank()) {
			problems.add(new DataProblem("request", 0, "role", "role is required (id or name)"));
		}
		if (r.type() != null && !r.type().equals("internal") && !r.type().equals("external")) {
			problems.add(new DataProblem("request", 0, "type", "type must be internal or external"));
		}
		if (r.source() != null && !List.of("assessment", "manager", "360", "self", "evidence").contains(r.source())) {
			problems.add(new DataProblem("request", 0, "source", "unknown source '" + r.source() + "'"));
		}
		if (r.pageOrDefault() < 0 || r.sizeOrDefault() < 1 || r.sizeOrDefault() > 200) {
			problems.add(new DataProblem("request", 0, "size", "page must be ≥ 0 and size 1–200"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidDataException(problems);
		}
	}

	/**
	 * A person is being erased: drop the cached results, which hold their name and
	 * evidence sentences.
	 */
	@EventListener
	public void erase(CandidateErasure erasure) {
		sortedCache.clear();
		poolHashes.clear();
	}

	/** The audit log, newest first. */
	public List<AuditRepository.Run> audit(String role) {
		return audit.list(role);
	}

}
