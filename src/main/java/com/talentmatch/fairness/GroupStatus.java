package com.talentmatch.fairness;

/** How a group of the adverse-impact report is judged. */
public enum GroupStatus {

	/** The group with the highest selection rate among those large enough to judge. */
	REFERENCE("reference"),
	/** Impact ratio 0.8 or more. */
	WITHIN_FOUR_FIFTHS("within-four-fifths"),
	/** Impact ratio under 0.8: the four-fifths flag. */
	BELOW_FOUR_FIFTHS("below-four-fifths"),
	/** Fewer people than the minimum group size: too small to judge, not a reference. */
	TOO_SMALL("too-small"),
	/** {@code declined} or {@code not provided}: not a group, not judged. */
	NOT_STATED("not-stated"),
	/** No group large enough to judge had anyone selected: no ratio to judge by. */
	NO_REFERENCE("no-reference");

	private final String code;

	GroupStatus(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

}
