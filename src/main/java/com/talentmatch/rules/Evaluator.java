package com.talentmatch.rules;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kie.api.runtime.KieSession;

import com.talentmatch.catalogue.Catalogue;
import com.talentmatch.catalogue.Competency;
import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.GradeScale;
import com.talentmatch.catalogue.NotFoundException;
import com.talentmatch.catalogue.ScaleLevel;
import com.talentmatch.rules.facts.Assessment;
import com.talentmatch.rules.facts.ReadinessBand;
import com.talentmatch.rules.facts.Requirement;
import com.talentmatch.rules.facts.SourcePolicy;

/**
 * Judges candidates against a role under one rule set. The requirements, source policy
 * and bands the rules declared are applied to each candidate; then every candidate's
 * {@link Assessment} goes through one Drools session per batch, where adjustment rules
 * fire for the few candidates they concern, within a {@link RuleBudget} per call.
 * Thread-safe.
 */
public final class Evaluator {

	static final int BATCH = 5_000;

	private final RuleSet rules;

	private final Catalogue catalogue;

	/** The competency of every level requirement, looked up once. */
	private final Map<ResolvedRequirement, Competency> competencies = new IdentityHashMap<>();

	private final RuleBudget budget;

	/** An evaluator whose rules fire within the rule set's {@link RuleSet#budget()}. */
	public Evaluator(RuleSet rules, Catalogue catalogue) {
		this(rules, catalogue, rules.budget());
	}

	/**
	 * An evaluator whose adjustment rules fire within {@code budget} per
	 * {@link #evaluate(String, List)} call; beyond it the call fails with
	 * {@link RuleBudgetExceededException}.
	 */
	public Evaluator(RuleSet rules, Catalogue catalogue, RuleBudget budget) {
		this.rules = rules;
		this.catalogue = catalogue;
		this.budget = budget;
		for (RoleRequirements role : rules.roles().values()) {
			for (ResolvedRequirement req : role.requirements()) {
				if (req.kind() == Requirement.Kind.LEVEL) {
					catalogue.competency(req.target()).ifPresent(c -> competencies.put(req, c));
				}
			}
		}
	}

	public RuleSet rules() {
		return rules;
	}

	/**
	 * Levels that name a required competency with a code outside its scale ({@code "9"}
	 * for a 1–3 scale).
	 * @return the problems, empty when every such level is known
	 */
	public List<DataProblem> check(String role, CandidateProfile candidate) {
		List<DataProblem> problems = new ArrayList<>();
		RoleRequirements r = rules.role(role).orElse(null);
		if (r == null) {
			return problems;
		}
		for (int i = 0; i < candidate.levels().size(); i++) {
			CandidateProfile.LevelObservation o = candidate.levels().get(i);
			for (ResolvedRequirement req : r.requirements()) {
				if (req.kind() != Requirement.Kind.LEVEL) {
					continue;
				}
				Competency c = competencies.get(req);
				if (c != null && about(o, req, c.id()) && rank(c, o.level()) == 0) {
					problems.add(new DataProblem("request", 0, "candidate.levels[" + i + "].level",
							"level '" + o.level() + "' is not in the scale of " + req.target() + ": "
									+ (c == null ? List.of() : c.scale().stream().map(ScaleLevel::code).toList())));
					break;
				}
			}
		}
		return problems;
	}

	/** One candidate. */
	public Evaluation evaluate(String role, CandidateProfile candidate) {
		return evaluate(role, List.of(candidate)).get(0);
	}

