package com.talentmatch.rules.facts;

/**
 * Declared by a rule: what a role requires. Either a competency at a minimum level
 * ({@code kind = LEVEL}, {@code target} a competency name or {@code model/competency} id,
 * {@code minimum} a level code such as {@code 3}, {@code S} or {@code Si}) or a grade
 * ({@code kind = GRADE}, {@code target} a grade such as {@code CET-6} or
 * {@code english/CET-6}). A must-have decides eligibility; otherwise the weight counts in
 * the fit score. Requirements of one {@code group} are alternatives: the group is met
 * when every requirement of any one {@code option} is met ("CET-6, or TEM-4 plus two
 * years abroad").
 */
public final class Requirement {

	/** What is required. */
	public enum Kind {

		LEVEL, GRADE, EXPERIENCE

	}

	private final String role;

	private final Kind kind;

	private final String target;

	private final String minimum;

	private final String rule;

	private boolean mustHave;

	private double weight = 1;

	private String group;

	private int option;

	private boolean isDefault;

	private String rulePackage;

	private int statement;

	public Requirement(String role, Kind kind, String target, String minimum, String rule) {
		this.role = role;
		this.kind = kind;
		this.target = target;
		this.minimum = minimum;
		this.rule = rule;
	}

	/** A competency level requirement; {@code rule} is the declaring rule's name. */
	public static Requirement level(String rule, String role, String competency, String minimum) {
		return new Requirement(role, Kind.LEVEL, competency, minimum, rule);
	}

	/** A grade requirement. */
	public static Requirement grade(String rule, String role, String grade) {
		return new Requirement(role, Kind.GRADE, grade, grade, rule);
	}

	/**
	 * At least {@code years} of experience of a kind ({@code 在岗}/{@code in-role},
	 * {@code 海外}/{@code abroad} …).
	 */
	public static Requirement experience(String rule, String role, String kind, String years) {
		return new Requirement(role, Kind.EXPERIENCE, kind, years, rule);
	}

	public Requirement mustHave() {
		this.mustHave = true;
		return this;
	}

	/** Must-have when {@code must} is true (for decision-table columns). */
	public Requirement must(boolean must) {
		this.mustHave = must;
		return this;
	}

	public Requirement weight(double w) {
		this.weight = w;
		return this;
	}

	/**
	 * Makes this requirement option {@code option} of alternative group {@code group}.
	 */
	public Requirement alternative(String group, int option) {
		this.group = group;
		this.option = option;
		return this;
	}

	/**
	 * Marks the minimum as a default for the customer to tune (the seeds rarely state
	 * minimum levels).
	 */
	public Requirement asDefault() {
		this.isDefault = true;
		return this;
	}

	/**
	 * Records the declaring rule's package and which of its statements (0-based) declared
	 * this, for the line.
	 */
	public Requirement declaredBy(String rulePackage, int statement) {
		this.rulePackage = rulePackage;
		this.statement = statement;
		return this;
	}

	public String getRulePackage() {
		return rulePackage;
	}

	public int getStatement() {
		return statement;
	}

	public String getRole() {
		return role;
	}

	public Kind getKind() {
		return kind;
	}

	public String getTarget() {
		return target;
	}

	public String getMinimum() {
		return minimum;
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

	public boolean isDefault() {
		return isDefault;
	}

}
