package com.talentmatch.rules;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

import com.talentmatch.catalogue.Catalogue;
import com.talentmatch.catalogue.Competency;
import com.talentmatch.catalogue.CompetencyModel;
import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.Grade;
import com.talentmatch.catalogue.GradeScale;
import com.talentmatch.catalogue.Hashes;
import com.talentmatch.catalogue.InvalidDataException;
import com.talentmatch.catalogue.RoleProfile;
import com.talentmatch.catalogue.ScaleLevel;
import com.talentmatch.rules.facts.Inherits;
import com.talentmatch.rules.facts.ReadinessBand;
import com.talentmatch.rules.facts.Requirement;
import com.talentmatch.rules.facts.SourcePolicy;

/**
 * Builds a {@link RuleSet} from rule files: turns them into DRL ({@link DrlSources}),
 * refuses protected attributes and anything the safety check ({@link RuleSafety})
 * refuses, compiles what was checked, fires the declarations once within a
 * {@link RuleBudget}, and resolves every role, competency, level and grade against the
 * catalogue. Every problem is reported with its file and line; any problem refuses the
 * whole set.
 */
final class RuleSetBuilder {

	static final List<String> SOURCES = List.of("assessment", "manager", "360", "self", "evidence");

	static final SourcePolicy DEFAULT_SOURCES = new SourcePolicy("(default)", SOURCES, 2, 0.3);

	private RuleSetBuilder() {
	}

	static RuleSet build(List<RuleFile> files, Catalogue catalogue, String author) {
		return build(files, catalogue, author, RuleBudget.DEFAULT);
	}

	/**
	 * Builds a rule set; the declarations fire within {@code budget}.
	 */
	static RuleSet build(List<RuleFile> files, Catalogue catalogue, String author, RuleBudget budget) {
		return build(files, catalogue, author, budget, true);
	}

	/**
	 * Builds a rule set; {@code safetyCheck} false skips {@link RuleSafety}, for the
	 * benchmark that measures what the check costs, never for rules that will run.
	 */
	static RuleSet build(List<RuleFile> files, Catalogue catalogue, String author, RuleBudget budget,
			boolean safetyCheck) {
		Timings timings = new Timings();
		List<RuleFile> sources = files.stream().filter(RuleFile::isRuleSource).toList();
		Checked checked = check(sources, safetyCheck, timings);
		List<DataProblem> problems = new ArrayList<>(checked.problems());
		if (!problems.isEmpty()) {
			throw new InvalidDataException(problems);
		}
		RuleLocations locations = RuleLocations.of(sources);
		List<Object> declared = new ArrayList<>();
		List<ParsedDrl> declaring = interpret(split(checked.sources(), false), declared);
		List<ParsedDrl> perCandidate = split(checked.sources(), true);
		timings.lap("read declarations");
		KieBase base = RuleCompiler.compile(declaring);
		KieBase candidateBase = perCandidate.isEmpty() ? null : RuleCompiler.compile(perCandidate);
		timings.lap("compile");
		List<com.talentmatch.rules.facts.BandCase> points = BandTable.used(declaring) ? BandTable.points() : List.of();
		if (!declaring.isEmpty()) {
			declared.addAll(declarations(base, budget, rule -> locations.problem(null, rule), declared, points));
		}
		timings.lap("declare");
		Declarations d = new Declarations(catalogue, locations, problems);
		declared.forEach(d::add);
		Map<String, RoleRequirements> roles = d.resolve();
		List<ReadinessBand> bands = d.bands();
		SourcePolicy policy = d.sources();
		List<ScopedPolicy> scoped = d.scopedSources(roles);
		RankingPolicy ranking = d.ranking();
		List<RoleLadder> ladders = d.ladders(roles);
		Set<String> bandCodes = new java.util.LinkedHashSet<>();
		bands.forEach(b -> bandCodes.add(b.getCode()));
		BandTable table = points.isEmpty() ? null : BandTable.of(points, bandCodes, locations, problems);
		CandidateRules candidateRules = CandidateRules.NONE;
		if (candidateBase != null) {
			Set<String> codes = new java.util.LinkedHashSet<>();
			bands.forEach(b -> codes.add(b.getCode()));
			CandidateRuleCheck check = new CandidateRuleCheck(catalogue, roles, codes,
					n -> d.profile(n).isPresent() || roles.containsKey(n), problems);
			Set<Class<?>> facts = new java.util.LinkedHashSet<>();
			int count = 0;
			List<org.drools.drl.ast.descr.RuleDescr> all = new ArrayList<>();
			for (ParsedDrl p : perCandidate) {
				all.addAll(p.descr().getRules());
				for (org.drools.drl.ast.descr.RuleDescr r : p.descr().getRules()) {
					check.check(r, locations.find(p.descr().getName(), r.getName()));
					facts.addAll(CandidateRuleCheck.factTypes(r));
					count += r.isQuery() ? 0 : 1;
				}
			}
			Set<String> rated = CandidateRuleCheck.ratingSources(all);
			Set<String> named = CandidateRuleCheck.requirementNames(all);
			candidateRules = new CandidateRules(candidateBase, Set.copyOf(facts), count,
					rated == null ? null : Set.copyOf(rated), named == null ? null : Set.copyOf(named));
		}
		if (!problems.isEmpty()) {
			throw new InvalidDataException(problems);
		}
		timings.lap("resolve");
		Map<String, RuleFile> byPath = new LinkedHashMap<>();
		files.stream().sorted(Comparator.comparing(RuleFile::path)).forEach(f -> byPath.put(f.path(), f));
		String hash = hash(byPath);
		RuleVersion version = new RuleVersion(hash.substring(0, 12), hash, Instant.now(), author, byPath.size());
		return new RuleSet(version, Map.copyOf(byPath), base, roles, bands, policy, budget, candidateRules,
				List.copyOf(scoped), locations, timings.done(), table, ranking, ladders);
	}