	/**
	 * Many candidates, in batches; results in input order.
	 * @throws RuleBudgetExceededException when the adjustment rules exceed the budget
	 */
	public List<Evaluation> evaluate(String role, List<CandidateProfile> candidates) {
		RoleRequirements r = rules.role(role)
			.orElseThrow(() -> new NotFoundException("the rules declare no requirements for role '" + role
					+ "'; roles with requirements: " + rules.roles().keySet()));
		List<Evaluation> out = new ArrayList<>(candidates.size());
		BudgetedFiring firing = new BudgetedFiring(budget, rule -> RuleSetBuilder.locate(rules.files().values(), rule));
		for (int from = 0; from < candidates.size(); from += BATCH) {
			List<CandidateProfile> batch = candidates.subList(from, Math.min(candidates.size(), from + BATCH));
			List<Evaluation> judged = new ArrayList<>(batch.size());
			List<Assessment> assessments = new ArrayList<>(batch.size());
			for (CandidateProfile c : batch) {
				Evaluation e = judge(r, c);
				judged.add(e);
				assessments.add(new Assessment(c.id(), r.role(), c.performance(), c.potential(), e.eligible(),
						e.score(), e.mustHaveGaps(), e.gaps(), e.largestGap(), e.band()));
			}
			adjust(assessments, firing);
			for (int i = 0; i < judged.size(); i++) {
				out.add(withAdjustment(judged.get(i), assessments.get(i)));
			}
		}
		return out;
	}

	private void adjust(List<Assessment> assessments, BudgetedFiring firing) {
		KieSession session = rules.kieBase().newKieSession();
		try {
			assessments.forEach(session::insert);
			firing.fire(session, assessments.size(), "candidate(s)");
		}
		finally {
			session.dispose();
		}
	}

	private Evaluation withAdjustment(Evaluation e, Assessment a) {
		if (a.getChangedBy() == null || a.getBand().equals(e.band())) {
			return e;
		}
		Optional<ReadinessBand> band = rules.bands().stream().filter(b -> b.getCode().equals(a.getBand())).findFirst();
		return new Evaluation(e.candidateId(), e.role(), e.roleName(), e.ruleVersion(), e.eligible(), e.score(),
				a.getBand(), band.map(ReadinessBand::getLabelZh).orElse(a.getBand()),
				band.map(ReadinessBand::getLabelEn).orElse(a.getBand()), a.getChangedBy(), e.mustHaveGaps(), e.gaps(),
				e.largestGap(), e.outcomes());
	}

	private Evaluation judge(RoleRequirements role, CandidateProfile c) {
		List<Outcome> outcomes = new ArrayList<>(role.requirements().size());
		for (ResolvedRequirement req : role.requirements()) {
			outcomes.add(judge(req, c));
		}
		double weights = 0;
		double earned = 0;
		int mustHaveGaps = 0;
		int gaps = 0;
		int largest = 0;
		Map<String, List<Outcome>> groups = new LinkedHashMap<>();
		for (Outcome o : outcomes) {
			ResolvedRequirement req = o.requirement();
			if (req.group() != null) {
				groups.computeIfAbsent(req.group(), k -> new ArrayList<>()).add(o);
				continue;
			}
			weights += req.weight();
			earned += req.weight() * credit(o);
			if (!o.met()) {
				gaps++;
				mustHaveGaps += req.mustHave() ? 1 : 0;
				if (req.kind() == Requirement.Kind.LEVEL) {
					largest = Math.max(largest, (int) Math.ceil(o.gap()));
				}
			}
		}
		for (List<Outcome> group : groups.values()) {
			Map<Integer, List<Outcome>> options = new LinkedHashMap<>();
			group.forEach(o -> options.computeIfAbsent(o.requirement().option(), k -> new ArrayList<>()).add(o));
			boolean met = options.values().stream().anyMatch(os -> os.stream().allMatch(Outcome::met));
			double best = options.values()
				.stream()
				.mapToDouble(os -> os.stream().mapToDouble(this::credit).average().orElse(0))
				.max()
				.orElse(0);
			double weight = group.get(0).requirement().weight();
			weights += weight;
			earned += weight * (met ? 1 : best);
			if (!met) {
				gaps++;
				mustHaveGaps += group.get(0).requirement().mustHave() ? 1 : 0;
			}
		}
		double score = weights == 0 ? 100 : Math.round(1000 * earned / weights) / 10.0;
		ReadinessBand band = null;
		for (ReadinessBand b : rules.bands()) {
			if (mustHaveGaps <= b.getMaxMustHaveGaps() && gaps <= b.getMaxGaps() && largest <= b.getMaxGapLevels()) {
				band = b;
				break;
			}
		}
		return new Evaluation(c.id(), role.role(), role.name(), rules.version().id(), mustHaveGaps == 0, score,
				band == null ? "not-ready" : band.getCode(), band == null ? "未就绪" : band.getLabelZh(),
				band == null ? "not ready" : band.getLabelEn(), band == null ? null : band.getRule(), mustHaveGaps,
				gaps, largest, outcomes);
	}

