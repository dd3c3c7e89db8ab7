package com.talentmatch.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one grade scale file ({@code data/grades/*.yaml}); grades are listed low to high.
 */
final class GradeScaleReader {

	private final List<DataProblem> problems;

	GradeScaleReader(List<DataProblem> problems) {
		this.problems = problems;
	}

	/** The scale, or {@code null} when the file had problems (added to the list). */
	GradeScale read(String text, String file) {
		int before = problems.size();
		YamlObject root = YamlFiles.root(text, file, problems);
		if (root == null) {
			return null;
		}
		root.allowOnly(Set.of("id", "name", "english", "source", "grades", "ambiguities"));
		String id = ModelReader.id(root, "id");
		LocalizedText name = root.text("name", true);
		boolean translation = ModelReader.english(root);
		String source = root.string("source", true);
		List<Node> items = root.list("grades", true);
		List<Grade> grades = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (int i = 0; i < items.size(); i++) {
			YamlObject g = root.element(items.get(i), "grades[" + i + "]");
			g.allowOnly(Set.of("code", "name", "aliases"));
			String code = g.string("code", true);
			LocalizedText gradeName = g.text("name", true);
			List<String> aliases = g.strings("aliases");
			if (code == null || gradeName == null) {
				continue;
			}
			Grade grade = new Grade(code, i + 1, gradeName, aliases);
			for (String called : grade.spellings()) {
				if (!names.add(called)) {
					g.problem(g.path(), "'" + called + "' already names another grade of scale '" + id
							+ "'; codes, names and aliases must be unambiguous");
				}
			}
			grades.add(grade);
		}
		List<Ambiguity> ambiguities = ModelReader.ambiguities(root);
		return problems.size() > before ? null : new GradeScale(id, name, translation, source, grades, ambiguities);
	}

}