	/**
	 * The declarations (rules without a condition: {@code perCandidate} false) or the
	 * per-candidate rules (with one) of each package, as packages of their own; packages
	 * left empty are dropped.
	 */
	private static List<ParsedDrl> split(List<ParsedDrl> parsed, boolean perCandidate) {
		List<ParsedDrl> out = new ArrayList<>();
		for (ParsedDrl p : parsed) {
			org.drools.drl.ast.descr.PackageDescr from = p.descr();
			org.drools.drl.ast.descr.PackageDescr to = copyHeader(from);
			for (org.drools.drl.ast.descr.RuleDescr r : from.getRules()) {
				if (CandidateRuleCheck.perCandidate(r) == perCandidate) {
					to.addRule(r);
				}
			}
			if (!to.getRules().isEmpty()) {
				out.add(new ParsedDrl(p.source(), to));
			}
		}
		return out;
	}

	/**
	 * A package with the imports, functions and attributes of {@code from} and no rule.
	 */
	private static org.drools.drl.ast.descr.PackageDescr copyHeader(org.drools.drl.ast.descr.PackageDescr from) {
		org.drools.drl.ast.descr.PackageDescr to = new org.drools.drl.ast.descr.PackageDescr(from.getName());
		to.setResource(from.getResource());
		to.addAllImports(from.getImports());
		from.getFunctionImports().forEach(to::addFunctionImport);
		from.getAccumulateImports().forEach(to::addAccumulateImport);
		from.getAttributes().forEach(to::addAttribute);
		from.getFunctions().forEach(to::addFunction);
		return to;
	}

