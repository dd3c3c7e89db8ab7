package com.talentmatch.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.talentmatch.catalogue.Catalogue;
import com.talentmatch.catalogue.NotFoundException;

/**
 * Runs the scenario files ({@code *.scenarios.yaml}) of a rule set: given a candidate's
 * facts, the expected outcome per requirement and the readiness. Format in
 * {@code rules/README.md}. Files are read strictly ({@link ScenarioReader}): an unknown
 * key, a scenario that expects nothing, an unknown competency, level, source or grade
 * fail with their line, as does every expectation the evaluation does not meet. Each
 * failure is logged at debug level (a reload that fails logs them as a warning; the
 * editor's checks as one types do not).
 */
public final class Scenarios {

	private static final Logger log = LoggerFactory.getLogger(Scenarios.class);

	/**
	 * One scenario's result.
	 *
	 * @param file scenario file ({@code rules/…})
	 * @param line the line the scenario starts on (0 for the file as a whole)
	 * @param name scenario name ({@code (file)} for problems of the file as a whole)
	 * @param role role evaluated, or {@code null}
	 * @param failures what was wrong or differed from the expectation (empty when it
	 * passed)
	 */
	public record Result(String file, int line, String name, String role, List<Failure> failures) {

		public Result {
			failures = List.copyOf(failures);
		}

		public boolean passed() {
			return failures.isEmpty();
		}

		/**
		 * Each failure as one line:
		 * {@code rules/x.scenarios.yaml:14 (scenario "a", expect.band): band: expected ready-now, got ready-1-2y}.
		 */
		public List<String> describe() {
			return failures.stream()
				.map(f -> file + (f.line() > 0 ? ":" + f.line() : "") + " (scenario \"" + name + "\""
						+ (f.field() == null ? "" : ", " + f.field()) + "): " + f.message())
				.toList();
		}
	}

	/**
	 * One thing wrong with a scenario.
	 *
	 * @param line its line in the scenario file, or 0
	 * @param field where in the scenario ({@code expect.band},
	 * {@code candidate.levels.沟通能力}), or {@code null}
	 * @param expected what the scenario expected, for a mismatch; otherwise {@code null}
	 * @param actual what the evaluation gave, for a mismatch; otherwise {@code null}
	 * @param message the whole explanation
	 */
	public record Failure(int line, String field, String expected, String actual, String message) {
	}

	private Scenarios() {
	}

	public static List<Result> run(RuleSet rules, Catalogue catalogue) {
		Evaluator evaluator = new Evaluator(rules, catalogue);
		List<Result> results = new ArrayList<>();
		for (RuleFile f : rules.files().values()) {
			if (f.type() == RuleFile.Type.SCENARIOS) {
				results.addAll(run(f, evaluator, catalogue));
			}
		}
		results.stream().filter(r -> !r.passed()).flatMap(r -> r.describe().stream()).forEach(log::debug);
		return results;
	}

	static List<Result> run(RuleFile file, Evaluator evaluator, Catalogue catalogue) {
		String name = "rules/" + file.path();
		ScenarioReader.Parsed parsed = ScenarioReader.read(file.text());
		List<Result> out = new ArrayList<>();
		if (!parsed.failures().isEmpty()) {
			out.add(new Result(name, 0, "(file)", null, parsed.failures()));
		}
		for (ScenarioReader.Spec s : parsed.scenarios()) {
			out.add(new Result(name, s.line(), s.name(), s.role(), run(s, evaluator, catalogue)));
		}
		return out;
	}

	private static List<Failure> run(ScenarioReader.Spec s, Evaluator evaluator, Catalogue catalogue) {
		List<Failure> failures = new ArrayList<>(s.failures());
		if (s.role() == null) {
			return failures;
		}
		Optional<RoleRequirements> role = evaluator.rules().role(s.role());
		if (role.isEmpty()) {
			failures.add(new Failure(s.roleLine(), "role", null, null, "unknown role '" + s.role()
					+ "': the rules declare requirements for " + evaluator.rules().roles().keySet()));
			return failures;
		}
		CandidateProfile candidate = ScenarioFacts.profile(s, role.get(), catalogue, failures);
		if (!failures.isEmpty()) {
			return failures;
		}
		try {
			Evaluation e = evaluator.evaluate(s.role(), candidate);
			ScenarioExpectations.check(e, s.expect(),
					new ScenarioExpectations.Judge(new ScenarioNodes(failures), "expect", failures));
		}
		catch (NotFoundException | IllegalArgumentException ex) {
			failures.add(new Failure(s.line(), null, null, null, ex.getMessage()));
		}
		return failures;
	}

}
