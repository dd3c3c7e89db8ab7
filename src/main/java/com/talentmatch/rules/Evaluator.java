package com.talentmatch.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.kie.api.runtime.KieSession;

import com.talentmatch.catalogue.Catalogue;
import com.talentmatch.catalogue.Competency;
import com.talentmatch.catalogue.CompetencyModel;
import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.GradeScale;
import com.talentmatch.catalogue.NotFoundException;
import com.talentmatch.catalogue.RoleProfile;
import com.talentmatch.catalogue.ScaleLevel;
import com.talentmatch.rules.facts.Adjustment;
import com.talentmatch.rules.facts.Assessment;
import com.talentmatch.rules.facts.Candidate;
import com.talentmatch.rules.facts.Case;
import com.talentmatch.rules.facts.Lookup;
import com.talentmatch.rules.facts.Rating;
import com.talentmatch.rules.facts.ReadinessBand;
import com.talentmatch.rules.facts.RequirementResult;
import com.talentmatch.rules.facts.Requirement;
import com.talentmatch.rules.facts.Rescorer;
import com.talentmatch.rules.facts.SourcePolicy;

/**
 * Judges candidates against a role under one rule set. The requirements the rules
 * declared are compared with each candidate in Java (the fast path), and the result is
 * computed by the documented function ({@link Scoring}) under the source policy for the
 * role's family or the competency ({@link #policy}). When the set has per-candidate rules
 * (rules over a candidate's facts), every candidate's facts go through one Drools session
 * per batch — only the fact types those rules match — where the rules act through
 * {@link com.talentmatch.rules.facts.Act} for the few candidates they concern, within a
 * {@link RuleBudget} per call. Thread-safe.
 */
public final class Evaluator {

	static final int BATCH = 300;

	private final RuleSet rules;

	private final Catalogue catalogue;

	/** The competency of every level requirement, looked up once. */
	private final Map<ResolvedRequirement, Competency> competencies = new IdentityHashMap<>();

	private final Map<String, Map<String, SourcePolicy>> policies = new ConcurrentHashMap<>();

	/** A competency's name and level ranks, by id, for ratings. */
	private record Scale(String name, Matcher matcher) {

		Scale(Competency c) {
			this(c == null ? null : c.name().any(), new Matcher(Set.of(), Matcher.ranks(c)));
		}

	}

	private final Map<String, Scale> scales = new ConcurrentHashMap<>();

	/**
	 * The name and level ranks of competency {@code id} ({@code model/competency}),
	 * cached.
	 */
	private Scale scale(String id) {
		return scales.computeIfAbsent(id, x -> new Scale(catalogue.competency(x).orElse(null)));
	}

	/** Per source policy, the index of each source in its precedence. */
	private final Map<SourcePolicy, Map<String, Integer>> precedence = new ConcurrentHashMap<>();

	/** The declared bands by code. */
	private final Map<String, ReadinessBand> bands = new HashMap<>();

	/** The matcher of every level requirement, made once. */
	private final Map<ResolvedRequirement, Matcher> matchers = new IdentityHashMap<>();

	private final RuleBudget budget;

	private final CatalogueLookup lookup = new CatalogueLookup();

	/** An evaluator whose rules fire within the rule set's {@link RuleSet#budget()}. */
	public Evaluator(RuleSet rules, Catalogue catalogue) {
		this(rules, catalogue, rules.budget());
	}

