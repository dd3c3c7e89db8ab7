package com.talentmatch.ranking;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.talentmatch.candidates.CandidateService;
import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.InvalidDataException;
import com.talentmatch.rules.RuleService;
import com.talentmatch.table.ExportLanguage;
import com.talentmatch.table.TableFormat;

import io.swagger.v3.oas.annotations.Operation;

@RestController
@RequestMapping("/api")
class RankingController {

	static final Set<String> DECISIONS = Set.of("shortlist", "reject", "promote", "hold");

	private final RankingService ranking;

	private final DecisionRepository decisions;

	private final CandidateService candidates;

	private final RuleService rules;

	private final AuditRepository audit;

	RankingController(RankingService ranking, DecisionRepository decisions, CandidateService candidates,
			RuleService rules, AuditRepository audit) {
		this.ranking = ranking;
		this.decisions = decisions;
		this.candidates = candidates;
		this.rules = rules;
		this.audit = audit;
	}

	@Operation(summary = "Rank the stored pool for a role: eligible first, then fit score; every requirement with its "
			+ "rule and the evidence sentences behind evidence-sourced levels. Recorded in the audit log.")
	@PostMapping("/rankings")
	Ranking rank(@RequestBody RankingRequest request, java.security.Principal principal) {
		String user = principal.getName();
		return ranking.rank(request, user);
	}

	@Operation(summary = "Rank the stored pool and download every person as CSV or XLSX (?format=csv|xlsx), "
			+ "headers and texts in Chinese or English (?lang=zh|en, else Accept-Language: zh-* is Chinese, else "
			+ "English), with the latest decision for the role; columns in docs/exports.md")
	@PostMapping("/rankings/export")
	ResponseEntity<byte[]> export(@RequestBody RankingRequest request,
			@RequestParam(defaultValue = "xlsx") String format, @RequestParam(required = false) String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
			java.security.Principal principal) {
		String user = principal.getName();
		ExportLanguage language = ExportLanguage.of(lang, acceptLanguage);
		TableFormat f = switch (format) {
			case "csv" -> TableFormat.CSV;
			case "xlsx" -> TableFormat.XLSX;
			default -> throw new InvalidDataException(
					List.of(new DataProblem("request", 0, "format", "format must be csv or xlsx")));
		};
		Ranking r = ranking.rankAll(request, user);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ranking-" + r.role() + "." + format + "\"")
			.contentType(f == TableFormat.CSV ? MediaType.parseMediaType("text/csv;charset=UTF-8")
					: MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.body(ranking.export(r, f, language, user));
	}

	@Operation(summary = "The audit log of ranking runs, newest first; role by id or name")
	@GetMapping("/audit/rankings")
	List<AuditRepository.Run> audit(@RequestParam(required = false) String role) {
		return ranking.audit(roleKey(role)).stream().map(r -> r.named(roleName(r.role()))).toList();
	}

	/**
	 * The role key of a role id or name (zh or en) the rules know; otherwise as given (a
	 * role the active rules no longer declare can still be looked up by its id).
	 */
	private String roleKey(String role) {
		return role == null ? null : rules.evaluator().rules().role(role).map(r -> r.role()).orElse(role);
	}

	/**
	 * The role's display name, or {@code null} when the active rules do not declare it.
	 */
	private String roleName(String key) {
		return rules.evaluator().rules().role(key).map(r -> r.name()).orElse(null);
	}

	/**
	 * A recorded decision with the names of the person and the role.
	 *
	 * @param id decision id
	 * @param candidateId who it is about
	 * @param candidateName their name, or {@code null} when erased
	 * @param role role key
	 * @param roleName role name
	 * @param decision shortlist, reject, promote or hold
	 * @param reason why
	 * @param decidedBy who decided
	 * @param rankingRun the ranking run it followed, or {@code null}
	 * @param createdAt when
	 */
	record DecisionView(long id, String candidateId, String candidateName, String role, String roleName,
			String decision, String reason, String decidedBy, Long rankingRun, java.time.Instant createdAt) {
	}

	private DecisionView view(Decision d) {
		return new DecisionView(d.id(), d.candidateId(),
				candidates.find(d.candidateId()).map(c -> c.name()).orElse(null), d.role(), roleName(d.role()),
				d.decision(), d.reason(), d.decidedBy(), d.rankingRun(), d.createdAt());
	}

	/**
	 * A decision to record.
	 *
	 * @param candidateId who
	 * @param role for which role
	 * @param decision shortlist, reject, promote or hold
	 * @param reason why
	 * @param rankingRun the ranking run it follows (optional)
	 */
	record NewDecision(String candidateId, String role, String decision, String reason, Long rankingRun) {
	}

	@Operation(summary = "Record a person's decision (shortlist / reject / promote / hold) with a reason; the "
			+ "signed-in user is recorded as who decided")
	@PostMapping("/decisions")
	ResponseEntity<DecisionView> decide(@RequestBody NewDecision body, java.security.Principal principal) {
		String user = principal.getName();
		List<DataProblem> problems = new ArrayList<>();
		if (body.decision() == null || !DECISIONS.contains(body.decision())) {
			problems.add(new DataProblem("request", 0, "decision",
					"decision must be one of " + DECISIONS.stream().sorted().toList()));
		}
		if (body.reason() == null || body.reason().isBlank()) {
			problems.add(new DataProblem("request", 0, "reason", "a reason is required"));
		}
		if (body.role() == null || rules.evaluator().rules().role(body.role()).isEmpty()) {
			problems.add(new DataProblem("request", 0, "role", "unknown role '" + body.role() + "'"));
		}
		if (body.rankingRun() != null && !audit.exists(body.rankingRun())) {
			problems.add(new DataProblem("request", 0, "rankingRun", "no ranking run " + body.rankingRun()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidDataException(problems);
		}
		candidates.get(body.candidateId());
		String role = rules.evaluator().rules().role(body.role()).orElseThrow().role();
		Decision d = decisions.append(new Decision(0, body.candidateId(), role, body.decision(), body.reason().strip(),
				user.strip(), body.rankingRun(), null));
		return ResponseEntity.created(URI.create("/api/decisions?candidate=" + d.candidateId())).body(view(d));
	}

	@Operation(summary = "Recorded decisions, newest first; role by id or name")
	@GetMapping("/decisions")
	List<DecisionView> decisions(@RequestParam(required = false) String candidate,
			@RequestParam(required = false) String role) {
		return decisions.list(candidate, roleKey(role)).stream().map(this::view).toList();
	}

}
