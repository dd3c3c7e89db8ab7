package com.talentmatch.rules;

import java.util.Set;

import org.kie.api.KieBase;

/**
 * The per-candidate rules of a rule set (every rule whose conditions match a candidate's
 * facts), compiled apart from the declarations, so that a candidate's session holds only
 * the rules that may concern a candidate.
 *
 * @param base the compiled rules, or {@code null} when there are none
 * @param facts the fact types their conditions match: only these are inserted
 * @param count how many rules
 * @param ratingSources the sources {@code Rating} patterns name, or {@code null} when one
 * does not name its source
 * @param requirementNames the requirements {@code RequirementResult} patterns name, or
 * {@code null} when one does not name its requirement
 */
record CandidateRules(KieBase base, Set<Class<?>> facts, int count, Set<String> ratingSources,
		Set<String> requirementNames) {

	static final CandidateRules NONE = new CandidateRules(null, Set.of(), 0, null, null);

	/**
	 * Whether the outcome of this requirement is inserted: when every
	 * {@code RequirementResult} pattern names its requirement as text, only those
	 * ({@code requirementNames}; null: all).
	 */
	boolean matchesResult(ResolvedRequirement r) {
		if (requirementNames == null) {
			return true;
		}
		return requirementNames.stream().anyMatch(r::named);
	}

	/**
	 * Whether ratings from {@code source} are inserted: when every {@code Rating} pattern
	 * names its source as text, only those sources' ratings ({@code ratingSources}; null:
	 * all).
	 */
	boolean ratesSource(String source) {
		return ratingSources == null || ratingSources.contains(source);
	}

	boolean uses(Class<?> type) {
		return facts.contains(type);
	}

}
