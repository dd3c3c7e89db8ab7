package com.talentmatch.catalogue.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.talentmatch.catalogue.Catalogue;
import com.talentmatch.catalogue.CompetencyModel;
import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.LocalizedText;
import com.talentmatch.catalogue.RoleProfile;
import com.talentmatch.catalogue.roles.RoleCheck;
import com.talentmatch.table.Table;
import com.talentmatch.table.TableRow;

/**
 * The roles table of a framework import (a sheet named {@code roles}, or a roles CSV),
 * one role profile per row:
 *
 * <pre>
 * role_id | role_name_en | role_name_zh | role_family | competencies | qualifications | notes
 * </pre>
 *
 * <p>
 * {@code competencies} and {@code qualifications} are separated by {@code |}; a
 * competency is an id of the imported model or {@code <model>/<competency>}. Every
 * problem is collected with its row and column.
 */
final class RoleTable {

	static final List<String> REQUIRED = List.of("role_id", "competencies");

	static final Set<String> COLUMNS = Set.of("role_id", "role_name_en", "role_name_zh", "role_family", "competencies",
			"qualifications", "notes");

	/** The name of the roles sheet in a workbook. */
	static final String SHEET = "roles";

	private RoleTable() {
	}

	/**
	 * The roles of {@code model}, checked against it and the catalogue; problems are
	 * added to {@code problems}.
	 */
	static List<RoleProfile> read(Table table, CompetencyModel model, Catalogue catalogue, List<DataProblem> problems) {
		String file = table.file();
		List<DataProblem> header = table.columnProblems(REQUIRED, COLUMNS);
		if (!header.isEmpty()) {
			problems.addAll(header);
			return List.of();
		}
		List<RoleProfile> roles = new ArrayList<>();
		Map<String, Integer> rowOf = new HashMap<>();
		for (TableRow row : table.rows()) {
			String id = row.get("role_id");
			Integer earlier = id == null ? null : rowOf.putIfAbsent(id, row.number());
			if (earlier != null) {
				problems.add(new DataProblem(file, row.number(), "role_id",
						"role '" + id + "' is already defined in row " + earlier + "; one row per role"));
				continue;
			}
			RoleProfile written = new RoleProfile(id,
					new LocalizedText(row.get("role_name_zh"), row.get("role_name_en")), row.get("role_family"),
					split(row.get("competencies")), split(row.get("qualifications")), row.get("notes"));
			roles.add(RoleCheck.check(written, model, catalogue, RoleCheck.Fields.TABLE,
					(field, message) -> problems.add(new DataProblem(file, row.number(), field, message))));
		}
		return roles;
	}

	private static List<String> split(String cell) {
		return cell == null ? List.of()
				: Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

}