	/**
	 * Reads the declarations that are data ({@link DeclarationInterpreter}) into
	 * {@code declared}; returns the packages of the rules left to compile.
	 */
	private static List<ParsedDrl> interpret(List<ParsedDrl> declaring, List<Object> declared) {
		List<ParsedDrl> out = new ArrayList<>();
		for (ParsedDrl p : declaring) {
			org.drools.drl.ast.descr.PackageDescr from = p.descr();
			List<org.drools.drl.ast.descr.RuleDescr> compiled = new ArrayList<>();
			for (org.drools.drl.ast.descr.RuleDescr r : from.getRules()) {
				DeclarationInterpreter.interpret(from.getName(), r)
					.ifPresentOrElse(declared::addAll, () -> compiled.add(r));
			}
			if (compiled.size() == from.getRules().size()) {
				out.add(p);
			}
			else if (!compiled.isEmpty()) {
				org.drools.drl.ast.descr.PackageDescr to = copyHeader(from);
				compiled.forEach(to::addRule);
				out.add(new ParsedDrl(p.source(), to));
			}
		}
		return out;
	}

	/** The {@code model/competency} ids a competency name, alias or id stands for. */
	static Set<String> competencyIds(Catalogue catalogue, String name) {
		Set<String> out = new java.util.LinkedHashSet<>();
		if (name.contains("/")) {
			catalogue.competency(name).ifPresent(c -> out.add(name));
			return out;
		}
		for (CompetencyModel m : catalogue.sortedModels()) {
			for (Competency c : m.competencies()) {
				if (Declarations.named(c, name)) {
					out.add(m.id() + "/" + c.id());
				}
			}
		}
		return out;
	}

	static String hash(Map<String, RuleFile> files) {
		StringBuilder sb = new StringBuilder();
		files.values()
			.stream()
			.sorted(Comparator.comparing(RuleFile::path))
			.forEach(f -> sb.append(f.path()).append('\u0000').append(Hashes.sha256(f.content())).append('\n'));
		return Hashes.sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The DRL the rule sources become, parsed, and every problem found before compiling:
	 * protected attributes, files that cannot be converted or parsed, and the safety
	 * check.
	 *
	 * @param sources what will be compiled
	 * @param problems what refuses the set
	 */
	record Checked(List<ParsedDrl> sources, List<DataProblem> problems) {
	}

	/** Checks rule files without compiling them. */
	static Checked check(List<RuleFile> files) {
		return check(files, true, new Timings());
	}

	private static Checked check(List<RuleFile> files, boolean safetyCheck, Timings timings) {
		List<RuleFile> sources = files.stream().filter(RuleFile::isRuleSource).toList();
		List<DataProblem> problems = new ArrayList<>();
		sources.forEach(f -> problems.addAll(ProtectedAttributes.check(f)));
		if (sources.isEmpty()) {
			problems.add(new DataProblem("rules", 0, null,
					"no rule files (*.drl, *.dslr with *.dsl, *.drl.csv, *.drl.xlsx)"));
		}
		timings.lap("protected attributes");
		DrlSources.Converted converted = DrlSources.convert(sources);
		problems.addAll(converted.problems());
		timings.lap("convert");
		List<ParsedDrl> parsed = ParsedDrl.parse(converted.sources(), problems);
		timings.lap("parse");
		if (safetyCheck) {
			problems.addAll(RuleSafety.check(parsed));
		}
		timings.lap("safety check");
		return new Checked(parsed, problems);
	}

	/**
	 * Fires the compiled declaration rules once in a session holding the declarations
	 * already read as data ({@code read}), within {@code budget}, and returns what they
	 * inserted.
	 */
	private static List<Object> declarations(KieBase base, RuleBudget budget,
			java.util.function.Function<String, DataProblem> locate, List<Object> read,
			List<com.talentmatch.rules.facts.BandCase> points) {
		int rules = base.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
		KieSession session = base.newKieSession();
		try {
			read.forEach(session::insert);
			points.forEach(session::insert);
			new BudgetedFiring(budget, locate).fire(session, rules + points.size(), "declaring rule(s) and points");
			java.util.Set<Object> known = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
			known.addAll(read);
			known.addAll(points);
			return session.getObjects().stream().filter(o -> !known.contains(o)).map(o -> (Object) o).toList();
		}
		finally {
			session.dispose();
		}
	}

	/** How long each step of a build took, in milliseconds, in order. */
	static final class Timings {

		private final Map<String, Long> laps = new LinkedHashMap<>();

		private long last = System.nanoTime();

		void lap(String step) {
			long now = System.nanoTime();
			laps.merge(step, (now - last) / 1_000_000, Long::sum);
			last = now;
		}

		Map<String, Long> done() {
			return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(laps));
		}

	}

