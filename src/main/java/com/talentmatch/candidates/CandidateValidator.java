package com.talentmatch.candidates;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.talentmatch.catalogue.Catalogue;
import com.talentmatch.catalogue.Competency;
import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.GradeScale;
import com.talentmatch.catalogue.ScaleLevel;

/**
 * Checks a candidate against the catalogue: every problem named with its field (and row,
 * for tables).
 */
final class CandidateValidator {

	static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

	static final Set<String> SOURCES = Set.of("assessment", "manager", "360", "self");

	private CandidateValidator() {
	}

	/**
	 * @param where file name for messages ({@code request} for the API)
	 * @param row spreadsheet row, or 0
	 */
	static void check(Candidate c, Catalogue catalogue, String where, int row, List<DataProblem> problems) {
		if (c.id() == null || !ID.matcher(c.id()).matches()) {
			problems.add(
					new DataProblem(where, row, "id", "id '" + c.id() + "' is required: letters, digits, '-' and '_'"));
		}
		if (c.name() == null || c.name().isBlank()) {
			problems.add(new DataProblem(where, row, "name", "name is required"));
		}
		if (!"internal".equals(c.type()) && !"external".equals(c.type())) {
			problems.add(new DataProblem(where, row, "type", "type '" + c.type() + "' must be internal or external"));
		}
		rating(c.performance(), "performance", where, row, problems);
		rating(c.potential(), "potential", where, row, problems);
		if (c.currentRole() != null && catalogue.sortedModels()
			.stream()
			.flatMap(m -> m.roles().stream())
			.noneMatch(r -> r.id().equals(c.currentRole()))) {
			problems.add(new DataProblem(where, row, "current_role",
					"unknown role '" + c.currentRole() + "' (GET /api/roles)"));
		}
		for (String g : c.grades()) {
			boolean known = catalogue.sortedGradeScales().stream().anyMatch(s -> known(s, g));
			if (!known) {
				problems.add(new DataProblem(where, row, "grades", "unknown grade '" + g + "'"));
			}
		}
		c.experience().forEach((kind, years) -> {
			if (years == null || years < 0 || years > 60) {
				problems.add(new DataProblem(where, row, "experience", "years of '" + kind + "' must be 0–60"));
			}
		});
		Set<String> seen = new HashSet<>();
		for (Candidate.Level l : c.levels()) {
			Competency comp = catalogue.competency(l.competency()).orElse(null);
			if (comp == null) {
				problems.add(new DataProblem(where, row, "levels",
						"unknown competency '" + l.competency() + "' (write <model>/<competency>)"));
				continue;
			}
			if (comp.scale().stream().map(ScaleLevel::code).noneMatch(code -> code.equals(l.level()))) {
				problems.add(new DataProblem(where, row, "levels", "level '" + l.level() + "' of " + l.competency()
						+ " is not in its scale " + comp.scale().stream().map(ScaleLevel::code).toList()));
			}
			if (!SOURCES.contains(l.source())) {
				problems.add(new DataProblem(where, row, "levels", "source '" + l.source() + "' of " + l.competency()
						+ " must be one of " + SOURCES.stream().sorted().toList()));
			}
			if (!seen.add(l.competency() + "@" + l.source())) {
				problems.add(new DataProblem(where, row, "levels",
						l.competency() + " from " + l.source() + " is given twice"));
			}
		}
	}

	private static boolean known(GradeScale s, String g) {
		String code = g.startsWith(s.id() + "/") ? g.substring(s.id().length() + 1) : g;
		return s.grade(code).or(() -> s.recognise(code)).isPresent();
	}

	private static void rating(Integer value, String field, String where, int row, List<DataProblem> problems) {
		if (value != null && (value < 1 || value > 3)) {
			problems.add(new DataProblem(where, row, field, field + " " + value + " must be 1, 2 or 3"));
		}
	}

}
