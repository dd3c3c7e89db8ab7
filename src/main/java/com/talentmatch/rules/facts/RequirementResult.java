package com.talentmatch.rules.facts;

/**
 * The outcome of one requirement of the role for one candidate, as per-candidate rules
 * see and change it:
 * {@code RequirementResult( $s := subject, is("CET-6"), met == false )}. Changed only
 * through {@link Act} (waive, must-have, weight), which updates the session so that other
 * rules see the change.
 */
public final class RequirementResult {

	private final Case subject;

	private final int index;

	private final Requirement.Kind kind;

	private final String written;

	private final String target;

	private final String targetName;

	private final String rule;

	private final String group;

	private final int option;

	private final double minimumRank;

	private final boolean met;

	private final double gap;

	private final String actual;

	private final String source;

	boolean mustHave;

	double weight;

	String waiver;

	/**
	 * @param subject the candidate's case
	 * @param index position among the role's requirements
	 * @param kind level, grade or experience
	 * @param written the target as the declaring rule wrote it
	 * @param target resolved key ({@code model/competency}, {@code scale/grade}, kind)
	 * @param targetName display name
	 * @param rule declaring rule
	 * @param mustHave must-have
	 * @param weight weight
	 * @param group alternative group or {@code null}
	 * @param option option in the group
	 * @param minimumRank rank of the minimum
	 * @param met met
	 * @param gap gap
	 * @param actual what counted, or {@code null}
	 * @param source source of a level, or {@code null}
	 */
	public RequirementResult(Case subject, int index, Requirement.Kind kind, String written, String target,
			String targetName, String rule, boolean mustHave, double weight, String group, int option,
			double minimumRank, boolean met, double gap, String actual, String source) {
		this.subject = subject;
		this.index = index;
		this.kind = kind;
		this.written = written;
		this.target = target;
		this.targetName = targetName;
		this.rule = rule;
		this.mustHave = mustHave;
		this.weight = weight;
		this.group = group;
		this.option = option;
		this.minimumRank = minimumRank;
		this.met = met;
		this.gap = gap;
		this.actual = actual;
		this.source = source;
	}

	/**
	 * Whether this is the requirement named {@code name}: as written, its resolved key
	 * ({@code english/CET-6}, {@code gzmcc-core/teamwork}) or its display name.
	 */
	public boolean is(String name) {
		return name != null && (name.equals(written) || name.equals(target) || name.equals(targetName)
				|| target.endsWith("/" + name));
	}

	public Case getSubject() {
		return subject;
	}

	public int getIndex() {
		return index;
	}

	public Requirement.Kind getKind() {
		return kind;
	}

	public String getWritten() {
		return written;
	}

	public String getTarget() {
		return target;
	}

	public String getTargetName() {
		return targetName;
	}

	public String getRule() {
		return rule;
	}

	public boolean isMustHave() {
		return mustHave;
	}

	public double getWeight() {
		return weight;
	}

	public String getGroup() {
		return group;
	}

	public int getOption() {
		return option;
	}

	public double getMinimumRank() {
		return minimumRank;
	}

	/**
	 * Met by the candidate's own levels, grades or years (a waiver does not change it).
	 */
	public boolean isMet() {
		return met;
	}

	/** Met or waived. */
	public boolean isSatisfied() {
		return met || waiver != null;
	}

	public boolean isWaived() {
		return waiver != null;
	}

	/** The waiver's reason, or {@code null}. */
	public String getWaiver() {
		return waiver;
	}

	/** How far short: levels, grade ranks or years (0 when met). */
	public double getGap() {
		return gap;
	}

	public String getActual() {
		return actual;
	}

	public String getSource() {
		return source;
	}

}