	/** Collects and resolves what the rules declared. */
	private static final class Declarations {

		private final Catalogue catalogue;

		private final RuleLocations locations;

		private final List<DataProblem> problems;

		private final List<Requirement> requirements = new ArrayList<>();

		private final List<Inherits> inherits = new ArrayList<>();

		private final List<com.talentmatch.rules.facts.RoleDefinition> definitions = new ArrayList<>();

		private final List<ReadinessBand> bands = new ArrayList<>();

		private final List<SourcePolicy> policies = new ArrayList<>();

		private final List<com.talentmatch.rules.facts.RankingOrder> orders = new ArrayList<>();

		private final List<com.talentmatch.rules.facts.Ladder> ladders = new ArrayList<>();

		/** Keys of families: names that roles inherit and that are no role profile. */
		private final Set<String> familyKeys = new HashSet<>();

		Declarations(Catalogue catalogue, RuleLocations locations, List<DataProblem> problems) {
			this.catalogue = catalogue;
			this.locations = locations;
			this.problems = problems;
		}

		void add(Object o) {
			if (o instanceof Requirement r) {
				requirements.add(r);
			}
			else if (o instanceof Inherits i) {
				inherits.add(i);
			}
			else if (o instanceof com.talentmatch.rules.facts.RoleDefinition r) {
				definitions.add(r);
			}
			else if (o instanceof ReadinessBand b) {
				bands.add(b);
			}
			else if (o instanceof SourcePolicy p) {
				policies.add(p);
			}
			else if (o instanceof com.talentmatch.rules.facts.RankingOrder r) {
				orders.add(r);
			}
			else if (o instanceof com.talentmatch.rules.facts.Ladder l) {
				ladders.add(l);
			}
		}

		String file(String rule) {
			RuleLocations.Location l = locations.find(null, rule);
			return l == null ? "rules" : l.file();
		}

		int line(String rule) {
			RuleLocations.Location l = locations.find(null, rule);
			return l == null ? 0 : l.line();
		}

		/** The line of the sentence (or table row) that declared {@code r}. */
		int line(Requirement r) {
			RuleLocations.Location l = locations.find(r.getRulePackage(), r.getRule());
			return l == null ? 0 : l.statement(r.getStatement());
		}

		String file(Requirement r) {
			RuleLocations.Location l = locations.find(r.getRulePackage(), r.getRule());
			return l == null ? "rules" : l.file();
		}

		void problem(String rule, String message) {
			problems.add(new DataProblem(file(rule), line(rule), "rule \"" + rule + "\"", message));
		}

		void problem(Requirement r, String message) {
			problems.add(new DataProblem(file(r), line(r), "rule \"" + r.getRule() + "\"", message));
		}

		/**
		 * Role key for a name: the catalogue role profile id, or the name itself for a
		 * declared family.
		 */
		Optional<RoleProfile> profile(String name) {
			for (CompetencyModel m : catalogue.sortedModels()) {
				for (RoleProfile r : m.roles()) {
					if (r.id().equals(name) || name.equals(r.name().zh())
							|| name.equalsIgnoreCase(String.valueOf(r.name().en()))) {
						return Optional.of(r);
					}
				}
			}
			return Optional.empty();
		}

