package com.talentmatch.rules.facts;

import java.util.List;

/**
 * Declared by a rule: how level sources combine. The first source in {@code precedence}
 * that has a level for a competency decides it (e.g. an assessment-centre level beats an
 * evidence-inferred one); evidence counts only when supported by at least
 * {@code evidenceMinSentences} sentences with confidence at least
 * {@code evidenceMinConfidence}.
 */
public final class SourcePolicy {

	private final List<String> precedence;

	private final int evidenceMinSentences;

	private final double evidenceMinConfidence;

	private final String rule;

	private final String scope;

	public SourcePolicy(String rule, List<String> precedence, int evidenceMinSentences, double evidenceMinConfidence) {
		this(rule, null, precedence, evidenceMinSentences, evidenceMinConfidence);
	}

	/**
	 * @param scope the role family, role or competency it is for, or {@code null} for
	 * every one without its own
	 */
	public SourcePolicy(String rule, String scope, List<String> precedence, int evidenceMinSentences,
			double evidenceMinConfidence) {
		this.rule = rule;
		this.scope = scope;
		this.precedence = List.copyOf(precedence);
		this.evidenceMinSentences = evidenceMinSentences;
		this.evidenceMinConfidence = evidenceMinConfidence;
	}

	public List<String> getPrecedence() {
		return precedence;
	}

	public int getEvidenceMinSentences() {
		return evidenceMinSentences;
	}

	public double getEvidenceMinConfidence() {
		return evidenceMinConfidence;
	}

	/** The family, role or competency it is for, or {@code null} (global). */
	public String getScope() {
		return scope;
	}

	public String getRule() {
		return rule;
	}

}
