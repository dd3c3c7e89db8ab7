package com.talentmatch.rules.facts;

import org.kie.api.runtime.rule.RuleContext;

/**
 * One candidate's result for one role, as per-candidate rules see it after the
 * requirements were judged, kept current as rules act ({@link Act}): <pre>{@code
 * rule "绩效评级为1不能现在就绪"
 * when $a : Assessment( $s := subject, band == "ready-now", performance == 1 )
 * then Act.band(kcontext, $s, "ready-1-2y", "绩效评级为1");
 * end
 * }</pre> Such rules live in their own rule base and fire only for the candidates they
 * concern.
 */
public final class Assessment {

	private final Case subject;

	private final String candidateId;

	private final String role;

	private final Integer performance;

	private final Integer potential;

	boolean eligible;

	double score;

	int mustHaveGaps;

	int gaps;

	int largestGap;

	String band;

	String changedBy;

	boolean calibration;

	boolean review;

	/**
	 * @param subject the case
	 * @param performance 1–3 or {@code null}
	 * @param potential 1–3 or {@code null}
	 * @param score the first result
	 */
	public Assessment(Case subject, Integer performance, Integer potential, Rescorer.Score score) {
		this.subject = subject;
		this.candidateId = subject.getCandidateId();
		this.role = subject.getRole();
		this.performance = performance;
		this.potential = potential;
		apply(score);
	}

	final void apply(Rescorer.Score s) {
		this.eligible = s.eligible();
		this.score = Math.max(0, Math.min(100, Math.round(10 * (s.score() + subject.scoreDelta)) / 10.0));
		this.mustHaveGaps = s.mustHaveGaps();
		this.gaps = s.gaps();
		this.largestGap = s.largestGap();
		this.band = s.band();
	}

	/**
	 * Sets another readiness band, recording the rule that did (its name is the reason);
	 * the same as {@link Act#band}.
	 */
	public void changeBand(String newBand, RuleContext ctx) {
		Act.band(ctx, subject, newBand, ctx.getRule().getName());
	}

	/** Whether the role being filled is {@code role} (key or name). */
	public boolean isFor(String role) {
		return role != null && (role.equals(this.role) || role.equals(subject.getRoleName()));
	}

	public Case getSubject() {
		return subject;
	}

	public String getCandidateId() {
		return candidateId;
	}

	public String getRole() {
		return role;
	}

	public Integer getPerformance() {
		return performance;
	}

	public Integer getPotential() {
		return potential;
	}

	/** Every must-have met or waived. */
	public boolean isEligible() {
		return eligible;
	}

	/** Fit 0–100, with the points rules added. */
	public double getScore() {
		return score;
	}

	public int getMustHaveGaps() {
		return mustHaveGaps;
	}

	public int getGaps() {
		return gaps;
	}

	public int getLargestGap() {
		return largestGap;
	}

	public String getBand() {
		return band;
	}

	/** The last rule that set the band, or {@code null}. */
	public String getChangedBy() {
		return changedBy;
	}

	/** Flagged for calibration by a rule. */
	public boolean isCalibration() {
		return calibration;
	}

	/** A rule asked for a human review. */
	public boolean isReview() {
		return review;
	}

}
