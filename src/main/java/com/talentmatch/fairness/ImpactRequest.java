package com.talentmatch.fairness;

import java.util.ArrayList;
import java.util.List;

import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.InvalidDataException;

/**
 * What to report on.
 *
 * @param role role id or name
 * @param basis {@code ranking} (default) or {@code decisions}
 * @param top with basis ranking: only the first N ranked count as selected, or
 * {@code null} for every eligible person
 * @param type with basis ranking: only {@code internal} or {@code external} people, or
 * {@code null} for all
 * @param minGroupSize groups with fewer people are too small to judge, or {@code null}
 * for the configured default
 */
public record ImpactRequest(String role, String basis, Integer top, String type, Integer minGroupSize) {

	/** Where the selections come from. */
	public enum Basis {

		/** Selected = eligible (every must-have met), optionally within the top N. */
		RANKING("ranking"),
		/** Selected = the latest decision for the role is shortlist or promote. */
		DECISIONS("decisions");

		private final String code;

		Basis(String code) {
			this.code = code;
		}

		public String code() {
			return code;
		}

	}

	/**
	 * The basis asked for.
	 * @throws InvalidDataException naming every bad parameter
	 */
	public Basis checked() {
		List<DataProblem> problems = new ArrayList<>();
		if (role == null || role.isBlank()) {
			problems.add(new DataProblem("request", 0, "role", "role is required (id or name)"));
		}
		Basis b = null;
		for (Basis candidate : Basis.values()) {
			if (candidate.code().equals(basis == null ? Basis.RANKING.code() : basis)) {
				b = candidate;
			}
		}
		if (b == null) {
			problems.add(new DataProblem("request", 0, "basis", "basis must be ranking or decisions"));
		}
		if (top != null && (top < 1 || b != Basis.RANKING)) {
			problems.add(new DataProblem("request", 0, "top", "top must be 1 or more, and needs basis ranking"));
		}
		if (type != null && (b != Basis.RANKING || !(type.equals("internal") || type.equals("external")))) {
			problems
				.add(new DataProblem("request", 0, "type", "type must be internal or external, with basis ranking"));
		}
		if (minGroupSize != null && (minGroupSize < 1 || minGroupSize > 1000)) {
			problems.add(new DataProblem("request", 0, "minGroupSize", "minGroupSize must be 1–1000"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidDataException(problems);
		}
		return b;
	}

}
