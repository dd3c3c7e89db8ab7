package com.talentmatch.succession;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import com.talentmatch.candidates.Calibrations;
import com.talentmatch.candidates.Candidate;
import com.talentmatch.candidates.CandidateService;
import com.talentmatch.ranking.RankingService;
import com.talentmatch.rules.Evaluation;
import com.talentmatch.rules.Evaluator;
import com.talentmatch.rules.RoleRequirements;
import com.talentmatch.rules.RuleSet;
import com.talentmatch.rules.RuleService;
import com.talentmatch.rules.facts.ReadinessBand;

/**
 * Internal successors for a role, grouped by the readiness bands the rules define, and
 * bench strength per role.
 */
@Service
public class SuccessionService {

	private final CandidateService candidates;

	private final RankingService ranking;

	private final RuleService rules;

	private final Calibrations calibrations;

	public SuccessionService(CandidateService candidates, RankingService ranking, RuleService rules,
			Calibrations calibrations) {
		this.calibrations = calibrations;
		this.candidates = candidates;
		this.ranking = ranking;
		this.rules = rules;
	}

	/**
	 * A successor.
	 *
	 * @param candidateId person
	 * @param name name
	 * @param currentRole current role
	 * @param score fit score
	 * @param gaps unmet requirements
	 * @param mustHaveGaps unmet must-haves
	 * @param performance performance rating: the calibrated one when a 9-box move
	 * calibrated it
	 * @param potential potential rating, calibrated likewise
	 * @param band readiness band code
	 * @param calibration the latest 9-box move, which set the ratings used, or
	 * {@code null}
	 * @param adjustments what per-candidate rules changed (the band, the score), with
	 * reason, file and line
	 */
	public record Successor(String candidateId, String name, String currentRole, double score, int gaps,
			int mustHaveGaps, Integer performance, Integer potential, String band, Calibrations.Move calibration,
			List<com.talentmatch.rules.facts.Adjustment> adjustments) {
	}

	/**
	 * The succession view of one role.
	 *
	 * @param role role key
	 * @param roleName role name
	 * @param ruleVersion rule set used
	 * @param slate successors by band code, in band order (then {@code not-ready}), best
	 * first
	 * @param bench number of successors by band
	 * @param thin fewer than two successors in the bands that count as ready soon (the
	 * bands declare it: 计入后备 / counts as ready soon)
	 */
	public record Succession(String role, String roleName, String ruleVersion, Map<String, List<Successor>> slate,
			Map<String, Integer> bench, boolean thin) {
	}

	public Succession of(String role) {
		Evaluator evaluator = rules.evaluator();
		RoleRequirements r = evaluator.rules().requireRole(role);
		Map<String, Calibrations.Move> moves = calibrations.latest();
		List<Candidate> internal = candidates.all()
			.stream()
			.filter(Candidate::internal)
			.filter(c -> !r.role().equals(c.currentRole()))
			.toList();
		Map<String, List<Successor>> slate = new LinkedHashMap<>();
		for (ReadinessBand b : evaluator.rules().bands()) {
			slate.put(b.getCode(), new ArrayList<>());
		}
		slate.put(Evaluation.NOT_READY, new ArrayList<>());
		for (RankingService.Judged j : ranking.judge(internal, r, evaluator, null)) {
			Candidate c = j.candidate();
			slate.computeIfAbsent(j.evaluation().band(), k -> new ArrayList<>())
				.add(new Successor(c.id(), c.name(), c.currentRole(), j.evaluation().score(), j.evaluation().gaps(),
						j.evaluation().mustHaveGaps(), c.performance(), c.potential(), j.evaluation().band(),
						moves.get(c.id()), j.evaluation().adjustments()));
		}
		Map<String, Integer> bench = new LinkedHashMap<>();
		slate.forEach((band, people) -> {
			people.sort(Comparator.comparingDouble(Successor::score).reversed().thenComparing(Successor::candidateId));
			bench.put(band, people.size());
		});
		RuleSet set = evaluator.rules();
		int soon = bench.entrySet().stream().filter(e -> set.readySoon(e.getKey())).mapToInt(Map.Entry::getValue).sum();
		return new Succession(r.role(), r.name(), evaluator.rules().version().id(), slate, bench, soon < 2);
	}

	/** Bench strength of every role the rules define (not the families they inherit). */
	public List<Succession> all() {
		return rules.evaluator()
			.rules()
			.roles()
			.values()
			.stream()
			.filter(r -> !r.family())
			.map(RoleRequirements::role)
			.sorted()
			.map(this::of)
			.map(s -> new Succession(s.role(), s.roleName(), s.ruleVersion(), Map.of(), s.bench(), s.thin()))
			.toList();
	}

}