		Map<String, RoleRequirements> resolve() {
			Set<String> families = new HashSet<>();
			inherits.forEach(i -> families.add(i.getParent()));
			Map<String, String> keyOf = new HashMap<>();
			Map<String, String> nameOf = new HashMap<>();
			Set<String> names = new HashSet<>();
			requirements.forEach(r -> names.add(r.getRole()));
			inherits.forEach(i -> {
				names.add(i.getChild());
				names.add(i.getParent());
			});
			for (String n : names) {
				Optional<RoleProfile> p = profile(n);
				if (p.isPresent()) {
					keyOf.put(n, p.get().id());
					nameOf.put(p.get().id(), p.get().name().any());
				}
				else if (families.contains(n)) {
					keyOf.put(n, n);
					nameOf.put(n, n);
					familyKeys.add(n);
				}
			}
			Map<String, String> defined = new HashMap<>();
			for (com.talentmatch.rules.facts.RoleDefinition r : definitions) {
				Optional<RoleProfile> existing = profile(r.getId());
				if (existing.isPresent()) {
					problem(r.getRule(), "role '" + r.getId() + "' is a role profile of the catalogue already; name it "
							+ "instead of defining it");
					continue;
				}
				String before = defined.putIfAbsent(r.getId(), r.getRule());
				if (before != null) {
					problem(r.getRule(), "role '" + r.getId() + "' is defined twice (also in rule \"" + before
							+ "\" at " + file(before) + ":" + line(before) + ")");
					continue;
				}
				for (String n : List.of(r.getId(), r.getNameZh(), r.getNameEn())) {
					keyOf.put(n, r.getId());
				}
				nameOf.put(r.getId(), r.getNameZh().isEmpty() ? r.getNameEn() : r.getNameZh());
			}
			for (Requirement r : requirements) {
				if (!keyOf.containsKey(r.getRole())) {
					problem(r, "unknown role '" + r.getRole() + "': not a role profile of the catalogue "
							+ "(GET /api/roles) and not a family that some role inherits");
				}
			}
			for (Inherits i : inherits) {
				if (!keyOf.containsKey(i.getChild())) {
					problem(i.getRule(), "unknown role '" + i.getChild() + "'");
				}
			}
			Map<String, List<ResolvedRequirement>> own = new LinkedHashMap<>();
			for (Requirement r : requirements) {
				String key = keyOf.get(r.getRole());
				if (key != null) {
					ResolvedRequirement resolved = resolve(r, profile(r.getRole()).orElse(null));
					if (resolved != null) {
						own.computeIfAbsent(key, k -> new ArrayList<>()).add(resolved);
					}
				}
			}
			own.values()
				.forEach(list -> list.sort(Comparator.comparing(ResolvedRequirement::file)
					.thenComparingInt(ResolvedRequirement::line)
					.thenComparing(ResolvedRequirement::option)));
			own.values().forEach(this::duplicates);
			Map<String, List<String>> parents = new LinkedHashMap<>();
			for (Inherits i : inherits) {
				String child = keyOf.get(i.getChild());
				String parent = keyOf.get(i.getParent());
				if (child != null && parent != null) {
					parents.computeIfAbsent(child, k -> new ArrayList<>()).add(parent);
				}
			}
			Map<String, RoleRequirements> roles = new LinkedHashMap<>();
			Set<String> keys = new HashSet<>(own.keySet());
			keys.addAll(parents.keySet());
			for (String key : keys.stream().sorted().toList()) {
				List<ResolvedRequirement> all = new ArrayList<>();
				List<String> chain = new ArrayList<>();
				collect(key, own, parents, all, chain, new HashSet<>());
				roles.put(key,
						new RoleRequirements(key, nameOf.getOrDefault(key, key), chain, all, familyKeys.contains(key)));
			}
			return roles;
		}

		/**
		 * Refuses the same requirement declared twice for one role (the same target, in
		 * the same alternative option), naming both places.
		 */
		private void duplicates(List<ResolvedRequirement> list) {
			Map<String, ResolvedRequirement> seen = new HashMap<>();
			for (ResolvedRequirement r : list) {
				String key = r.target() + "\u0000" + r.group() + "\u0000" + (r.group() == null ? 0 : r.option());
				ResolvedRequirement before = seen.putIfAbsent(key, r);
				if (before != null) {
					problems.add(new DataProblem(r.file(), r.line(), "rule \"" + r.rule() + "\"",
							"role " + r.role() + " already requires " + r.target() + " (rule \"" + before.rule()
									+ "\" at " + before.file() + ":" + before.line()
									+ "); declare each requirement of a role once"));
				}
			}
		}

