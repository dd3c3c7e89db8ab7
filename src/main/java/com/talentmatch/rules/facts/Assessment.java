package com.talentmatch.rules.facts;

import org.kie.api.runtime.rule.RuleContext;

/**
 * One candidate's result for one role, as rules may adjust it after the requirements were
 * judged: <pre>{@code
 * rule "绩效评级为1不能现在就绪"
 * when $a : Assessment(band == "ready-now", performance == 1)
 * then $a.changeBand("ready-1-2y", kcontext);
 * end
 * }</pre> Such rules fire only for the few candidates they concern.
 */
public final class Assessment {

	private final String candidateId;

	private final String role;

	private final Integer performance;

	private final Integer potential;

	private final boolean eligible;

	private final double score;

	private final int mustHaveGaps;

	private final int gaps;

	private final int largestGap;

	private String band;

	private String changedBy;

	public Assessment(String candidateId, String role, Integer performance, Integer potential, boolean eligible,
			double score, int mustHaveGaps, int gaps, int largestGap, String band) {
		this.candidateId = candidateId;
		this.role = role;
		this.performance = performance;
		this.potential = potential;
		this.eligible = eligible;
		this.score = score;
		this.mustHaveGaps = mustHaveGaps;
		this.gaps = gaps;
		this.largestGap = largestGap;
		this.band = band;
	}

	/** Sets another readiness band, recording the rule that did. */
	public void changeBand(String newBand, RuleContext ctx) {
		this.band = newBand;
		this.changedBy = ctx.getRule().getName();
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

	public boolean isEligible() {
		return eligible;
	}

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

	public String getChangedBy() {
		return changedBy;
	}

}
