package com.talentmatch.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.talentmatch.catalogue.CatalogueService;
import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.InvalidDataException;

import io.swagger.v3.oas.annotations.Operation;

@RestController
@RequestMapping("/api/rules")
class RuleController {

	private final RuleService rules;

	private final CatalogueService catalogue;

	private final RuleWatcher watcher;

	RuleController(RuleService rules, CatalogueService catalogue, RuleWatcher watcher) {
		this.rules = rules;
		this.catalogue = catalogue;
		this.watcher = watcher;
	}

	/**
	 * The active rule base.
	 *
	 * @param status version, last attempt and its problems
	 * @param roles roles with their requirements
	 * @param bands readiness bands, in order
	 * @param sources the global source policy
	 * @param policies source policies of one family, role or competency
	 * @param perCandidateRules how many per-candidate rules (conditions and actions)
	 * @param watcher what the file watcher is doing (errors, restarts)
	 */
	record Overview(RuleStatus status, List<RoleRequirements> roles, Object bands, Object sources,
			List<ScopedPolicy> policies, int perCandidateRules, RuleWatcher.State watcher) {
	}

	@Operation(summary = "The active rules: version, roles and requirements, bands, source policy, last problems")
	@GetMapping
	Overview overview() {
		RuleStatus status = rules.status();
		if (status.active() == null) {
			return new Overview(status, List.of(), List.of(), null, List.of(), 0, watcher.state());
		}
		RuleSet set = rules.evaluator().rules();
		return new Overview(status, List.copyOf(set.roles().values()), set.bands(), set.sources(), set.policies(),
				set.candidateRuleCount(), watcher.state());
	}

	@Operation(summary = "Reload the rules directory now (it is also watched); 422 with file:line when not accepted")
	@PostMapping("/reload")
	ResponseEntity<RuleStatus> reload(java.security.Principal principal) {
		String user = principal.getName();
		RuleStatus s = rules.reload(user);
		return ResponseEntity.status(s.lastAttemptAccepted() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
			.body(s);
	}

	/**
	 * An evaluation request.
	 *
	 * @param role role id or name
	 * @param candidate what is known about the candidate
	 */
	record EvaluateRequest(String role, CandidateProfile candidate) {
	}

	@Operation(summary = "Judge one candidate against one role: each requirement met or not with the rule that "
			+ "decided it, fit score, readiness band")
	@PostMapping("/evaluate")
	Evaluation evaluate(@RequestBody EvaluateRequest request) {
		check(request.role(), request.candidate());
		Evaluator evaluator = rules.evaluator();
		List<DataProblem> problems = evaluator.check(request.role(), request.candidate());
		if (!problems.isEmpty()) {
			throw new InvalidDataException(problems);
		}
		return evaluator.evaluate(request.role(), request.candidate());
	}

	@Operation(summary = "Rule-set versions, newest first")
	@GetMapping("/versions")
	List<RuleVersion> versions() {
		return rules.versions();
	}

	@Operation(summary = "Line diff of every rule file that differs between two versions")
	@GetMapping("/versions/{from}/diff/{to}")
	Map<String, List<String>> diff(@PathVariable String from, @PathVariable String to) {
		return rules.diff(from, to);
	}

	@Operation(summary = "Put an earlier version's files back into the rules directory and reload")
	@PostMapping("/versions/{id}/rollback")
	ResponseEntity<RuleStatus> rollback(@PathVariable String id, java.security.Principal principal) {
		String user = principal.getName();
		RuleStatus s = rules.rollback(id, user);
		return ResponseEntity.status(s.lastAttemptAccepted() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
			.body(s);
	}

	/**
	 * A what-if request.
	 *
	 * @param files proposed file contents by path relative to the rules directory (an
	 * empty string deletes a file); the other files stay as they are in the active
	 * version
	 * @param role role id or name
	 * @param candidates candidates to judge under both rule sets
	 */
	record WhatIfRequest(Map<String, String> files, String role, List<CandidateProfile> candidates) {
	}

	/**
	 * One candidate under the active and the proposed rules.
	 *
	 * @param candidateId candidate
	 * @param active result under the active rules
	 * @param proposed result under the proposed rules
	 * @param changed whether eligibility, band or score changed
	 */
	record WhatIf(String candidateId, Evaluation active, Evaluation proposed, boolean changed) {
	}

	@Operation(summary = "Evaluate candidates under proposed (not yet active) rule files and show what changes")
	@PostMapping("/what-if")
	List<WhatIf> whatIf(@RequestBody WhatIfRequest request) {
		if (request.candidates() == null || request.candidates().isEmpty()) {
			throw new InvalidDataException(List.of(new DataProblem("request", 0, "candidates", "no candidates")));
		}
		request.candidates().forEach(c -> check(request.role(), c));
		Evaluator current = rules.evaluator();
		RuleService.Candidate proposed = rules.propose(request.files(), "what-if");
		Evaluator next = new Evaluator(proposed.set(), catalogue.current());
		List<Evaluation> before = current.evaluate(request.role(), request.candidates());
		List<Evaluation> after = next.evaluate(request.role(), request.candidates());
		List<WhatIf> out = new ArrayList<>();
		for (int i = 0; i < before.size(); i++) {
			Evaluation a = before.get(i);
			Evaluation b = after.get(i);
			boolean changed = a.eligible() != b.eligible() || !a.band().equals(b.band()) || a.score() != b.score();
			out.add(new WhatIf(a.candidateId(), a, b, changed));
		}
		return out;
	}

	private static void check(String role, CandidateProfile candidate) {
		List<DataProblem> problems = new ArrayList<>();
		if (role == null || role.isBlank()) {
			problems.add(new DataProblem("request", 0, "role", "role is required (id or name)"));
		}
		if (candidate == null || candidate.id() == null || candidate.id().isBlank()) {
			problems.add(new DataProblem("request", 0, "candidate.id", "candidate with an id is required"));
		}
		else {
			for (int i = 0; i < candidate.levels().size(); i++) {
				CandidateProfile.LevelObservation o = candidate.levels().get(i);
				if (o.competency() == null || o.level() == null) {
					problems.add(new DataProblem("request", 0, "candidate.levels[" + i + "]",
							"competency and level are required"));
				}
				if (o.source() != null && !RuleSetBuilder.SOURCES.contains(o.source())) {
					problems.add(new DataProblem("request", 0, "candidate.levels[" + i + "].source",
							"unknown source '" + o.source() + "'; sources are " + RuleSetBuilder.SOURCES));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidDataException(problems);
		}
	}

}