		private void collect(String key, Map<String, List<ResolvedRequirement>> own, Map<String, List<String>> parents,
				List<ResolvedRequirement> all, List<String> chain, Set<String> seen) {
			if (!seen.add(key)) {
				return;
			}
			all.addAll(own.getOrDefault(key, List.of()));
			for (String parent : parents.getOrDefault(key, List.of())) {
				chain.add(parent);
				collect(parent, own, parents, all, chain, seen);
			}
		}

		private ResolvedRequirement resolve(Requirement r, RoleProfile profile) {
			return switch (r.getKind()) {
				case LEVEL -> resolveLevel(r, profile);
				case GRADE -> resolveGrade(r);
				case EXPERIENCE -> resolveExperience(r);
			};
		}

		private ResolvedRequirement resolveLevel(Requirement r, RoleProfile profile) {
			List<String[]> found = findCompetency(r.getTarget(), profile);
			if (found.isEmpty()) {
				problem(r, "unknown competency '" + r.getTarget() + "'" + (profile == null ? ""
						: " (not among the competencies of role " + profile.id() + " nor any model)"));
				return null;
			}
			if (found.size() > 1) {
				problem(r, "competency '" + r.getTarget() + "' is ambiguous; write one of "
						+ found.stream().map(f -> f[0] + "/" + f[1]).toList());
				return null;
			}
			Competency c = catalogue.requireCompetency(found.get(0)[0], found.get(0)[1]);
			String min = r.getMinimum();
			Optional<ScaleLevel> level = c.scale()
				.stream()
				.filter(s -> s.code().equalsIgnoreCase(min) || min.equals(s.label().zh())
						|| min.equalsIgnoreCase(String.valueOf(s.label().en())))
				.findFirst();
			if (level.isEmpty()) {
				problem(r, "competency " + found.get(0)[0] + "/" + c.id() + " has no level '" + min + "'; its scale is "
						+ c.scale().stream().map(ScaleLevel::code).toList());
				return null;
			}
			return resolved(r, found.get(0)[0] + "/" + c.id(), c.name().any(), level.get().code(), level.get().rank());
		}

		/**
		 * Matches [model, competency] pairs: the role's own competencies first, then
		 * every model.
		 */
		private List<String[]> findCompetency(String target, RoleProfile profile) {
			if (target.contains("/")) {
				return catalogue.competency(target).isPresent() ? List.<String[]>of(target.split("/", 2)) : List.of();
			}
			List<String[]> inRole = new ArrayList<>();
			if (profile != null) {
				for (String ref : profile.competencies()) {
					catalogue.competency(ref)
						.filter(c -> named(c, target))
						.ifPresent(c -> inRole.add(ref.split("/", 2)));
				}
				if (!inRole.isEmpty()) {
					return inRole;
				}
			}
			List<String[]> everywhere = new ArrayList<>();
			for (CompetencyModel m : catalogue.sortedModels()) {
				for (Competency c : m.competencies()) {
					if (named(c, target)) {
						everywhere.add(new String[] { m.id(), c.id() });
					}
				}
			}
			return everywhere;
		}

		static boolean named(Competency c, String target) {
			return c.id().equals(target) || target.equals(c.name().zh())
					|| target.equalsIgnoreCase(String.valueOf(c.name().en())) || c.aliases().contains(target);
		}

