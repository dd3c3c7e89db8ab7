package com.talentmatch.rules.facts;

/**
 * One level of one competency from one source, for rules over two facts ("the manager and
 * the 360 rating of the same competency differ by two levels or more").
 */
public final class Rating {

	private final Case subject;

	private final String competency;

	private final String competencyName;

	private final String source;

	private final String level;

	private final int rank;

	/**
	 * @param subject the candidate's case
	 * @param competency {@code model/competency}
	 * @param competencyName its name
	 * @param source {@code assessment}, {@code manager}, {@code 360}, {@code self},
	 * {@code evidence}
	 * @param level level code
	 * @param rank rank of the level in its scale (1 = lowest)
	 */
	public Rating(Case subject, String competency, String competencyName, String source, String level, int rank) {
		this.subject = subject;
		this.competency = competency;
		this.competencyName = competencyName;
		this.source = source;
		this.level = level;
		this.rank = rank;
	}

	public Case getSubject() {
		return subject;
	}

	public String getCompetency() {
		return competency;
	}

	public String getCompetencyName() {
		return competencyName;
	}

	public String getSource() {
		return source;
	}

	public String getLevel() {
		return level;
	}

	public int getRank() {
		return rank;
	}

}
