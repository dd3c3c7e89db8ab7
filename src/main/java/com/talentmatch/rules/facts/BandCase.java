package com.talentmatch.rules.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * One point of the readiness space, for a readiness decision table: unsatisfied
 * must-haves, unsatisfied requirements, the largest level gap and the performance rating
 * ({@code 0} when none). When the rules are built every point is put to the table; each
 * row whose conditions hold assigns its band ({@link Dsl#bandFor}). A point no row covers
 * or two rows cover is refused with the rows' lines; the result is a lookup, so the table
 * costs nothing per candidate.
 */
public final class BandCase {

	private final int mustHaveGaps;

	private final int gaps;

	private final int largestGap;

	private final int performance;

	final List<String[]> assigned = new ArrayList<>();

	public BandCase(int mustHaveGaps, int gaps, int largestGap, int performance) {
		this.mustHaveGaps = mustHaveGaps;
		this.gaps = gaps;
		this.largestGap = largestGap;
		this.performance = performance;
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

	/** Performance rating 1–3, {@code 0} when none. */
	public int getPerformance() {
		return performance;
	}

	/** Each assignment: band code, rule package, rule name. */
	public List<String[]> getAssigned() {
		return List.copyOf(assigned);
	}

}
