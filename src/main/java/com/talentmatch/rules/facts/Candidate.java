package com.talentmatch.rules.facts;

import java.util.List;
import java.util.Map;

/**
 * What per-candidate rules may ask about the candidate: levels (the one that counts by
 * the source policy, or one source's), grades, years of experience, internal or external,
 * current role, department, performance and potential, id. Never a protected attribute.
 * <pre>{@code
 * Candidate( $s := subject, internal, years("在岗") >= 5, holds("CET-4") )
 * }</pre>
 */
public final class Candidate {

	private final Case subject;

	private final String id;

	private final boolean internal;

	private final String department;

	private final String currentRole;

	private final Integer performance;

	private final Integer potential;

	private final List<String> grades;

	private final Map<String, Double> experience;

	private final java.util.function.Supplier<List<Rating>> ratingsOf;

	private final java.util.function.Function<List<Rating>, Map<String, Rating>> countedOf;

	private List<Rating> ratings;

	private Map<String, Rating> counted;

	private final Lookup lookup;

	/**
	 * @param subject the case
	 * @param id candidate id
	 * @param internal an employee (not an applicant)
	 * @param department department, or {@code null}
	 * @param currentRole current role id, or {@code null}
	 * @param performance 1–3 or {@code null}
	 * @param potential 1–3 or {@code null}
	 * @param grades grades held
	 * @param experience years by kind
	 * @param ratings every level by source (evidence only where the policy counts it),
	 * made when a condition first asks
	 * @param counted by competency id, the rating the source policy lets count
	 * @param lookup the catalogue
	 */
	public Candidate(Case subject, String id, boolean internal, String department, String currentRole,
			Integer performance, Integer potential, List<String> grades, Map<String, Double> experience,
			java.util.function.Supplier<List<Rating>> ratings,
			java.util.function.Function<List<Rating>, Map<String, Rating>> counted, Lookup lookup) {
		this.subject = subject;
		this.id = id;
		this.internal = internal;
		this.department = department;
		this.currentRole = currentRole;
		this.performance = performance;
		this.potential = potential;
		this.grades = grades;
		this.experience = experience;
		this.ratingsOf = ratings;
		this.countedOf = counted;
		this.lookup = lookup;
	}

	/** Whether the level that counts for {@code competency} is at least {@code level}. */
	public boolean hasLevel(String competency, String level) {
		if (counted == null) {
			counted = countedOf.apply(ratings());
		}
		for (String c : lookup.competencies(competency)) {
			Rating r = counted.get(c);
			int min = lookup.rank(c, level);
			if (r != null && min > 0 && r.getRank() >= min) {
				return true;
			}
		}
		return false;
	}

	/** Whether {@code source} rated {@code competency} at least {@code level}. */
	public boolean hasLevelFrom(String source, String competency, String level) {
		for (String c : lookup.competencies(competency)) {
			int min = lookup.rank(c, level);
			for (Rating r : ratings()) {
				if (r.getCompetency().equals(c) && r.getSource().equals(source) && min > 0 && r.getRank() >= min) {
					return true;
				}
			}
		}
		return false;
	}

	private List<Rating> ratings() {
		if (ratings == null) {
			ratings = ratingsOf.get();
		}
		return ratings;
	}

	/** Whether the candidate holds {@code grade} or a higher grade of its scale. */
	public boolean holds(String grade) {
		return lookup.holds(grades, grade);
	}

	/**
	 * Years of experience of a kind ({@code 在岗}, {@code 海外}, {@code in-role}); 0 when
	 * none.
	 */
	public double years(String kind) {
		double years = 0;
		for (Map.Entry<String, Double> e : experience.entrySet()) {
			if (e.getKey().equalsIgnoreCase(kind) && e.getValue() != null) {
				years = Math.max(years, e.getValue());
			}
		}
		return years;
	}

	/** Whether the candidate's current role is {@code role} (id or name). */
	public boolean currentRoleIs(String role) {
		return currentRole != null && lookup.isRole(currentRole, role);
	}

	public Case getSubject() {
		return subject;
	}

	public String getId() {
		return id;
	}

	public boolean isInternal() {
		return internal;
	}

	public boolean isExternal() {
		return !internal;
	}

	public String getDepartment() {
		return department;
	}

	public String getCurrentRole() {
		return currentRole;
	}

	public Integer getPerformance() {
		return performance;
	}

	public Integer getPotential() {
		return potential;
	}

}