		private ResolvedRequirement resolveGrade(Requirement r) {
			String target = r.getTarget();
			for (GradeScale s : catalogue.sortedGradeScales()) {
				String code = target.contains("/") && target.startsWith(s.id() + "/")
						? target.substring(s.id().length() + 1) : target;
				Optional<Grade> g = s.grade(code).or(() -> s.recognise(code));
				if (g.isPresent()) {
					return resolved(r, s.id() + "/" + g.get().code(), g.get().code(), g.get().code(), g.get().rank());
				}
			}
			problem(r,
					"unknown grade '" + target + "'; grade scales: "
							+ catalogue.sortedGradeScales()
								.stream()
								.map(s -> s.id() + " " + s.grades().stream().map(Grade::code).toList())
								.toList());
			return null;
		}

		private ResolvedRequirement resolveExperience(Requirement r) {
			try {
				double years = Double.parseDouble(r.getMinimum());
				return resolved(r, r.getTarget().toLowerCase(Locale.ROOT), r.getTarget(), r.getMinimum(), years);
			}
			catch (NumberFormatException e) {
				problem(r, "years '" + r.getMinimum() + "' is not a number");
				return null;
			}
		}

		private ResolvedRequirement resolved(Requirement r, String target, String name, String minimum, double rank) {
			return new ResolvedRequirement(r.getKind(), r.getTarget(), target, name, minimum, rank, r.isMustHave(),
					r.getWeight(), r.getGroup(), r.getOption(), r.isDefault(), r.getRole(), r.getRule(), file(r),
					line(r));
		}

		List<ReadinessBand> bands() {
			if (bands.isEmpty()) {
				problems
					.add(new DataProblem("rules", 0, null, "no readiness bands are declared (准备度 … / readiness …)"));
			}
			Set<Integer> orders = new HashSet<>();
			for (ReadinessBand b : bands) {
				if (!orders.add(b.getOrder())) {
					problem(b.getRule(), "two readiness bands have order " + b.getOrder());
				}
			}
			return bands.stream().sorted(Comparator.comparingInt(ReadinessBand::getOrder)).toList();
		}

		SourcePolicy sources() {
			List<SourcePolicy> global = policies.stream().filter(p -> p.getScope() == null).toList();
			if (global.size() > 1) {
				problem(global.get(1).getRule(),
						"the source policy is declared twice (also in rule \"" + global.get(0).getRule() + "\")");
			}
			policies.forEach(this::checkSources);
			return global.isEmpty() ? DEFAULT_SOURCES : global.get(0);
		}

		/**
		 * The declared ranking order (one at most; every criterion named once, known, a
		 * cap of 0–5), else the default.
		 */
		RankingPolicy ranking() {
			if (orders.isEmpty()) {
				return RankingPolicy.DEFAULT;
			}
			com.talentmatch.rules.facts.RankingOrder o = orders.get(0);
			if (orders.size() > 1) {
				problem(orders.get(1).getRule(),
						"the ranking order is declared twice (also in rule \"" + o.getRule() + "\")");
			}
			List<RankingPolicy.Criterion> criteria = new ArrayList<>();
			for (String name : o.getCriteria()) {
				Optional<RankingPolicy.Criterion> c = RankingPolicy.Criterion.named(name);
				if (c.isEmpty()) {
					problem(o.getRule(),
							"unknown ranking criterion '" + name + "'; criteria are "
									+ java.util.Arrays.stream(RankingPolicy.Criterion.values())
										.map(x -> x.zh() + " (" + x.en() + ")")
										.toList());
				}
				else if (criteria.contains(c.get())) {
					problem(o.getRule(), "ranking criterion '" + name + "' is named twice");
				}
				else {
					criteria.add(c.get());
				}
			}
			if (o.getCap() < 0 || o.getCap() > 5) {
				problem(o.getRule(), "the credit for exceeding a minimum must be 0 to 5 levels, not " + o.getCap());
			}
			return new RankingPolicy(List.copyOf(criteria), o.getCap(), o.getRule(), file(o.getRule()),
					line(o.getRule()));
		}

