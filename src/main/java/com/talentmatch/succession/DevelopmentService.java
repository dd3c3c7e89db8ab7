package com.talentmatch.succession;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import com.talentmatch.candidates.Candidate;
import com.talentmatch.candidates.CandidateService;
import com.talentmatch.catalogue.CatalogueService;
import com.talentmatch.catalogue.Indicator;
import com.talentmatch.ranking.RankingService;
import com.talentmatch.rules.Evaluation;
import com.talentmatch.rules.Evaluator;
import com.talentmatch.rules.Outcome;
import com.talentmatch.rules.RoleLadder;
import com.talentmatch.rules.RoleRequirements;
import com.talentmatch.rules.RuleService;
import com.talentmatch.rules.facts.Requirement;

/**
 * Reverse match for one person: the roles they fit best, and a development plan from
 * where they are. The ladders the rules declare ({@code 岗位序列}) give the steps: the
 * person's place is their current role's step, or the highest step they are already ready
 * for (the best band) when that is higher; the plan is the next step's unmet requirements
 * with what the required levels look like. At the top of a ladder the plan says so; for a
 * person on no ladder, or when asked, the plan is a target role's gaps.
 */
@Service
public class DevelopmentService {

	private final CandidateService candidates;

	private final RankingService ranking;

	private final RuleService rules;

	private final CatalogueService catalogue;

	public DevelopmentService(CandidateService candidates, RankingService ranking, RuleService rules,
			CatalogueService catalogue) {
		this.candidates = candidates;
		this.ranking = ranking;
		this.rules = rules;
		this.catalogue = catalogue;
	}

	/**
	 * A role and how well the person fits it.
	 *
	 * @param role role key
	 * @param roleName role name
	 * @param eligible every must-have met
	 * @param score fit 0–100
	 * @param band readiness band
	 * @param gaps unmet requirements
	 */
	public record RoleFit(String role, String roleName, boolean eligible, double score, String band, int gaps) {
	}

	/**
	 * One item of the plan: a requirement of the next step not yet met.
	 *
	 * @param competency {@code model/competency}, or the grade / experience kind
	 * @param name its name
	 * @param current the level that counted now, or {@code null}
	 * @param target the level required
	 * @param rule the rule that requires it
	 * @param indicators what the required level looks like (the catalogue's indicators
	 * for it)
	 */
	public record PlanItem(String competency, String name, String current, String target, String rule,
			List<String> indicators) {
	}

	/**
	 * The development view of one person.
	 *
	 * @param candidateId person
	 * @param bestFits the best-fitting roles, best first (at most five)
	 * @param ladder the ladder the plan follows, or {@code null}
	 * @param currentStep the role of the step they hold or are ready for, or {@code null}
	 * @param currentStepName its name, or {@code null}
	 * @param nextStep the role the plan is for (the next step, or the target), or
	 * {@code null}
	 * @param nextStepName its name, or {@code null}
	 * @param atTop they are at the top of their ladder
	 * @param note how the plan was chosen, in Chinese
	 * @param noteEn how the plan was chosen, in English
	 * @param nextStepEvaluation how they stand against the next step
	 * @param plan the unmet requirements of the next step, with the indicators to work
	 * towards
	 */
	public record Development(String candidateId, List<RoleFit> bestFits, String ladder, String currentStep,
			String currentStepName, String nextStep, String nextStepName, boolean atTop, String note, String noteEn,
			Evaluation nextStepEvaluation, List<PlanItem> plan) {
	}

	/** The development view, the plan from the person's place on their ladder. */
	public Development of(String candidateId) {
		return of(candidateId, null);
	}

