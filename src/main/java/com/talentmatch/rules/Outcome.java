package com.talentmatch.rules;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One requirement judged for one candidate, with its explanation (the reason texts are
 * made when asked for).
 *
 * @param requirement the requirement, with the rule, file and line that declared it
 * @param met whether it is met
 * @param gap how far short: levels, grade ranks or years (0 when met)
 * @param actual the candidate's level, grade or years that counted, or {@code null} when
 * none
 * @param actualSource the source of that level ({@code assessment}, {@code evidence} …),
 * or {@code null}
 * @param waiver why a per-candidate rule waived it, or {@code null}
 * @param excess how far above the minimum: levels, grade ranks or years (0 when not met)
 */
public record Outcome(ResolvedRequirement requirement, boolean met, double gap, String actual, String actualSource,
		String waiver, double excess) implements Scoring.Item {

	/** An outcome without a waiver. */
	public Outcome(ResolvedRequirement requirement, boolean met, double gap, String actual, String actualSource,
			double excess) {
		this(requirement, met, gap, actual, actualSource, null, excess);
	}

	/** An outcome without a waiver, not above its minimum. */
	public Outcome(ResolvedRequirement requirement, boolean met, double gap, String actual, String actualSource) {
		this(requirement, met, gap, actual, actualSource, null, 0);
	}

	/** Met, or waived by a rule. */
	@Override
	public boolean satisfied() {
		return met || waiver != null;
	}

	/**
	 * The share of the requirement reached, as the fit score counts it: 1 when satisfied,
	 * else (minimum − gap) / minimum.
	 */
	public double credit() {
		return Scoring.credit(this);
	}

	/**
	 * The outcomes of each alternative group (or combination) by option, in order;
	 * ungrouped outcomes are left out.
	 */
	public static Map<String, Map<Integer, List<Outcome>>> alternatives(List<Outcome> outcomes) {
		return Scoring.alternatives(outcomes);
	}

	@Override
	public com.talentmatch.rules.facts.Requirement.Kind kind() {
		return requirement.kind();
	}

	@Override
	public boolean mustHave() {
		return requirement.mustHave();
	}

	@Override
	public double weight() {
		return requirement.weight();
	}

	@Override
	public String group() {
		return requirement.group();
	}

	@Override
	public int option() {
		return requirement.option();
	}

	@Override
	public double minimumRank() {
		return requirement.minimumRank();
	}

	/** Why, in Chinese: {@code 沟通能力 不低于 3 (必备): 实际 2 (manager), 差 1 级}. */
	@JsonProperty("reasonZh")
	public String reasonZh() {
		String actualText = switch (requirement.kind()) {
			case LEVEL -> actual == null ? "无评定等级" : "实际 " + actual + " (" + actualSource + ")";
			case GRADE -> actual == null ? "未持有该类证书" : "持有 " + actual;
			case EXPERIENCE -> "实际 " + actual + " 年";
		};
		String verdict = met ? "满足" : waiver != null ? "已免除: " + waiver : switch (requirement.kind()) {
			case LEVEL -> "差 " + (int) gap + " 级";
			case GRADE -> "未满足";
			case EXPERIENCE -> "差 " + gap + " 年";
		};
		return requirement.reasonZh() + ": " + actualText + ", " + verdict;
	}

	/** Why, in English. */
	@JsonProperty("reasonEn")
	public String reasonEn() {
		String actualText = switch (requirement.kind()) {
			case LEVEL -> actual == null ? "no level known" : "actual " + actual + " (" + actualSource + ")";
			case GRADE -> actual == null ? "holds none of this scale" : "holds " + actual;
			case EXPERIENCE -> "actual " + actual + " years";
		};
		String verdict = met ? "met" : waiver != null ? "waived: " + waiver : switch (requirement.kind()) {
			case LEVEL -> (int) gap + " level(s) short";
			case GRADE -> "not met";
			case EXPERIENCE -> gap + " years short";
		};
		return requirement.reasonEn() + ": " + actualText + ", " + verdict;
	}
}
