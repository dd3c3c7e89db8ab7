package com.talentmatch.catalogue.importing;

import com.talentmatch.table.Table;
import com.talentmatch.table.TableRow;
import com.talentmatch.table.TableFormat;
import com.talentmatch.table.TableReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.talentmatch.catalogue.Category;
import com.talentmatch.catalogue.Competency;
import com.talentmatch.catalogue.CompetencyLevel;
import com.talentmatch.catalogue.CompetencyModel;
import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.Indicator;
import com.talentmatch.catalogue.InvalidDataException;
import com.talentmatch.catalogue.LocalizedText;
import com.talentmatch.catalogue.ScaleLevel;

/**
 * Turns an import table into a model. The layout (one row per competency × level ×
 * indicator):
 *
 * <pre>
 * model_id | model_name_en | model_name_zh | model_source | scale | competency_id | competency_name_en |
 * competency_name_zh | category | definition | level | indicator
 * </pre>
 *
 * <p>
 * {@code scale} lists the level codes low to high separated by {@code |}
 * ({@code Awareness|Working|Expert}); model columns and {@code scale} are needed on the
 * first data row and, where repeated, must agree. Every problem is collected; any problem
 * refuses the whole file.
 */
public final class FrameworkImporter {

	static final List<String> REQUIRED = List.of("model_id", "scale", "competency_id", "level", "indicator");

	static final Set<String> COLUMNS = Set.of("model_id", "model_name_en", "model_name_zh", "model_source", "scale",
			"competency_id", "competency_name_en", "competency_name_zh", "category", "definition", "level",
			"indicator");

	private final int maxRows;

	public FrameworkImporter(int maxRows) {
		this.maxRows = maxRows;
	}

	/**
	 * A model read from a table.
	 *
	 * @param model the model, origin {@code import}
	 * @param rows data rows read
	 */
	public record Imported(CompetencyModel model, int rows) {
	}

	/**
	 * Reads and validates the whole file; throws {@link InvalidDataException} listing
	 * every problem.
	 */
	public Imported read(byte[] bytes, String file, TableFormat format) {
		return build(TableReader.read(bytes, file, format));
	}

