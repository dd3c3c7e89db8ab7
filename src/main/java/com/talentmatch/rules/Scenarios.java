package com.talentmatch.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

import com.talentmatch.catalogue.Catalogue;
import com.talentmatch.catalogue.NotFoundException;

/**
 * Runs the scenario files ({@code *.scenarios.yaml}) of a rule set: given a candidate's
 * facts, the expected outcome per requirement and the readiness. Format in
 * {@code rules/README.md}.
 */
public final class Scenarios {

	/**
	 * One scenario's result.
	 *
	 * @param file scenario file
	 * @param name scenario name
	 * @param role role evaluated
	 * @param failures what differed from the expectation (empty when it passed)
	 */
	public record Result(String file, String name, String role, List<String> failures) {

		public boolean passed() {
			return failures.isEmpty();
		}
	}

	private Scenarios() {
	}

	public static List<Result> run(RuleSet rules, Catalogue catalogue) {
		Evaluator evaluator = new Evaluator(rules, catalogue);
		List<Result> results = new ArrayList<>();
		for (RuleFile f : rules.files().values()) {
			if (f.type() == RuleFile.Type.SCENARIOS) {
				results.addAll(run(f, evaluator));
			}
		}
		return results;
	}

	@SuppressWarnings("unchecked")
	static List<Result> run(RuleFile file, Evaluator evaluator) {
		String name = "rules/" + file.path();
		Map<String, Object> doc;
		try {
			Object loaded = new Yaml(new LoaderOptions()).load(file.text());
			if (!(loaded instanceof Map)) {
				return List.of(new Result(name, "(file)", null, List.of("expected a mapping with 'scenarios'")));
			}
			doc = (Map<String, Object>) loaded;
		}
		catch (YAMLException e) {
			return List.of(new Result(name, "(file)", null, List.of("not valid YAML: " + e.getMessage())));
		}
		List<Result> out = new ArrayList<>();
		Object list = doc.get("scenarios");
		if (!(list instanceof List<?> items) || items.isEmpty()) {
			return List.of(new Result(name, "(file)", null, List.of("no 'scenarios' list")));
		}
		for (Object item : items) {
			Map<String, Object> s = item instanceof Map ? (Map<String, Object>) item : Map.of();
			String scenario = String.valueOf(s.getOrDefault("name", "(unnamed)"));
			String role = String.valueOf(s.getOrDefault("role", doc.get("role")));
			List<String> failures = new ArrayList<>();
			try {
				Evaluation e = evaluator.evaluate(role, candidate(scenario, (Map<String, Object>) s.get("candidate")));
				check(e, (Map<String, Object>) s.getOrDefault("expect", Map.of()), failures);
			}
			catch (NotFoundException | ClassCastException | IllegalArgumentException ex) {
				failures.add(ex.getMessage());
			}
			out.add(new Result(name, scenario, role, failures));
		}
		return out;
	}

	@SuppressWarnings("unchecked")
	private static CandidateProfile candidate(String id, Map<String, Object> c) {
		Map<String, Object> m = c == null ? Map.of() : c;
		List<CandidateProfile.LevelObservation> levels = new ArrayList<>();
		Map<String, Object> lv = (Map<String, Object>) m.getOrDefault("levels", Map.of());
		lv.forEach((k, v) -> {
			if (v instanceof Map<?, ?> o) {
				levels.add(new CandidateProfile.LevelObservation(k, String.valueOf(o.get("level")),
						o.get("source") == null ? null : String.valueOf(o.get("source")),
						o.get("confidence") == null ? null : ((Number) o.get("confidence")).doubleValue(),
						o.get("sentences") == null ? null : ((Number) o.get("sentences")).intValue()));
			}
			else {
				levels.add(new CandidateProfile.LevelObservation(k, String.valueOf(v), null, null, null));
			}
		});
		List<String> grades = ((List<Object>) m.getOrDefault("grades", List.of())).stream()
			.map(String::valueOf)
			.toList();
		Map<String, Double> experience = new LinkedHashMap<>();
		((Map<String, Object>) m.getOrDefault("experience", Map.of()))
			.forEach((k, v) -> experience.put(k, ((Number) v).doubleValue()));
		return new CandidateProfile(id, levels, grades, experience, (Integer) m.get("performance"),
				(Integer) m.get("potential"));
	}

	@SuppressWarnings("unchecked")
	private static void check(Evaluation e, Map<String, Object> expect, List<String> failures) {
		if (expect.containsKey("eligible") && !Objects.equals(expect.get("eligible"), e.eligible())) {
			failures.add("eligible: expected " + expect.get("eligible") + ", got " + e.eligible());
		}
		if (expect.containsKey("band") && !Objects.equals(expect.get("band"), e.band())) {
			failures.add("band: expected " + expect.get("band") + ", got " + e.band() + " (" + e.gaps() + " gaps, "
					+ e.mustHaveGaps() + " must-have gaps, largest " + e.largestGap() + ")");
		}
		if (expect.containsKey("score") && Math.abs(((Number) expect.get("score")).doubleValue() - e.score()) > 0.05) {
			failures.add("score: expected " + expect.get("score") + ", got " + e.score());
		}
		for (Object target : (List<Object>) expect.getOrDefault("met", List.of())) {
			Outcome o = find(e, String.valueOf(target), failures);
			if (o != null && !o.met()) {
				failures.add(target + ": expected met, got " + o.reasonEn());
			}
		}
		((Map<String, Object>) expect.getOrDefault("gaps", Map.of())).forEach((target, gap) -> {
			Outcome o = find(e, target, failures);
			double want = ((Number) gap).doubleValue();
			if (o != null && (o.met() || Math.abs(o.gap() - want) > 1e-9)) {
				failures.add(target + ": expected a gap of " + gap + ", got " + o.reasonEn());
			}
		});
	}

	private static Outcome find(Evaluation e, String target, List<String> failures) {
		for (Outcome o : e.outcomes()) {
			ResolvedRequirement r = o.requirement();
			if (target.equals(r.written()) || target.equals(r.target()) || target.equals(r.targetName())) {
				return o;
			}
		}
		failures.add(target + ": role " + e.role() + " has no such requirement");
		return null;
	}

}
