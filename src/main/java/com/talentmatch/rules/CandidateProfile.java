package com.talentmatch.rules;

import java.util.List;
import java.util.Map;

/**
 * What is known about one person, as the rules see it.
 *
 * @param id candidate id
 * @param levels competency levels with their source
 * @param grades grades and certificates held ({@code CET-6}, {@code english/TEM-8},
 * {@code 本科})
 * @param experience years of experience by kind ({@code 在岗}, {@code 海外}, {@code in-role}
 * …)
 * @param performance performance rating 1–3 (for 9-box and readiness adjustments), or
 * {@code null}
 * @param potential potential rating 1–3, or {@code null}
 * @param internal an employee, not an applicant ({@code null}: not known, taken as
 * external)
 * @param department department, or {@code null}
 * @param currentRole current role profile id, or {@code null}
 */
public record CandidateProfile(String id, List<LevelObservation> levels, List<String> grades,
		Map<String, Double> experience, Integer performance, Integer potential, Boolean internal, String department,
		String currentRole) {

	public CandidateProfile {
		levels = levels == null ? List.of() : List.copyOf(levels);
		grades = grades == null ? List.of() : List.copyOf(grades);
		experience = experience == null ? Map.of() : Map.copyOf(experience);
		internal = Boolean.TRUE.equals(internal);
	}

	/** An external candidate with no department or current role. */
	public CandidateProfile(String id, List<LevelObservation> levels, List<String> grades,
			Map<String, Double> experience, Integer performance, Integer potential) {
		this(id, levels, grades, experience, performance, potential, false, null, null);
	}

	/**
	 * One level of one competency from one source.
	 *
	 * @param competency {@code model/competency}, or a competency name as the rules write
	 * it
	 * @param level level code
	 * @param source {@code assessment}, {@code manager}, {@code 360}, {@code self} or
	 * {@code evidence} (default assessment)
	 * @param confidence 0–1 (evidence), or {@code null}
	 * @param sentences supporting sentences (evidence), or {@code null}
	 */
	public record LevelObservation(String competency, String level, String source, Double confidence,
			Integer sentences) {
	}
}
