package com.talentmatch.candidates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.table.ColumnType;
import com.talentmatch.table.ExportLanguage;
import com.talentmatch.table.Table;
import com.talentmatch.table.TableRow;

/**
 * The candidate table layout, one row per person:
 * {@code id,name,type,department,current_role,performance,potential,grades,experience,levels,evidence}
 * (an export writes these columns under Chinese or English headers, keys
 * {@code candidates.*} of {@code messages/exports*.properties}; an import accepts the
 * keys and both languages' headers, ignoring case, spaces and hyphens) with
 * {@code grades} as {@code CET-6|bachelor}, {@code experience} as {@code 在岗:3|海外:1} and
 * {@code levels} as
 * {@code cs-dept/communication=3@assessment@2026-05-01|gzmcc-core/teamwork=2@360} (the
 * date is optional). A column carrying a protected attribute ({@code gender}, {@code 年龄}
 * …) is refused with its own reason ({@link ProtectedFields}).
 */
final class CandidateTables {

	static final List<String> COLUMNS = List.of("id", "name", "type", "department", "current_role", "performance",
			"potential", "grades", "experience", "levels", "evidence");

	/** {@code performance} and {@code potential} are numbers in a workbook. */
	static final List<ColumnType> TYPES = COLUMNS.stream()
		.map(c -> c.equals("performance") || c.equals("potential") ? ColumnType.NUMBER : ColumnType.TEXT)
		.toList();

	/**
	 * Every header an import accepts (normalized, see {@link #normalized}) by column key.
	 */
	private static final Map<String, String> HEADERS = headers();

	private CandidateTables() {
	}

	/** The export header in {@code lang}. */
	static List<String> header(ExportLanguage lang) {
		return lang.header("candidates.", COLUMNS);
	}

	private static Map<String, String> headers() {
		Map<String, String> out = new HashMap<>();
		for (String column : COLUMNS) {
			out.put(column, column);
			for (ExportLanguage lang : ExportLanguage.values()) {
				out.put(normalized(lang.text("candidates." + column)), column);
			}
		}
		return Map.copyOf(out);
	}

	/**
	 * A header as the import compares it: lower case, spaces and hyphens as {@code _}.
	 */
	static String normalized(String header) {
		return header.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s-]+", "_");
	}

	/** The table with localized headers replaced by their column keys. */
	static Table canonical(Table table) {
		return table.renamed(h -> HEADERS.getOrDefault(normalized(h), h));
	}

	/**
	 * A row read.
	 *
	 * @param candidate the candidate
	 * @param evidence evidence text of the row, or {@code null}
	 * @param row spreadsheet row
	 */
	record Parsed(Candidate candidate, String evidence, int row) {
	}

	static List<Parsed> parse(Table read, List<DataProblem> problems) {
		Table table = canonical(read);
		Set<String> seen = new java.util.HashSet<>();
		for (int c = 0; c < table.header().size(); c++) {
			String h = table.header().get(c);
			if (!h.isEmpty() && COLUMNS.contains(h) && !seen.add(h)) {
				problems.add(new DataProblem(table.file(), 1, read.header().get(c),
						"column '" + read.header().get(c) + "' is column " + h + " again; give each column once"));
			}
		}
		for (String required : List.of("id", "name", "type")) {
			if (!table.header().contains(required)) {
				problems
					.add(new DataProblem(table.file(), 1, required, "required column '" + required + "' is missing"));
			}
		}
		Set<String> known = Set.copyOf(COLUMNS);
		for (String h : table.header()) {
			if (h.isEmpty() || known.contains(h)) {
				continue;
			}
			problems.add(ProtectedFields.category(h)
				.map(category -> ProtectedFields.refusal(table.file(), 1, h, category))
				.orElseGet(() -> new DataProblem(table.file(), 1, h,
						"unknown column '" + h + "'; columns are " + COLUMNS)));
		}
		List<Parsed> out = new ArrayList<>();
		for (TableRow r : table.rows()) {
			out.add(new Parsed(
					new Candidate(r.get("id"), r.get("name"), r.get("type"), r.get("department"), r.get("current_role"),
							integer(r, "performance", table.file(), problems),
							integer(r, "potential", table.file(), problems), list(r.get("grades")),
							experience(r, table.file(), problems), levels(r, table.file(), problems)),
					r.get("evidence"), r.number()));
		}
		return out;
	}

	private static Integer integer(TableRow r, String column, String file, List<DataProblem> problems) {
		String v = r.get(column);
		if (v == null) {
			return null;
		}
		try {
			return Integer.valueOf(v.replaceFirst("\\.0$", ""));
		}
		catch (NumberFormatException e) {
			problems.add(new DataProblem(file, r.number(), column, column + " '" + v + "' is not a whole number"));
			return null;
		}
	}

	private static List<String> list(String cell) {
		if (cell == null) {
			return List.of();
		}
		return java.util.Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static Map<String, Double> experience(TableRow r, String file, List<DataProblem> problems) {
		Map<String, Double> out = new LinkedHashMap<>();
		for (String item : list(r.get("experience"))) {
			String[] kv = item.split("[:：]", 2);
			try {
				out.put(kv[0].strip(), Double.valueOf(kv[1].strip()));
			}
			catch (RuntimeException e) {
				problems.add(new DataProblem(file, r.number(), "experience",
						"'" + item + "' must be kind:years, e.g. 在岗:3"));
			}
		}
		return out;
	}

	private static List<Candidate.Level> levels(TableRow r, String file, List<DataProblem> problems) {
		List<Candidate.Level> out = new ArrayList<>();
		for (String item : list(r.get("levels"))) {
			int eq = item.indexOf('=');
			if (eq <= 0) {
				problems.add(new DataProblem(file, r.number(), "levels",
						"'" + item + "' must be competency=level@source, e.g. cs-dept/communication=3@assessment"));
				continue;
			}
			String[] parts = item.substring(eq + 1).split("@", -1);
			java.time.LocalDate date = null;
			if (parts.length > 2) {
				try {
					date = java.time.LocalDate.parse(parts[2].strip());
				}
				catch (java.time.format.DateTimeParseException e) {
					problems.add(new DataProblem(file, r.number(), "levels",
							"date '" + parts[2] + "' of " + item.substring(0, eq) + " must be YYYY-MM-DD"));
				}
			}
			out.add(new Candidate.Level(item.substring(0, eq).strip(), parts[0].strip(),
					parts.length > 1 ? parts[1].strip() : "assessment", date));
		}
		return out;
	}

	/** Cells of one candidate in {@link #COLUMNS} order. */
	static List<String> cells(Candidate c, String evidence) {
		return List.of(c.id(), c.name(), c.type(), nz(c.department()), nz(c.currentRole()),
				c.performance() == null ? "" : c.performance().toString(),
				c.potential() == null ? "" : c.potential().toString(), String.join("|", c.grades()),
				c.experience()
					.entrySet()
					.stream()
					.map(e -> e.getKey() + ":" + trim(e.getValue()))
					.collect(Collectors.joining("|")),
				c.levels()
					.stream()
					.map(l -> l.competency() + "=" + l.level() + "@" + l.source()
							+ (l.assessedOn() == null ? "" : "@" + l.assessedOn()))
					.collect(Collectors.joining("|")),
				nz(evidence));
	}

	private static String trim(double d) {
		return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

}