	Imported build(Table table) {
		List<DataProblem> problems = new ArrayList<>(table.columnProblems(REQUIRED, COLUMNS));
		String file = table.file();
		if (table.rows().isEmpty()) {
			problems.add(new DataProblem(file, 2, null, "the file has a header but no data rows"));
		}
		if (table.rows().size() > maxRows) {
			problems.add(new DataProblem(file, 0, null,
					"too many rows: " + table.rows().size() + " (at most " + maxRows + ")"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidDataException(problems);
		}
		ModelBuilder builder = new ModelBuilder(file, table.rows().get(0), problems);
		table.rows().forEach(builder::add);
		CompetencyModel model = builder.build();
		if (!problems.isEmpty()) {
			throw new InvalidDataException(problems);
		}
		return new Imported(model, table.rows().size());
	}

	/**
	 * Collects rows into one model, checking each against the first row and the scale.
	 */
	private static final class ModelBuilder {

		private final String file;

		private final List<DataProblem> problems;

		private final TableRow first;

		private final Map<String, Integer> rank = new HashMap<>();

		private final List<ScaleLevel> scale = new ArrayList<>();

		private final Map<String, CompetencyDraft> competencies = new LinkedHashMap<>();

		private final Map<String, Integer> seenIndicators = new HashMap<>();

		ModelBuilder(String file, TableRow first, List<DataProblem> problems) {
			this.file = file;
			this.first = first;
			this.problems = problems;
			String id = first.get("model_id");
			if (id == null || !id.matches("[a-z0-9][a-z0-9-]*")) {
				problem(first, "model_id",
						"model_id '" + id + "' is required on the first row: lower-case letters, digits and '-'");
			}
			if (first.get("model_name_en") == null && first.get("model_name_zh") == null) {
				problem(first, "model_name_en", "the first row needs model_name_en or model_name_zh");
			}
			String scaleText = first.get("scale");
			if (scaleText == null) {
				problem(first, "scale", "the first row needs the level scale, low to high: e.g. Awareness|Working");
				return;
			}
			for (String code : scaleText.split("\\|")) {
				String c = code.strip();
				if (c.isEmpty() || rank.containsKey(c)) {
					problem(first, "scale", c.isEmpty() ? "empty level code in scale '" + scaleText + "'"
							: "level '" + c + "' appears twice in scale '" + scaleText + "'");
					continue;
				}
				rank.put(c, scale.size() + 1);
				scale.add(new ScaleLevel(c, scale.size() + 1, new LocalizedText(null, c)));
			}
		}

		void add(TableRow row) {
			for (String column : List.of("model_id", "model_name_en", "model_name_zh", "model_source", "scale")) {
				String v = row.get(column);
				if (v != null && !v.equals(first.get(column))) {
					problem(row, column, column + " '" + v + "' differs from the first row's '" + first.get(column)
							+ "'; a file holds one model");
				}
			}
			String id = row.get("competency_id");
			if (id == null || !id.matches("[a-z0-9][a-z0-9-]*")) {
				problem(row, "competency_id", id == null ? "competency_id is required"
						: "competency_id '" + id + "' must be lower-case letters, digits and '-'");
				return;
			}
			CompetencyDraft draft = competencies.computeIfAbsent(id, k -> new CompetencyDraft(k, row));
			draft.merge(row, this);
			String level = row.get("level");
			String indicator = row.get("indicator");
			if (level == null) {
				problem(row, "level", "level is required");
			}
			else if (!rank.isEmpty() && !rank.containsKey(level)) {
				problem(row, "level",
						"level '" + level + "' is not in the scale " + scale.stream().map(ScaleLevel::code).toList());
			}
			if (indicator == null) {
				problem(row, "indicator", "indicator text is empty");
			}
			if (level != null && indicator != null) {
				Integer earlier = seenIndicators.putIfAbsent(id + "\u0000" + level + "\u0000" + indicator,
						row.number());
				if (earlier != null) {
					problem(row, "indicator", "same competency, level and indicator as row " + earlier);
				}
				else {
					draft.levels.computeIfAbsent(level, k -> new ArrayList<>()).add(new Indicator(indicator, null));
				}
			}
		}

		CompetencyModel build() {
			String source = Objects.requireNonNullElse(first.get("model_source"), "imported from " + file);
			List<Competency> list = competencies.values().stream().map(d -> d.build(scale, rank)).toList();
			return new CompetencyModel(first.get("model_id"),
					new LocalizedText(first.get("model_name_zh"), first.get("model_name_en")), false, source,
					CompetencyModel.IMPORT, scale, list, List.of(), List.of());
		}

		void problem(TableRow row, String column, String message) {
			problems.add(new DataProblem(file, row.number(), column, message));
		}

	}

	/** One competency's rows so far. */
	private static final class CompetencyDraft {

		private final String id;

		private final TableRow first;

		private final Map<String, List<Indicator>> levels = new LinkedHashMap<>();

		private Category category = Category.GENERAL;

		CompetencyDraft(String id, TableRow first) {
			this.id = id;
			this.first = first;
		}

		void merge(TableRow row, ModelBuilder builder) {
			if (row == first) {
				if (row.get("competency_name_en") == null && row.get("competency_name_zh") == null) {
					builder.problem(row, "competency_name_en",
							"the first row of competency '" + id + "' needs competency_name_en or competency_name_zh");
				}
				String c = row.get("category");
				if (c != null) {
					category = Category.parse(c);
					if (category == null) {
						builder.problem(row, "category", "unknown category '" + c + "'; allowed: " + Category.codes());
					}
				}
				return;
			}
			for (String column : List.of("competency_name_en", "competency_name_zh", "category", "definition")) {
				String v = row.get(column);
				if (v != null && !v.equals(first.get(column))) {
					builder.problem(row, column, column + " '" + v + "' differs from row " + first.number()
							+ " of competency '" + id + "' ('" + first.get(column) + "')");
				}
			}
		}

		Competency build(List<ScaleLevel> scale, Map<String, Integer> rank) {
			List<CompetencyLevel> built = levels.entrySet()
				.stream()
				.sorted(Comparator.comparing(e -> rank.getOrDefault(e.getKey(), Integer.MAX_VALUE)))
				.map(e -> new CompetencyLevel(e.getKey(), e.getValue(), List.of()))
				.toList();
			String def = first.get("definition");
			return new Competency(id,
					new LocalizedText(first.get("competency_name_zh"), first.get("competency_name_en")), List.of(),
					category, null, def == null ? null : new LocalizedText(null, def), null, List.of(), scale, built,
					List.of(), null);
		}

	}

}
