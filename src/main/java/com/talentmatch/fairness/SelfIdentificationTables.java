package com.talentmatch.fairness;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.table.Table;
import com.talentmatch.table.TableRow;

/**
 * The self-identification import layout, one row per person:
 * {@code candidate_id,gender,age_band,ethnicity,religion,marital_status}. Only
 * {@code candidate_id} and at least one question column are required. A cell holds the
 * code the person chose (letters, digits, spaces and {@code - _ + / .}, at most 64
 * characters, stored in lower case), {@code declined}, or nothing (not provided).
 */
final class SelfIdentificationTables {

	static final String ID = "candidate_id";

	static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N} _+/.-]{1,64}");

	private SelfIdentificationTables() {
	}

	/**
	 * Reads every row, adding a problem (row and column) for each bad cell, unknown or
	 * missing column, repeated or unknown person.
	 * @param known ids of the people in the store
	 */
	static List<SelfIdentification> parse(Table table, Set<String> known, String user, List<DataProblem> problems) {
		String file = table.file();
		if (!table.header().contains(ID)) {
			problems.add(new DataProblem(file, 1, ID, "required column '" + ID + "' is missing"));
		}
		List<String> columns = new ArrayList<>(List.of(ID));
		columns.addAll(Dimension.columns());
		for (String h : table.header()) {
			if (!h.isEmpty() && !columns.contains(h)) {
				problems.add(new DataProblem(file, 1, h, "unknown column '" + h + "'; columns are " + columns));
			}
		}
		if (table.header().stream().noneMatch(h -> Dimension.ofColumn(h).isPresent())) {
			problems.add(new DataProblem(file, 1, null, "no question column; columns are " + columns));
		}
		Instant now = Instant.now();
		Map<String, Integer> firstRow = new HashMap<>();
		List<SelfIdentification> out = new ArrayList<>();
		for (TableRow r : table.rows()) {
			String id = r.get(ID);
			if (id == null) {
				problems.add(new DataProblem(file, r.number(), ID, "candidate_id is required"));
				continue;
			}
			Integer earlier = firstRow.putIfAbsent(id, r.number());
			if (earlier != null) {
				problems.add(new DataProblem(file, r.number(), ID, "'" + id + "' is also on row " + earlier));
			}
			if (!known.contains(id)) {
				problems.add(new DataProblem(file, r.number(), ID,
						"no candidate with id '" + id + "' in the store; import the candidate first"));
			}
			Map<String, String> answers = new HashMap<>();
			for (Dimension d : Dimension.values()) {
				String v = r.get(d.column());
				if (v == null) {
					continue;
				}
				String code = v.toLowerCase(Locale.ROOT);
				if (!CODE.matcher(code).matches() || code.equals(Dimension.NOT_PROVIDED)) {
					problems.add(new DataProblem(file, r.number(), d.column(), "'" + v + "' is not a code: letters, "
							+ "digits, spaces and - _ + / . (at most 64), or 'declined'; leave the cell empty when "
							+ "the person gave no answer"));
					continue;
				}
				answers.put(d.column(), code);
			}
			out.add(new SelfIdentification(id, answers, user, now));
		}
		if (table.rows().isEmpty()) {
			problems.add(new DataProblem(file, 2, null, "no data rows"));
		}
		return out;
	}

}