		/**
		 * The declared ladders with role keys: every role known, on one ladder only, no
		 * empty step, two steps at least.
		 */
		List<RoleLadder> ladders(Map<String, RoleRequirements> roles) {
			List<RoleLadder> out = new ArrayList<>();
			Map<String, String> ladderOf = new HashMap<>();
			for (com.talentmatch.rules.facts.Ladder l : ladders) {
				List<List<String>> steps = new ArrayList<>();
				boolean ok = l.getSteps().size() >= 2;
				if (!ok) {
					problem(l.getRule(), "ladder '" + l.getName() + "' needs two steps at least, separated by '<'");
				}
				for (List<String> step : l.getSteps()) {
					if (step.isEmpty()) {
						problem(l.getRule(), "ladder '" + l.getName() + "' has an empty step");
						ok = false;
						continue;
					}
					List<String> keys = new ArrayList<>();
					for (String name : step) {
						String key = roles.containsKey(name) ? name
								: roles.values()
									.stream()
									.filter(r -> r.name().equals(name))
									.map(RoleRequirements::role)
									.findFirst()
									.orElse(profile(name).map(RoleProfile::id).orElse(null));
						if (key == null || !roles.containsKey(key) || roles.get(key).family()) {
							problem(l.getRule(), "ladder '" + l.getName() + "': '" + name
									+ "' is not a role with requirements; roles: " + roles.keySet());
							ok = false;
							continue;
						}
						String before = ladderOf.putIfAbsent(key, l.getName());
						if (before != null) {
							problem(l.getRule(), "role '" + name + "' is on two ladders ('" + before + "' and '"
									+ l.getName() + "')");
							ok = false;
						}
						keys.add(key);
					}
					steps.add(List.copyOf(keys));
				}
				if (ok) {
					out.add(new RoleLadder(l.getName(), List.copyOf(steps), l.getRule(), file(l.getRule()),
							line(l.getRule())));
				}
			}
			return List.copyOf(out);
		}

		private void checkSources(SourcePolicy p) {
			for (String s : p.getPrecedence()) {
				if (!SOURCES.contains(s)) {
					problem(p.getRule(), "unknown source '" + s + "'; sources are " + SOURCES);
				}
			}
			if (p.getEvidenceMinSentences() < 0 || p.getEvidenceMinConfidence() < 0
					|| p.getEvidenceMinConfidence() > 1) {
				problem(p.getRule(), "evidence needs a sentence count of 0 or more and a confidence from 0 to 1");
			}
		}

		/**
		 * The policies for one family, role or competency: the scope must name a role or
		 * family with requirements, or exactly one competency; one policy per scope.
		 */
		List<ScopedPolicy> scopedSources(Map<String, RoleRequirements> roles) {
			Map<String, SourcePolicy> seen = new HashMap<>();
			List<ScopedPolicy> out = new ArrayList<>();
			for (SourcePolicy p : policies) {
				if (p.getScope() == null) {
					continue;
				}
				String scope = p.getScope();
				ScopedPolicy resolved = null;
				String roleKey = roles.containsKey(scope) ? scope : profile(scope).map(RoleProfile::id).orElse(null);
				if (roleKey != null && roles.containsKey(roleKey)) {
					resolved = new ScopedPolicy("role", roleKey, p);
				}
				else {
					Set<String> ids = competencyIds(catalogue, scope);
					if (ids.size() == 1) {
						resolved = new ScopedPolicy("competency", ids.iterator().next(), p);
					}
					else if (ids.size() > 1) {
						problem(p.getRule(), "competency '" + scope + "' is ambiguous; write one of " + ids);
						continue;
					}
				}
				if (resolved == null) {
					problem(p.getRule(), "the source policy is for '" + scope
							+ "', which is neither a role or family with requirements nor a competency");
					continue;
				}
				SourcePolicy before = seen.put(resolved.kind() + ":" + resolved.key(), p);
				if (before != null) {
					problem(p.getRule(),
							"a source policy for '" + scope + "' is declared twice (also in rule \"" + before.getRule()
									+ "\" at " + file(before.getRule()) + ":" + line(before.getRule()) + ")");
					continue;
				}
				out.add(resolved);
			}
			return out;
		}

	}

}
