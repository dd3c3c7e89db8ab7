package com.talentmatch.rules.facts;

/**
 * Declared by a rule: a readiness band and when it applies. Bands are tried in
 * {@code order}; the first whose limits the candidate is within applies. Limits: at most
 * {@code maxMustHaveGaps} unmet must-haves, at most {@code maxGaps} unmet requirements,
 * no gap larger than {@code maxGapLevels} levels.
 */
public final class ReadinessBand {

	private final String code;

	private final String labelZh;

	private final String labelEn;

	private final int order;

	private final int maxMustHaveGaps;

	private final int maxGaps;

	private final int maxGapLevels;

	private final String rule;

	private final boolean readySoon;

	public ReadinessBand(String rule, int order, String code, String labelZh, String labelEn, int maxMustHaveGaps,
			int maxGaps, int maxGapLevels) {
		this(rule, order, code, labelZh, labelEn, maxMustHaveGaps, maxGaps, maxGapLevels, false);
	}

	/**
	 * @param readySoon whether the band counts as "ready soon" for bench strength
	 */
	public ReadinessBand(String rule, int order, String code, String labelZh, String labelEn, int maxMustHaveGaps,
			int maxGaps, int maxGapLevels, boolean readySoon) {
		this.readySoon = readySoon;
		this.rule = rule;
		this.order = order;
		this.code = code;
		this.labelZh = labelZh;
		this.labelEn = labelEn;
		this.maxMustHaveGaps = maxMustHaveGaps;
		this.maxGaps = maxGaps;
		this.maxGapLevels = maxGapLevels;
	}

	public String getCode() {
		return code;
	}

	public String getLabelZh() {
		return labelZh;
	}

	public String getLabelEn() {
		return labelEn;
	}

	public int getOrder() {
		return order;
	}

	public int getMaxMustHaveGaps() {
		return maxMustHaveGaps;
	}

	public int getMaxGaps() {
		return maxGaps;
	}

	public int getMaxGapLevels() {
		return maxGapLevels;
	}

	/** Whether it counts as "ready soon" for bench strength. */
	public boolean isReadySoon() {
		return readySoon;
	}

	public String getRule() {
		return rule;
	}

}
