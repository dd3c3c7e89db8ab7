package com.talentmatch.rules.facts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One candidate judged for one role: what ties the facts of that candidate together in a
 * rule session. Every per-candidate fact ({@link Candidate}, {@link Rating},
 * {@link RequirementResult}, {@link Assessment}) has {@code subject}, so that the
 * patterns of one rule unify on it ({@code $s := subject}) and never join two candidates.
 * Actions ({@link Act}) take it.
 */
public final class Case {

	private final String candidateId;

	private final String role;

	private final String roleName;

	final Rescorer rescorer;

	private List<RequirementResult> results;

	private java.util.function.Function<Case, List<RequirementResult>> resultsOf;

	final List<Adjustment> adjustments = new ArrayList<>();

	/** rule + action + target already applied: an action applies once per rule. */
	final Set<String> applied = new HashSet<>();

	Assessment assessment;

	String explicitBand;

	double scoreDelta;

	/**
	 * @param candidateId candidate
	 * @param role role key
	 * @param roleName role name
	 * @param rescorer how scores and bands are recomputed after an action
	 */
	public Case(String candidateId, String role, String roleName, Rescorer rescorer) {
		this.candidateId = candidateId;
		this.role = role;
		this.roleName = roleName;
		this.rescorer = rescorer;
	}

	/**
	 * Sets how the outcomes of the role's requirements are made for this case, when a
	 * rule first needs them (before the rules fire).
	 */
	public void setResults(java.util.function.Function<Case, List<RequirementResult>> resultsOf) {
		this.resultsOf = resultsOf;
	}

	/** The outcomes, made on first use. */
	List<RequirementResult> results() {
		if (results == null) {
			results = new ArrayList<>(resultsOf == null ? List.of() : resultsOf.apply(this));
		}
		return results;
	}

	/** Sets the assessment (before the rules fire). */
	public void setAssessment(Assessment a) {
		this.assessment = a;
	}

	public String getCandidateId() {
		return candidateId;
	}

	public String getRole() {
		return role;
	}

	public String getRoleName() {
		return roleName;
	}

	public Assessment getAssessment() {
		return assessment;
	}

	/** The outcomes of the role's requirements, with any waiver and override. */
	public List<RequirementResult> getResults() {
		return List.copyOf(results());
	}

	/** Whether a rule changed anything for this candidate. */
	public boolean isAdjusted() {
		return !adjustments.isEmpty();
	}

	/** What rules changed, in order. */
	public List<Adjustment> getAdjustments() {
		return List.copyOf(adjustments);
	}

	/** The band a rule set, or {@code null}. */
	public String getExplicitBand() {
		return explicitBand;
	}

	/** Points rules added (negative: subtracted). */
	public double getScoreDelta() {
		return scoreDelta;
	}

	@Override
	public String toString() {
		return candidateId + "@" + role;
	}

}