	/**
	 * An evaluator whose per-candidate rules fire within {@code budget} per
	 * {@link #evaluate(String, List)} call; beyond it the call fails with
	 * {@link RuleBudgetExceededException}.
	 */
	public Evaluator(RuleSet rules, Catalogue catalogue, RuleBudget budget) {
		this.rules = rules;
		this.catalogue = catalogue;
		this.budget = budget;
		rules.bands().forEach(b -> bands.putIfAbsent(b.getCode(), b));
		for (RoleRequirements role : rules.roles().values()) {
			for (ResolvedRequirement req : role.requirements()) {
				if (req.kind() == Requirement.Kind.LEVEL) {
					catalogue.competency(req.target()).ifPresent(c -> competencies.put(req, c));
					matchers.put(req, new Matcher(req, competencies.get(req)));
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
				Matcher m = matchers.get(req);
				if (c != null && o.competency() != null && m.names().contains(o.competency())
						&& m.rank(o.level()) == 0) {
					problems.add(new DataProblem("request", 0, "candidate.levels[" + i + "].level",
							"level '" + o.level() + "' is not in the scale of " + req.target() + ": "
									+ c.scale().stream().map(ScaleLevel::code).toList()));
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
	 * Many candidates, in batches of {@value #BATCH} evaluated on every core (each with
	 * its own session); results in input order.
	 * @throws RuleBudgetExceededException when the per-candidate rules exceed the budget
	 */
	public List<Evaluation> evaluate(String role, List<CandidateProfile> candidates) {
		RoleRequirements r = rules.role(role)
			.orElseThrow(() -> new NotFoundException("the rules declare no requirements for role '" + role
					+ "'; roles with requirements: " + rules.roles().keySet()));
		CandidateRules perCandidate = rules.candidateRules();
		BudgetedFiring firing = perCandidate.base() == null ? null
				: new BudgetedFiring(budget, rule -> rules.locations().problem(null, rule));
		int batches = (candidates.size() + BATCH - 1) / BATCH;
		List<List<Evaluation>> judged = new ArrayList<>(java.util.Collections.nCopies(batches, null));
		java.util.stream.IntStream stream = java.util.stream.IntStream.range(0, batches);
		(batches > 1 ? stream.parallel() : stream).forEach(b -> judged.set(b,
				evaluateBatch(r, candidates.subList(b * BATCH, Math.min(candidates.size(), (b + 1) * BATCH)), firing)));
		List<Evaluation> out = new ArrayList<>(candidates.size());
		judged.forEach(out::addAll);
		return out;
	}

	/** One batch: each person judged, then the per-candidate rules in one session. */
	private List<Evaluation> evaluateBatch(RoleRequirements r, List<CandidateProfile> batch, BudgetedFiring firing) {
		List<Evaluation> judged = new ArrayList<>(batch.size());
		for (CandidateProfile c : batch) {
			judged.add(judge(r, c));
		}
		if (firing != null) {
			adjust(r, batch, judged, firing);
		}
		return judged;
	}

	private Evaluation judge(RoleRequirements role, CandidateProfile c) {
		List<Outcome> outcomes = new ArrayList<>(role.requirements().size());
		Map<String, List<Integer>> levels = levelsByName(c);
		for (ResolvedRequirement req : role.requirements()) {
			outcomes.add(judge(role, req, c, levels));
		}
		BandTable table = rules.bandTable();
		Rescorer.Score s = Scoring.score(outcomes, rules.bands(), table, c.performance(), null);
		ReadinessBand band = bands.get(s.band());
		String bandRule = table != null ? table.rule(s.mustHaveGaps(), s.gaps(), s.largestGap(), c.performance())
				: band == null ? null : band.getRule();
		return new Evaluation(c.id(), role.role(), role.name(), rules.version().id(), s.eligible(), s.score(), s.band(),
				band == null ? "未就绪" : band.getLabelZh(), band == null ? "not ready" : band.getLabelEn(), bandRule,
				s.mustHaveGaps(), s.gaps(), s.largestGap(), outcomes);
	}

	/**
	 * Runs the per-candidate rules over one batch and replaces the results they changed.
	 */
	private void adjust(RoleRequirements role, List<CandidateProfile> batch, List<Evaluation> judged,
			BudgetedFiring firing) {
		CandidateRules perCandidate = rules.candidateRules();
		Rescorer rescorer = new Rescorer() {
			@Override
			public Rescorer.Score rescore(List<RequirementResult> results, String explicitBand, Integer performance) {
				return Scoring.score(results.stream().map(ResultItem::new).toList(), rules.bands(), rules.bandTable(),
						performance, explicitBand);
			}

			@Override
			public boolean isBand(String band) {
				return Scoring.NOT_READY.equals(band) || rules.band(band).isPresent();
			}
		};
		List<Case> cases = new ArrayList<>(batch.size());
		KieSession session = perCandidate.base().newKieSession();
		try {
			for (int i = 0; i < batch.size(); i++) {
				cases.add(open(session, perCandidate, role, batch.get(i), judged.get(i), rescorer));
			}
			firing.fire(session, batch.size(), "candidate(s)");
		}
		finally {
			session.dispose();
		}
		for (int i = 0; i < cases.size(); i++) {
			Case k = cases.get(i);
			if (k.isAdjusted()) {
				judged.set(i, adjusted(judged.get(i), k));
			}
		}
	}

	private Case open(KieSession session, CandidateRules perCandidate, RoleRequirements role, CandidateProfile c,
			Evaluation e, Rescorer rescorer) {
		Case k = new Case(c.id(), role.role(), role.name(), rescorer);
		Map<Integer, RequirementResult> made = new HashMap<>();
		if (perCandidate.uses(RequirementResult.class)) {
			for (int i = 0; i < e.outcomes().size(); i++) {
				if (perCandidate.matchesResult(e.outcomes().get(i).requirement())) {
					RequirementResult r = result(k, e, i);
					made.put(i, r);
					session.insert(r);
				}
			}
		}
		k.setResults(x -> results(x, e, made));
		Assessment a = new Assessment(k, c.performance(), c.potential(),
				new Rescorer.Score(e.eligible(), e.score(), e.mustHaveGaps(), e.gaps(), e.largestGap(), e.band()));
		k.setAssessment(a);
		if (perCandidate.uses(Rating.class)) {
			for (Rating r : ratings(k, role, c, true)) {
				session.insert(r);
			}
		}
		if (perCandidate.uses(Candidate.class)) {
			session.insert(new Candidate(k, c.id(), c.internal(), c.department(), c.currentRole(), c.performance(),
					c.potential(), c.grades(), c.experience(), () -> ratings(k, role, c, false),
					all -> counted(role, all), lookup));
		}
		if (perCandidate.uses(Assessment.class)) {
			session.insert(a);
		}
		return k;
	}

	/** Every outcome as a fact; those already made (and inserted) are reused. */
	private static List<RequirementResult> results(Case k, Evaluation e, Map<Integer, RequirementResult> made) {
		List<RequirementResult> out = new ArrayList<>(e.outcomes().size());
		for (int i = 0; i < e.outcomes().size(); i++) {
			RequirementResult r = made.get(i);
			out.add(r != null ? r : result(k, e, i));
		}
		return out;
	}

	private static RequirementResult result(Case k, Evaluation e, int i) {
		Outcome o = e.outcomes().get(i);
		ResolvedRequirement q = o.requirement();
		return new RequirementResult(k, i, q.kind(), q.written(), q.target(), q.targetName(), q.rule(), q.mustHave(),
				q.weight(), q.group(), q.option(), q.minimumRank(), o.met(), o.gap(), o.actual(), o.actualSource());
	}

	/**
	 * Every level of the candidate that resolves to a competency, evidence as the policy
	 * counts it.
	 */
	private List<Rating> ratings(Case k, RoleRequirements role, CandidateProfile c, boolean onlyRated) {
		List<Rating> out = new ArrayList<>();
		CandidateRules perCandidate = rules.candidateRules();
		for (CandidateProfile.LevelObservation o : c.levels()) {
			if (o.competency() == null
					|| onlyRated && !perCandidate.ratesSource(o.source() == null ? "assessment" : o.source())) {
				continue;
			}
			for (String id : lookup.competencies(o.competency())) {
				Scale scale = scale(id);
				int rank = scale.matcher().rank(o.level());
				String source = o.source() == null ? "assessment" : o.source();
				if (rank > 0 && counts(o, policy(role, id))) {
					out.add(new Rating(k, id, scale.name(), source, o.level(), rank));
				}
			}
		}
		return out;
	}

	/**
	 * By competency, the rating the source policy lets count: first source, highest
	 * level.
	 */
	private Map<String, Rating> counted(RoleRequirements role, List<Rating> ratings) {
		Map<String, List<Rating>> byCompetency = new LinkedHashMap<>();
		ratings.forEach(r -> byCompetency.computeIfAbsent(r.getCompetency(), x -> new ArrayList<>()).add(r));
		Map<String, Rating> out = new HashMap<>();
		byCompetency.forEach((id, rs) -> {
			for (String source : policy(role, id).getPrecedence()) {
				Rating best = null;
				for (Rating r : rs) {
					if (r.getSource().equals(source) && (best == null || r.getRank() > best.getRank())) {
						best = r;
					}
				}
				if (best != null) {
					out.put(id, best);
					return;
				}
			}
		});
		return out;
	}

	private Evaluation adjusted(Evaluation e, Case k) {
		List<Outcome> outcomes = new ArrayList<>(e.outcomes().size());
		for (RequirementResult r : k.getResults()) {
			Outcome o = e.outcomes().get(r.getIndex());
			outcomes.add(new Outcome(o.requirement().with(r.isMustHave(), r.getWeight()), o.met(), o.gap(), o.actual(),
					o.actualSource(), r.getWaiver(), o.excess()));
		}
		Assessment a = k.getAssessment();
		Optional<ReadinessBand> band = Optional.ofNullable(bands.get(a.getBand()));
		List<Adjustment> adjustments = new ArrayList<>();
		for (Adjustment x : k.getAdjustments()) {
			RuleLocations.Location l = rules.locations().find(x.rulePackage(), x.rule());
			adjustments.add(l == null ? x : x.at(l.file(), l.statementWith(x.reason())));
		}
		String bandRule = a.getChangedBy() != null ? a.getChangedBy()
				: rules.bandTable() != null
						? rules.bandTable()
							.rule(a.getMustHaveGaps(), a.getGaps(), a.getLargestGap(), a.getPerformance())
						: band.map(ReadinessBand::getRule).orElse(null);
		return new Evaluation(e.candidateId(), e.role(), e.roleName(), e.ruleVersion(), a.isEligible(), a.getScore(),
				a.getBand(), band.map(ReadinessBand::getLabelZh).orElse("未就绪"),
				band.map(ReadinessBand::getLabelEn).orElse("not ready"), bandRule, a.getMustHaveGaps(), a.getGaps(),
				a.getLargestGap(), outcomes, List.copyOf(adjustments), a.isCalibration(), a.isReview());
	}

	private Outcome judge(RoleRequirements role, ResolvedRequirement req, CandidateProfile c,
			Map<String, List<Integer>> levels) {
		return switch (req.kind()) {
			case LEVEL -> judgeLevel(role, req, c, levels);
			case GRADE -> judgeGrade(req, c);
			case EXPERIENCE -> judgeExperience(req, c);
		};
	}

	/**
	 * The source policy for a competency in a role: the one declared for that competency,
	 * else for the role or the nearest family it inherits, else the global one.
	 */
	SourcePolicy policy(RoleRequirements role, String competencyId) {
		if (rules.policies().isEmpty()) {
			return rules.sources();
		}
		Map<String, SourcePolicy> ofRole = policies.computeIfAbsent(role.role(), k -> new ConcurrentHashMap<>());
		return ofRole.computeIfAbsent(competencyId, k -> {
			for (ScopedPolicy p : rules.policies()) {
				if (p.kind().equals("competency") && p.key().equals(competencyId)) {
					return p.policy();
				}
			}
			List<String> chain = new ArrayList<>();
			chain.add(role.role());
			chain.addAll(role.inherits());
			for (String key : chain) {
				for (ScopedPolicy p : rules.policies()) {
					if (p.kind().equals("role") && p.key().equals(key)) {
						return p.policy();
					}
				}
			}
			return rules.sources();
		});
	}

	/**
	 * The level that counts: of the observations about the competency that the policy
	 * lets count, those of the first source in its precedence; among them the highest.
	 * The candidate's levels are looked up by the names the competency may go by, and
	 * taken in the order the candidate gives them.
	 * @param levels the positions of the candidate's levels by competency name
	 * ({@link #levelsByName})
	 */
	private Outcome judgeLevel(RoleRequirements role, ResolvedRequirement req, CandidateProfile c,
			Map<String, List<Integer>> levels) {
		Matcher m = matchers.get(req);
		SourcePolicy policy = policy(role, req.target());
		Map<String, Integer> order = precedence.computeIfAbsent(policy, Evaluator::order);
		CandidateProfile.LevelObservation chosen = null;
		int chosenRank = 0;
		int chosenSource = Integer.MAX_VALUE;
		for (int at : positions(m, levels)) {
			CandidateProfile.LevelObservation o = c.levels().get(at);
			String s = o.source() == null ? "assessment" : o.source();
			Integer index = order.get(s);
			int source = index == null ? -1 : index;
			if (source < 0 || source > chosenSource || !counts(o, policy)) {
				continue;
			}
			int rank = m.rank(o.level());
			if (rank > 0 && (source < chosenSource || rank > chosenRank)) {
				chosen = o;
				chosenRank = rank;
				chosenSource = source;
			}
		}
		double gap = Math.max(0, req.minimumRank() - chosenRank);
		boolean met = chosen != null && gap == 0;
		String source = chosen == null ? null : chosen.source() == null ? "assessment" : chosen.source();
		return new Outcome(req, met, gap, chosen == null ? null : chosen.level(), source,
				met ? chosenRank - req.minimumRank() : 0);
	}

	/** The positions of a candidate's levels by the competency name each gives. */
	private static Map<String, List<Integer>> levelsByName(CandidateProfile c) {
		Map<String, List<Integer>> out = new HashMap<>();
		for (int i = 0; i < c.levels().size(); i++) {
			String name = c.levels().get(i).competency();
			if (name != null) {
				out.computeIfAbsent(name, k -> new ArrayList<>(4)).add(i);
			}
		}
		return out;
	}

	/** The positions of the levels a matcher's names match, in the candidate's order. */
	private static List<Integer> positions(Matcher m, Map<String, List<Integer>> levels) {
		List<Integer> out = null;
		boolean merged = false;
		for (String name : m.names()) {
			List<Integer> at = levels.get(name);
			if (at == null) {
				continue;
			}
			if (out == null) {
				out = at;
			}
			else {
				if (!merged) {
					out = new ArrayList<>(out);
					merged = true;
				}
				out.addAll(at);
			}
		}
		if (merged) {
			out.sort(null);
		}
		return out == null ? List.of() : out;
	}

	private static Map<String, Integer> order(SourcePolicy policy) {
		Map<String, Integer> order = new HashMap<>();
		for (int i = 0; i < policy.getPrecedence().size(); i++) {
			order.putIfAbsent(policy.getPrecedence().get(i), i);
		}
		return order;
	}

	/**
	 * What a level requirement matches: the names a candidate's level may use for its
	 * competency, and the rank of each level code of its scale.
	 */
	private record Matcher(Set<String> names, Map<String, Integer> ranks) {

		Matcher(ResolvedRequirement req, Competency c) {
			this(names(req, c), ranks(c));
		}

		private static Set<String> names(ResolvedRequirement req, Competency c) {
			Set<String> n = new java.util.HashSet<>();
			n.add(req.target());
			n.add(req.written());
			n.add(req.targetName());
			if (c != null) {
				n.add(c.id());
			}
			n.remove(null);
			return Set.copyOf(n);
		}

		static Map<String, Integer> ranks(Competency c) {
			Map<String, Integer> r = new HashMap<>();
			if (c != null) {
				for (ScaleLevel s : c.scale()) {
					r.putIfAbsent(s.code(), s.rank());
					r.putIfAbsent(s.code().toLowerCase(java.util.Locale.ROOT), s.rank());
					r.putIfAbsent(s.label().zh(), s.rank());
					r.putIfAbsent(String.valueOf(s.label().en()).toLowerCase(java.util.Locale.ROOT), s.rank());
				}
			}
			r.remove(null);
			return Map.copyOf(r);
		}

		int rank(String level) {
			if (level == null) {
				return 0;
			}
			Integer r = ranks.get(level);
			return r != null ? r : ranks.getOrDefault(level.toLowerCase(java.util.Locale.ROOT), 0);
		}

	}

	private static boolean counts(CandidateProfile.LevelObservation o, SourcePolicy policy) {
		if (!"evidence".equals(o.source())) {
			return true;
		}
		return (o.sentences() == null ? 0 : o.sentences()) >= policy.getEvidenceMinSentences()
				&& (o.confidence() == null ? 0 : o.confidence()) >= policy.getEvidenceMinConfidence();
	}

	/**
	 * The rank of a grade as a candidate or a rule writes it, in a scale (0: not of that
	 * scale); remembered for the first {@value #GRADE_RANKS} spellings, as the same few
	 * are written by thousands of people.
	 */
	private int gradeRank(String grade, String scaleId) {
		String key = scaleId + "\u0000" + grade;
		Integer known = gradeRanks.get(key);
		if (known != null) {
			return known;
		}
		int rank = findGradeRank(grade, scaleId);
		if (gradeRanks.size() < GRADE_RANKS) {
			gradeRanks.put(key, rank);
		}
		return rank;
	}

	private static final int GRADE_RANKS = 10_000;

	private final Map<String, Integer> gradeRanks = new ConcurrentHashMap<>();

	private int findGradeRank(String grade, String scaleId) {
		GradeScale scale = catalogue.gradeScale(scaleId).orElse(null);
		if (scale == null) {
			return 0;
		}
		String code = grade.startsWith(scaleId + "/") ? grade.substring(scaleId.length() + 1) : grade;
		return scale.grade(code).or(() -> scale.recognise(code)).map(x -> x.rank()).orElse(0);
	}

	private Outcome judgeGrade(ResolvedRequirement req, CandidateProfile c) {
		int slash = req.target().indexOf('/');
		String scale = slash < 0 ? req.target() : req.target().substring(0, slash);
		int best = 0;
		String held = null;
		for (String g : c.grades()) {
			int rank = gradeRank(g, scale);
			if (rank > best) {
				best = rank;
				held = g;
			}
		}
		double gap = Math.max(0, req.minimumRank() - best);
		boolean met = gap == 0 && held != null;
		return new Outcome(req, met, gap, held, null, met ? best - req.minimumRank() : 0);
	}

	private Outcome judgeExperience(ResolvedRequirement req, CandidateProfile c) {
		double years = 0;
		for (Map.Entry<String, Double> e : c.experience().entrySet()) {
			if (e.getKey().equalsIgnoreCase(req.target()) || e.getKey().equals(req.written())) {
				years = Math.max(years, e.getValue() == null ? 0 : e.getValue());
			}
		}
		double gap = Math.max(0, req.minimumRank() - years);
		return new Outcome(req, gap == 0, gap, String.valueOf(years), null, gap == 0 ? years - req.minimumRank() : 0);
	}

	/** A requirement result as scoring reads it. */
	private record ResultItem(RequirementResult r) implements Scoring.Item {

		@Override
		public Requirement.Kind kind() {
			return r.getKind();
		}

		@Override
		public boolean satisfied() {
			return r.isSatisfied();
		}

		@Override
		public double gap() {
			return r.getGap();
		}

		@Override
		public boolean mustHave() {
			return r.isMustHave();
		}

		@Override
		public double weight() {
			return r.getWeight();
		}

		@Override
		public String group() {
			return r.getGroup();
		}

		@Override
		public int option() {
			return r.getOption();
		}

		@Override
		public double minimumRank() {
			return r.getMinimumRank();
		}

	}

	/** The catalogue as per-candidate conditions read it; cached, thread-safe. */
	private final class CatalogueLookup implements Lookup {

		private final Map<String, Set<String>> ids = new ConcurrentHashMap<>();

		@Override
		public Set<String> competencies(String name) {
			return ids.computeIfAbsent(name, n -> RuleSetBuilder.competencyIds(catalogue, n));
		}

		@Override
		public int rank(String competency, String level) {
			return scale(competency).matcher().rank(level);
		}

		@Override
		public boolean holds(List<String> held, String grade) {
			for (GradeScale s : catalogue.sortedGradeScales()) {
				int min = gradeRank(grade, s.id());
				if (min == 0) {
					continue;
				}
				for (String g : held) {
					if (gradeRank(g, s.id()) >= min) {
						return true;
					}
				}
			}
			return false;
		}

		@Override
		public boolean isRole(String roleId, String nameOrId) {
			if (roleId.equals(nameOrId)) {
				return true;
			}
			for (CompetencyModel m : catalogue.sortedModels()) {
				for (RoleProfile r : m.roles()) {
					if (r.id().equals(roleId) && (nameOrId.equals(r.name().zh())
							|| nameOrId.equalsIgnoreCase(String.valueOf(r.name().en())))) {
						return true;
					}
				}
			}
			return false;
		}

	}

}
