package com.talentmatch.candidates;

import java.util.List;
import java.util.Map;

/**
 * A person in the store.
 *
 * @param id unique id (letters, digits, '-', '_')
 * @param name name
 * @param type {@code internal} (employee) or {@code external} (applicant)
 * @param department department, or {@code null}
 * @param currentRole current role profile id, or {@code null}
 * @param performance performance rating 1–3, or {@code null}
 * @param potential potential rating 1–3, or {@code null}
 * @param grades grades and certificates held ({@code CET-6}, {@code bachelor})
 * @param experience years of experience by kind ({@code 在岗}, {@code 海外})
 * @param levels assessed levels with their source
 */
public record Candidate(String id, String name, String type, String department, String currentRole, Integer performance,
		Integer potential, List<String> grades, Map<String, Double> experience, List<Level> levels) {

	public Candidate {
		grades = grades == null ? List.of() : List.copyOf(grades);
		experience = experience == null ? Map.of()
				: java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(experience));
		levels = levels == null ? List.of() : List.copyOf(levels);
	}

	/**
	 * One assessed level.
	 *
	 * @param competency {@code model/competency}
	 * @param level level code of that competency's scale
	 * @param source {@code assessment}, {@code manager}, {@code 360} or {@code self}
	 * @param assessedOn when it was assessed, or {@code null}
	 */
	public record Level(String competency, String level, String source, java.time.LocalDate assessedOn) {
	}

	/**
	 * This person without performance and potential, for those who may not see ratings.
	 */
	public Candidate withoutRatings() {
		return withRatings(null, null);
	}

	/** This person with another performance and potential (a calibration's). */
	public Candidate withRatings(Integer newPerformance, Integer newPotential) {
		return new Candidate(id, name, type, department, currentRole, newPerformance, newPotential, grades, experience,
				levels);
	}

	/** Whether performance or potential is given. */
	public boolean rated() {
		return performance != null || potential != null;
	}

	public boolean internal() {
		return "internal".equals(type);
	}
}
