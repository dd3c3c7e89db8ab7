package com.talentmatch.rules;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a scenario file strictly, from SnakeYAML nodes so that every problem has its
 * line: unknown or repeated keys at any level, values of the wrong type, a scenario
 * without a name or without expectations. The keys each level allows are the sets below
 * (and {@link ScenarioExpectations#KEYS}); adding a key is one entry there.
 */
final class ScenarioReader {

	/** Keys of the file. */
	static final Set<String> FILE = Set.of("role", "scenarios");

	/** Keys of one scenario. */
	static final Set<String> SCENARIO = Set.of("name", "role", "candidate", "expect");

	/** Keys of {@code candidate}. */
	static final Set<String> CANDIDATE = Set.of("id", "internal", "department", "currentRole", "levels", "grades",
			"experience", "performance", "potential");

	/** Keys of one level written as a mapping ({@code {level: "3", source: manager}}). */
	static final Set<String> LEVEL = Set.of("level", "source", "confidence", "sentences");

	private ScenarioReader() {
	}

	/**
	 * One level observation as written, with its line.
	 *
	 * @param competency the key as written ({@code cs-dept/communication} or
	 * {@code 沟通能力})
	 * @param level level code
	 * @param source source, or {@code null} (assessment)
	 * @param confidence evidence confidence, or {@code null}
	 * @param sentences evidence sentences, or {@code null}
	 * @param line its line
	 */
	record LevelSpec(String competency, String level, String source, Double confidence, Integer sentences, int line) {
	}

	/**
	 * One grade as written, with its line.
	 *
	 * @param grade grade code or alias
	 * @param line its line
	 */
	record GradeSpec(String grade, int line) {
	}

	/**
	 * One scenario as written.
	 *
	 * @param name its name
	 * @param line the line it starts on
	 * @param role the role (its own or the file's), or {@code null}
	 * @param roleLine the line of that role
	 * @param levels levels
	 * @param grades grades
	 * @param experience years by kind
	 * @param performance rating 1–3 or {@code null}
	 * @param potential rating 1–3 or {@code null}
	 * @param expect the expectations by key, with their nodes
	 * @param failures what is wrong with how it is written (it is not run then)
	 */
	record Spec(String name, int line, String role, int roleLine, List<LevelSpec> levels, List<GradeSpec> grades,
			Map<String, Double> experience, Integer performance, Integer potential, Map<String, Node> expect,
			List<Scenarios.Failure> failures, Person person) {
	}

	/**
	 * Who the scenario's candidate is, for per-candidate rules.
	 *
	 * @param id candidate id, or {@code null} (the scenario's name is used)
	 * @param internal an employee
	 * @param department department, or {@code null}
	 * @param currentRole current role id, or {@code null}
	 */
	record Person(String id, Boolean internal, String department, String currentRole) {
	}

	/**
	 * A file read.
	 *
	 * @param failures problems of the file as a whole
	 * @param scenarios its scenarios
	 */
	record Parsed(List<Scenarios.Failure> failures, List<Spec> scenarios) {
	}

	static Parsed read(String text) {
		List<Scenarios.Failure> fileFailures = new ArrayList<>();
		Node root;
		try {
			root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
		}
		catch (MarkedYAMLException e) {
			int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
			fileFailures.add(new Scenarios.Failure(line, null, null, null,
					"not valid YAML: " + e.getProblem() + (e.getContext() == null ? "" : " " + e.getContext())));
			return new Parsed(fileFailures, List.of());
		}
		catch (YAMLException e) {
			fileFailures.add(new Scenarios.Failure(0, null, null, null, "not valid YAML: " + e.getMessage()));
			return new Parsed(fileFailures, List.of());
		}
		if (root == null) {
			fileFailures.add(new Scenarios.Failure(0, null, null, null, "the file is empty; it needs 'scenarios'"));
			return new Parsed(fileFailures, List.of());
		}
		ScenarioNodes nodes = new ScenarioNodes(fileFailures);
		Map<String, Node> file = nodes.mapping(root, "", FILE);
		String fileRole = file.containsKey("role") ? nodes.string(file.get("role"), "role") : null;
		int fileRoleLine = file.containsKey("role") ? ScenarioNodes.line(file.get("role")) : 0;
		Node list = file.get("scenarios");
		List<Node> items = list == null ? List.of() : nodes.sequence(list, "scenarios");
		if (items.isEmpty() && (list == null || fileFailures.isEmpty())) {
			nodes.fail(list == null ? root : list, "scenarios", "the file needs a non-empty 'scenarios' list");
		}
		List<Spec> specs = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			specs.add(scenario(items.get(i), "scenarios[" + i + "]", fileRole, fileRoleLine));
		}
		return new Parsed(fileFailures, specs);
	}

	private static Spec scenario(Node node, String where, String fileRole, int fileRoleLine) {
		List<Scenarios.Failure> failures = new ArrayList<>();
		ScenarioNodes nodes = new ScenarioNodes(failures);
		Map<String, Node> s = nodes.mapping(node, "", SCENARIO);
		String name = s.containsKey("name") ? nodes.string(s.get("name"), "name") : null;
		if (!s.containsKey("name")) {
			nodes.fail(node, "name", "every scenario needs a 'name'");
		}
		String role = fileRole;
		int roleLine = fileRoleLine;
		if (s.containsKey("role")) {
			role = nodes.string(s.get("role"), "role");
			roleLine = ScenarioNodes.line(s.get("role"));
		}
		else if (fileRole == null) {
			nodes.fail(node, "role", "no role: give 'role' in the file or in the scenario");
		}
		Candidate c = s.containsKey("candidate") ? candidate(s.get("candidate"), "candidate", nodes)
				: new Candidate(List.of(), List.of(), Map.of(), null, null, new Person(null, null, null, null));
		Map<String, Node> expect = Map.of();
		if (s.containsKey("expect")) {
			expect = nodes.mapping(s.get("expect"), "expect", ScenarioExpectations.KEYS);
		}
		if (expect.isEmpty() && failures.stream().noneMatch(f -> String.valueOf(f.field()).startsWith("expect."))) {
			nodes.fail(s.getOrDefault("expect", node), "expect", "every scenario must expect something: "
					+ "'expect' with at least one of " + ScenarioExpectations.KEYS.stream().sorted().toList());
		}
		return new Spec(name == null ? "(scenario " + where + ")" : name, ScenarioNodes.line(node), role, roleLine,
				c.levels(), c.grades(), c.experience(), c.performance(), c.potential(), expect, failures, c.person());
	}

	private record Candidate(List<LevelSpec> levels, List<GradeSpec> grades, Map<String, Double> experience,
			Integer performance, Integer potential, Person person) {
	}

	private static Candidate candidate(Node node, String where, ScenarioNodes nodes) {
		Map<String, Node> c = nodes.mapping(node, where, CANDIDATE);
		List<LevelSpec> levels = new ArrayList<>();
		if (c.containsKey("levels")) {
			nodes.mapping(c.get("levels"), where + ".levels", null).forEach((competency, value) -> {
				// several sources of one competency: a list of levels
				List<Node> each = value instanceof org.yaml.snakeyaml.nodes.SequenceNode seq ? seq.getValue()
						: List.of(value);
				for (Node v : each) {
					level(competency, v, where + ".levels." + competency, nodes).ifPresent(levels::add);
				}
			});
		}
		List<GradeSpec> grades = new ArrayList<>();
		if (c.containsKey("grades")) {
			for (Node g : nodes.sequence(c.get("grades"), where + ".grades")) {
				String grade = nodes.string(g, where + ".grades");
				if (grade != null) {
					grades.add(new GradeSpec(grade, ScenarioNodes.line(g)));
				}
			}
		}
		Map<String, Double> experience = new LinkedHashMap<>();
		if (c.containsKey("experience")) {
			Map<String, Node> kinds = nodes.mapping(c.get("experience"), where + ".experience", null);
			kinds.forEach((kind, years) -> {
				Double y = nodes.number(years, where + ".experience." + kind);
				if (y != null && (y < 0 || y > 60)) {
					nodes.fail(years, where + ".experience." + kind, "years of '" + kind + "' must be 0–60");
				}
				else if (y != null) {
					experience.put(kind, y);
				}
			});
		}
		Integer performance = c.containsKey("performance")
				? nodes.integer(c.get("performance"), where + ".performance", 1, 3) : null;
		Integer potential = c.containsKey("potential") ? nodes.integer(c.get("potential"), where + ".potential", 1, 3)
				: null;
		Person person = new Person(c.containsKey("id") ? nodes.string(c.get("id"), where + ".id") : null,
				c.containsKey("internal") ? nodes.bool(c.get("internal"), where + ".internal") : null,
				c.containsKey("department") ? nodes.string(c.get("department"), where + ".department") : null,
				c.containsKey("currentRole") ? nodes.string(c.get("currentRole"), where + ".currentRole") : null);
		return new Candidate(levels, grades, experience, performance, potential, person);
	}

	private static java.util.Optional<LevelSpec> level(String competency, Node value, String where,
			ScenarioNodes nodes) {
		int line = ScenarioNodes.line(value);
		if (value instanceof ScalarNode) {
			String level = nodes.string(value, where);
			return level == null ? java.util.Optional.empty()
					: java.util.Optional.of(new LevelSpec(competency, level, null, null, null, line));
		}
		Map<String, Node> m = nodes.mapping(value, where, LEVEL);
		String level = m.containsKey("level") ? nodes.string(m.get("level"), where + ".level") : null;
		if (!m.containsKey("level")) {
			nodes.fail(value, where + ".level", "a level written as a mapping needs 'level'");
		}
		String source = m.containsKey("source") ? nodes.string(m.get("source"), where + ".source") : null;
		Double confidence = m.containsKey("confidence") ? nodes.number(m.get("confidence"), where + ".confidence")
				: null;
		if (confidence != null && (confidence < 0 || confidence > 1)) {
			nodes.fail(m.get("confidence"), where + ".confidence", "confidence must be 0–1, not " + confidence);
		}
		Integer sentences = m.containsKey("sentences")
				? nodes.integer(m.get("sentences"), where + ".sentences", 0, 10_000) : null;
		return level == null ? java.util.Optional.empty()
				: java.util.Optional.of(new LevelSpec(competency, level, source, confidence, sentences, line));
	}

}