	/**
	 * The development view; with {@code target} (a role id or name), the plan is that
	 * role's gaps.
	 */
	public Development of(String candidateId, String target) {
		Candidate c = candidates.get(candidateId);
		Evaluator evaluator = rules.evaluator();
		Map<String, Evaluation> byRole = new HashMap<>();
		List<RoleFit> fits = new ArrayList<>();
		for (RoleRequirements role : evaluator.rules().roles().values()) {
			if (role.family()) {
				continue;
			}
			Evaluation e = ranking.judge(List.of(c), role, evaluator, null).get(0).evaluation();
			byRole.put(role.role(), e);
			fits.add(new RoleFit(role.role(), role.name(), e.eligible(), e.score(), e.band(), e.gaps()));
		}
		fits.sort(Comparator.comparing((RoleFit f) -> !f.eligible())
			.thenComparing(f -> -f.score())
			.thenComparing(RoleFit::role));
		List<RoleFit> best = fits.stream().limit(5).toList();
		if (target != null) {
			RoleRequirements t = evaluator.rules().requireRole(target);
			return plan(c, best, null, null, t, byRole.get(t.role()), "计划针对目标岗位 " + t.name() + " 的差距",
					"the plan is the gaps to the target role " + t.name());
		}
		RoleLadder ladder = evaluator.rules().ladderOf(c.currentRole()).orElse(null);
		int step = ladder == null ? -1 : ladder.step(c.currentRole());
		String current = ladder == null ? null : c.currentRole();
		for (RoleLadder l : ladder == null ? evaluator.rules().ladders() : List.of(ladder)) {
			for (int i = 0; i < l.steps().size(); i++) {
				for (String role : l.steps().get(i)) {
					Evaluation e = byRole.get(role);
					if (e != null && evaluator.rules().best(e.band()) && i > step && (ladder == null || l == ladder)) {
						ladder = l;
						step = i;
						current = role;
					}
				}
			}
		}
		if (ladder == null) {
			return new Development(c.id(), best, null, null, null, null, null, false,
					"现任岗位不在任何岗位序列上, 也未达到任何序列岗位的就绪要求; 可指定目标岗位 (?target=) 查看差距",
					"the current role is on no ladder and no ladder step is ready yet; name a target role (?target=) "
							+ "for its gaps",
					null, List.of());
		}
		String currentName = name(evaluator, current);
		if (step == ladder.steps().size() - 1) {
			return new Development(c.id(), best, ladder.name(), current, currentName, null, null, true,
					"已在岗位序列 " + ladder.name() + " 的最高一级 (" + currentName + "); 可指定目标岗位 (?target=) 查看差距",
					"at the top of ladder " + ladder.name() + " (" + currentName + "); name a target role (?target=) "
							+ "for its gaps",
					null, List.of());
		}
		RoleRequirements next = ladder.steps()
			.get(step + 1)
			.stream()
			.map(r -> evaluator.rules().role(r).orElseThrow())
			.max(Comparator.comparingDouble((RoleRequirements r) -> byRole.get(r.role()).score())
				.thenComparing(RoleRequirements::role, Comparator.reverseOrder()))
			.orElseThrow();
		String why = "现处岗位序列 " + ladder.name() + " 的 " + currentName + " (第 " + (step + 1) + " 级); 计划针对下一级中最匹配的 "
				+ next.name();
		String whyEn = "at " + currentName + " (step " + (step + 1) + ") of ladder " + ladder.name()
				+ "; the plan is for the best-fitting role of the next step, " + next.name();
		return plan(c, best, ladder.name(), current, next, byRole.get(next.role()), why, whyEn);
	}

	private Development plan(Candidate c, List<RoleFit> best, String ladder, String current, RoleRequirements next,
			Evaluation e, String note, String noteEn) {
		List<PlanItem> plan = new ArrayList<>();
		for (Outcome o : e.outcomes()) {
			if (!o.satisfied()) {
				plan.add(item(o));
			}
		}
		return new Development(c.id(), best, ladder, current, current == null ? null : name(rules.evaluator(), current),
				next.role(), next.name(), false, note, noteEn, e, plan);
	}

	private static String name(Evaluator evaluator, String role) {
		return evaluator.rules().role(role).map(RoleRequirements::name).orElse(role);
	}

	private PlanItem item(Outcome o) {
		var r = o.requirement();
		List<String> indicators = List.of();
		if (r.kind() == Requirement.Kind.LEVEL) {
			indicators = catalogue.current()
				.competency(r.target())
				.flatMap(comp -> comp.level(r.minimum()))
				.map(l -> l.indicators().stream().map(Indicator::text).toList())
				.orElse(List.of());
		}
		return new PlanItem(r.target(), r.targetName(), o.actual(), r.minimum(), r.rule(), indicators);
	}

}
