package com.talentmatch.succession;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;

import com.talentmatch.candidates.Candidate;
import com.talentmatch.candidates.CandidateService;
import com.talentmatch.catalogue.Catalogue;
import com.talentmatch.catalogue.CatalogueService;
import com.talentmatch.catalogue.CompetencyModel;
import com.talentmatch.catalogue.Indicator;
import com.talentmatch.catalogue.ScaleLevel;
import com.talentmatch.ranking.RankingService;
import com.talentmatch.rules.Evaluation;
import com.talentmatch.rules.Evaluator;
import com.talentmatch.rules.Outcome;
import com.talentmatch.rules.RoleRequirements;
import com.talentmatch.rules.RuleService;
import com.talentmatch.rules.facts.Requirement;

/**
 * Reverse match for one person: the roles they fit best, and the next step on the career
 * ladder (基础员工 → 基层主管 → 骨干 → 专家) with the gaps and what the next level's indicators say —
 * a development plan draft.
 */
@Service
public class DevelopmentService {

	static final String LADDER_MODEL = "employee-ladder";

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
	 * @param currentStep the ladder step they hold or already meet, or {@code null}
	 * @param nextStep the next ladder step, or {@code null} at the top
	 * @param nextStepEvaluation how they stand against it
	 * @param plan the unmet requirements of the next step, with the indicators to work
	 * towards
	 */
	public record Development(String candidateId, List<RoleFit> bestFits, String currentStep, String nextStep,
			Evaluation nextStepEvaluation, List<PlanItem> plan) {
	}

	public Development of(String candidateId) {
		Candidate c = candidates.get(candidateId);
		Evaluator evaluator = rules.evaluator();
		List<RoleFit> fits = new ArrayList<>();
		for (RoleRequirements role : evaluator.rules().roles().values()) {
			Evaluation e = ranking.judge(List.of(c), role, evaluator, null).get(0).evaluation();
			fits.add(new RoleFit(role.role(), role.name(), e.eligible(), e.score(), e.band(), e.gaps()));
		}
		fits.sort(Comparator.comparing((RoleFit f) -> !f.eligible())
			.thenComparing(f -> -f.score())
			.thenComparing(RoleFit::role));
		List<String> steps = ladderSteps(catalogue.current());
		String current = null;
		if (c.currentRole() != null && steps.contains(c.currentRole())) {
			current = c.currentRole();
		}
		for (RoleFit f : fits) {
			if (evaluator.rules().best(f.band()) && steps.contains(f.role())
					&& (current == null || steps.indexOf(f.role()) > steps.indexOf(current))) {
				current = f.role();
			}
		}
		int next = current == null ? 0 : steps.indexOf(current) + 1;
		if (next >= steps.size() || evaluator.rules().role(steps.get(next)).isEmpty()) {
			return new Development(c.id(), fits.stream().limit(5).toList(), current, null, null, List.of());
		}
		RoleRequirements nextRole = evaluator.rules().role(steps.get(next)).orElseThrow();
		Evaluation e = ranking.judge(List.of(c), nextRole, evaluator, null).get(0).evaluation();
		List<PlanItem> plan = new ArrayList<>();
		for (Outcome o : e.outcomes()) {
			if (!o.met()) {
				plan.add(item(o));
			}
		}
		return new Development(c.id(), fits.stream().limit(5).toList(), current, nextRole.role(), e, plan);
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

	/**
	 * The ladder's role ids, low to high, from the ladder model's scale
	 * ({@code ladder-<code>}).
	 */
	static List<String> ladderSteps(Catalogue catalogue) {
		CompetencyModel ladder = catalogue.model(LADDER_MODEL).orElse(null);
		if (ladder == null) {
			return List.of();
		}
		return ladder.scale().stream().map(ScaleLevel::code).map(code -> "ladder-" + code).toList();
	}

}
