package com.talentmatch.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads one model file ({@code data/models/*.yaml}, format in {@code data/README.md}) and
 * checks everything that can be checked inside that file. References to other files are
 * returned for {@link CatalogueLoader} to check.
 */
final class ModelReader {

	static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

	private static final Set<String> MODEL_FIELDS = Set.of("id", "name", "english", "source", "scale", "competencies",
			"roles", "ambiguities");

	private static final Set<String> COMPETENCY_FIELDS = Set.of("id", "name", "aliases", "category", "cluster",
			"definition", "why", "subThemes", "scale", "levels", "indicators", "notes");

	private final List<DataProblem> problems;

	private final List<Reference> references = new ArrayList<>();

	private String file;

	ModelReader(List<DataProblem> problems) {
		this.problems = problems;
	}

	/**
	 * A read model file.
	 *
	 * @param model the model, {@code null} when the file had problems
	 * @param line line of the model's id
	 * @param references cross-file references to check
	 */
	record Result(CompetencyModel model, String file, int line, List<Reference> references) {
	}

	Result read(String text, String file) {
		this.file = file;
		references.clear();
		int before = problems.size();
		YamlObject root = YamlFiles.root(text, file, problems);
		if (root == null) {
			return new Result(null, file, 0, List.of());
		}
		root.allowOnly(MODEL_FIELDS);
		String id = id(root, "id");
		LocalizedText name = root.text("name", true);
		boolean translation = english(root);
		String source = root.string("source", true);
		List<ScaleLevel> scale = scale(root, true);
		List<Competency> competencies = competencies(root, id, scale);
		List<RoleProfile> roles = roles(root, id, competencies);
		List<Ambiguity> ambiguities = ambiguities(root);
		CompetencyModel model = problems.size() > before ? null : new CompetencyModel(id, name, translation, source,
				CompetencyModel.SEED, scale, competencies, roles, ambiguities);
		return new Result(model, file, root.line(), List.copyOf(references));
	}

	static boolean english(YamlObject o) {
		String english = o.string("english", true);
		if (english != null && !english.equals("translation") && !english.equals("original")) {
			o.problem(o.child("english"), "must be 'translation' or 'original', not '" + english + "'");
		}
		return "translation".equals(english);
	}

	static String id(YamlObject o, String key) {
		String id = o.string(key, true);
		if (id != null && !ID.matcher(id).matches()) {
			o.problem(o.child(key), "id '" + id + "' must be lower-case letters, digits and '-'");
		}
		return id;
	}

	/** An ordered scale under {@code scale}; codes unique. */
	static List<ScaleLevel> scale(YamlObject o, boolean required) {
		List<Node> items = o.list("scale", required);
		List<ScaleLevel> scale = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < items.size(); i++) {
			YamlObject l = o.element(items.get(i), o.child("scale") + "[" + i + "]");
			l.allowOnly(Set.of("code", "label"));
			String code = l.string("code", true);
			LocalizedText label = l.has("label") ? l.text("label", false) : null;
			if (code == null) {
				continue;
			}
			if (!codes.add(code)) {
				l.problem(l.child("code"), "level code '" + code + "' appears twice in the scale");
			}
			scale.add(new ScaleLevel(code, i + 1, label != null ? label : new LocalizedText(code, code)));
		}
		return scale;
	}

	private List<Competency> competencies(YamlObject root, String modelId, List<ScaleLevel> modelScale) {
		List<Node> items = root.list("competencies", true);
		List<Competency> out = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < items.size(); i++) {
			YamlObject c = root.element(items.get(i), "competencies[" + i + "]");
			c.allowOnly(COMPETENCY_FIELDS);
			String id = id(c, "id");
			if (id != null && !ids.add(id)) {
				c.problem(c.child("id"), "duplicate competency id '" + id + "' in model '" + modelId + "'");
			}
			LocalizedText name = c.text("name", true);
			Category category = category(c);
			List<LocalizedText> subThemes = new ArrayList<>();
			List<Node> themeNodes = c.list("subThemes", false);
			for (int t = 0; t < themeNodes.size(); t++) {
				Node n = themeNodes.get(t);
				String where = c.child("subThemes") + "[" + t + "]";
				LocalizedText theme = n instanceof ScalarNode ? text(c.scalarOf(n, where))
						: c.element(n, where).asText();
				if (theme != null) {
					subThemes.add(theme);
				}
			}
			List<ScaleLevel> scale = c.has("scale") ? scale(c, true) : modelScale;
			List<CompetencyLevel> levels = levels(c, scale, subThemes);
			out.add(new Competency(id, name, c.strings("aliases"), category, c.text("cluster", false),
					c.text("definition", false), c.text("why", false), subThemes, scale, levels,
					indicators(c, themeNames(subThemes)), c.string("notes", false)));
		}
		return out;
	}

	private static LocalizedText text(String zh) {
		return zh == null ? null : new LocalizedText(zh, null);
	}

	private static Category category(YamlObject c) {
		String text = c.string("category", true);
		if (text == null) {
			return null;
		}
		Category category = Category.parse(text);
		if (category == null) {
			c.problem(c.child("category"),
					"unknown category '" + text + "'; allowed: " + String.join(", ", Category.codes()));
		}
		return category;
	}

	private List<CompetencyLevel> levels(YamlObject c, List<ScaleLevel> scale, List<LocalizedText> subThemes) {
		Map<String, Integer> rank = new HashMap<>();
		scale.forEach(l -> rank.put(l.code(), l.rank()));
		Set<String> themeNames = themeNames(subThemes);
		List<Node> items = c.list("levels", false);
		List<CompetencyLevel> levels = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < items.size(); i++) {
			YamlObject l = c.element(items.get(i), c.child("levels") + "[" + i + "]");
			l.allowOnly(Set.of("code", "indicators", "grades"));
			String code = l.string("code", true);
			if (code != null && !rank.containsKey(code)) {
				l.problem(l.child("code"), "unknown level code '" + code + "'; the scale has "
						+ String.join(", ", scale.stream().map(ScaleLevel::code).toList()));
			}
			else if (code != null && !seen.add(code)) {
				l.problem(l.child("code"), "level '" + code + "' is described twice");
			}
			List<Indicator> indicators = indicators(l, themeNames);
			List<GradeRef> grades = new ArrayList<>();
			List<String> gradeTexts = l.strings("grades");
			for (int g = 0; g < gradeTexts.size(); g++) {
				GradeRef ref = GradeRef.parse(gradeTexts.get(g));
				String where = l.child("grades") + "[" + g + "]";
				if (ref == null) {
					l.problem(where, "grade '" + gradeTexts.get(g) + "' must be written <grade-scale-id>/<grade-code>");
				}
				else {
					grades.add(ref);
					references.add(new Reference(new DataProblem(file, l.lineOf(where), where, null),
							Reference.Kind.GRADE, ref.toString()));
				}
			}
			if (code != null) {
				levels.add(new CompetencyLevel(code, indicators, grades));
			}
		}
		levels.sort(Comparator.comparing(l -> rank.getOrDefault(l.code(), Integer.MAX_VALUE)));
		return levels;
	}

	private static Set<String> themeNames(List<LocalizedText> subThemes) {
		Set<String> names = new HashSet<>();
		subThemes.forEach(t -> names.add(t.any()));
		return names;
	}

	/**
	 * The {@code indicators} list of a level or, for indicators without a level, of a
	 * competency.
	 */
	private static List<Indicator> indicators(YamlObject l, Set<String> themeNames) {
		List<Indicator> out = new ArrayList<>();
		List<Node> items = l.list("indicators", false);
		for (int i = 0; i < items.size(); i++) {
			Node n = items.get(i);
			String where = l.child("indicators") + "[" + i + "]";
			if (n instanceof ScalarNode) {
				String text = l.scalarOf(n, where);
				if (text != null) {
					out.add(new Indicator(text, null));
				}
				continue;
			}
			YamlObject o = l.element(n, where);
			o.allowOnly(Set.of("text", "subTheme"));
			String text = o.string("text", true);
			String theme = o.string("subTheme", false);
			if (theme != null && !themeNames.contains(theme)) {
				o.problem(o.child("subTheme"), "sub-theme '" + theme + "' is not one of this competency's subThemes "
						+ themeNames.stream().sorted().toList());
			}
			if (text != null) {
				out.add(new Indicator(text, theme));
			}
		}
		return out;
	}

	private List<RoleProfile> roles(YamlObject root, String modelId, List<Competency> competencies) {
		Set<String> local = new HashSet<>();
		competencies.forEach(c -> local.add(c.id()));
		List<Node> items = root.list("roles", false);
		List<RoleProfile> roles = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			YamlObject r = root.element(items.get(i), "roles[" + i + "]");
			r.allowOnly(Set.of("id", "name", "family", "competencies", "qualifications", "notes"));
			String id = id(r, "id");
			LocalizedText name = r.text("name", true);
			List<String> refs = new ArrayList<>();
			List<String> texts = r.strings("competencies");
			for (int k = 0; k < texts.size(); k++) {
				String ref = texts.get(k);
				String where = r.child("competencies") + "[" + k + "]";
				if (!ref.contains("/")) {
					if (!local.contains(ref)) {
						r.problem(where, "role refers to competency '" + ref + "', which model '" + modelId
								+ "' does not define (use <model-id>/<competency-id> for other models)");
					}
					ref = modelId + "/" + ref;
				}
				else {
					references.add(new Reference(new DataProblem(file, r.lineOf(where), where, null),
							Reference.Kind.COMPETENCY, ref));
				}
				refs.add(ref);
			}
			roles.add(new RoleProfile(id, name, r.string("family", false), refs, r.strings("qualifications"),
					r.string("notes", false)));
		}
		return roles;
	}

	static List<Ambiguity> ambiguities(YamlObject root) {
		List<Ambiguity> out = new ArrayList<>();
		List<Node> items = root.list("ambiguities", false);
		for (int i = 0; i < items.size(); i++) {
			YamlObject a = root.element(items.get(i), "ambiguities[" + i + "]");
			a.allowOnly(Set.of("at", "note"));
			String at = a.string("at", true);
			String note = a.string("note", true);
			if (note != null) {
				out.add(new Ambiguity(at, note));
			}
		}
		return out;
	}

}