	/** Share of the requirement reached: 1 when met, else actual / minimum. */
	private double credit(Outcome o) {
		if (o.met()) {
			return 1;
		}
		double min = o.requirement().minimumRank();
		return min <= 0 ? 0 : Math.max(0, (min - o.gap()) / min);
	}

	private Outcome judge(ResolvedRequirement req, CandidateProfile c) {
		return switch (req.kind()) {
			case LEVEL -> judgeLevel(req, c);
			case GRADE -> judgeGrade(req, c);
			case EXPERIENCE -> judgeExperience(req, c);
		};
	}

	private Outcome judgeLevel(ResolvedRequirement req, CandidateProfile c) {
		SourcePolicy policy = rules.sources();
		Competency competency = competencies.get(req);
		String competencyId = competency == null ? null : competency.id();
		CandidateProfile.LevelObservation chosen = null;
		int chosenRank = 0;
		for (String source : policy.getPrecedence()) {
			for (CandidateProfile.LevelObservation o : c.levels()) {
				String s = o.source() == null ? "assessment" : o.source();
				if (!s.equals(source) || !about(o, req, competencyId) || !counts(o, policy)) {
					continue;
				}
				int rank = rank(competency, o.level());
				if (rank > chosenRank) {
					chosen = o;
					chosenRank = rank;
				}
			}
			if (chosen != null) {
				break;
			}
		}
		double gap = Math.max(0, req.minimumRank() - chosenRank);
		boolean met = chosen != null && gap == 0;
		String source = chosen == null ? null : chosen.source() == null ? "assessment" : chosen.source();
		return new Outcome(req, met, gap, chosen == null ? null : chosen.level(), source);
	}

	private static boolean about(CandidateProfile.LevelObservation o, ResolvedRequirement req, String competencyId) {
		String k = o.competency();
		return k != null && (k.equals(req.target()) || k.equals(req.written()) || k.equals(req.targetName())
				|| k.equals(competencyId));
	}

	private static boolean counts(CandidateProfile.LevelObservation o, SourcePolicy policy) {
		if (!"evidence".equals(o.source())) {
			return true;
		}
		return (o.sentences() == null ? 0 : o.sentences()) >= policy.getEvidenceMinSentences()
				&& (o.confidence() == null ? 0 : o.confidence()) >= policy.getEvidenceMinConfidence();
	}

	private static int rank(Competency c, String level) {
		if (c == null || level == null) {
			return 0;
		}
		for (ScaleLevel s : c.scale()) {
			if (s.code().equalsIgnoreCase(level) || level.equals(s.label().zh())) {
				return s.rank();
			}
		}
		return 0;
	}

	private Outcome judgeGrade(ResolvedRequirement req, CandidateProfile c) {
		String[] key = req.target().split("/", 2);
		GradeScale scale = catalogue.gradeScale(key[0]).orElse(null);
		int best = 0;
		String held = null;
		for (String g : c.grades()) {
			String code = g.startsWith(key[0] + "/") ? g.substring(key[0].length() + 1) : g;
			int rank = scale == null ? 0
					: scale.grade(code).or(() -> scale.recognise(code)).map(x -> x.rank()).orElse(0);
			if (rank > best) {
				best = rank;
				held = g;
			}
		}
		double gap = Math.max(0, req.minimumRank() - best);
		return new Outcome(req, gap == 0 && held != null, gap, held, null);
	}

	private Outcome judgeExperience(ResolvedRequirement req, CandidateProfile c) {
		double years = 0;
		for (Map.Entry<String, Double> e : c.experience().entrySet()) {
			if (e.getKey().equalsIgnoreCase(req.target()) || e.getKey().equals(req.written())) {
				years = Math.max(years, e.getValue() == null ? 0 : e.getValue());
			}
		}
		double gap = Math.max(0, req.minimumRank() - years);
		return new Outcome(req, gap == 0, gap, String.valueOf(years), null);
	}

}
