package com.talentmatch.candidates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.table.Table;
import com.talentmatch.table.TableRow;

/**
 * The candidate table layout, one row per person:
 * {@code id,name,type,department,current_role,performance,potential,grades,experience,levels,evidence}
 * with {@code grades} as {@code CET-6|bachelor}, {@code experience} as {@code 在岗:3|海外:1}
 * and {@code levels} as
 * {@code cs-dept/communication=3@assessment@2026-05-01|gzmcc-core/teamwork=2@360} (the
 * date is optional). A column carrying a protected attribute ({@code gender}, {@code 年龄}
 * …) is refused with its own reason ({@link ProtectedFields}).
 */
final class CandidateTables {

	static final List<String> COLUMNS = List.of("id", "name", "type", "department", "current_role", "performance",
			"potential", "grades", "experience", "levels", "evidence");

	private CandidateTables() {
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

	static List<Parsed> parse(Table table, List<DataProblem> problems) {
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
