package com.talentmatch.rules;

import com.talentmatch.rules.facts.Requirement;

/**
 * A requirement as declared by a rule, resolved against the catalogue.
 *
 * @param kind level, grade or experience
 * @param written the target as the rule wrote it ({@code 沟通能力}, {@code CET-6},
 * {@code 海外})
 * @param target resolved key: {@code model/competency}, {@code scale/grade} or the
 * experience kind
 * @param targetName display name of the target
 * @param minimum minimum as written (level code, grade code, years)
 * @param minimumRank rank of the minimum in its scale (for experience: whole years)
 * @param mustHave whether it decides eligibility
 * @param weight weight in the fit score
 * @param group alternative group, or {@code null}
 * @param option option within the group
 * @param isDefault whether the minimum is a default for the customer to tune
 * @param role the role the rule declared it for (a family when inherited)
 * @param rule name of the declaring rule
 * @param file rule file
 * @param line line (for decision tables: row) of the rule
 */
public record ResolvedRequirement(Requirement.Kind kind, String written, String target, String targetName,
		String minimum, double minimumRank, boolean mustHave, double weight, String group, int option,
		boolean isDefault, String role, String rule, String file, int line) {

	/** Reason text in Chinese, e.g. {@code 沟通能力 不低于 3 (必备)}. */
	public String reasonZh() {
		String what = switch (kind) {
			case LEVEL -> targetName + " 不低于 " + minimum;
			case GRADE -> "持有 " + targetName + " 或更高";
			case EXPERIENCE -> target + "经验不少于 " + minimum + " 年";
		};
		return what + (mustHave ? " (必备)" : " (权重 " + weight + ")")
				+ (group != null ? " [备选 " + group + " 方案" + option + "]" : "") + (isDefault ? " [默认值]" : "");
	}

	/** Reason text in English. */
	public String reasonEn() {
		String what = switch (kind) {
			case LEVEL -> targetName + " at least " + minimum;
			case GRADE -> "holds " + targetName + " or higher";
			case EXPERIENCE -> "at least " + minimum + " years of " + target + " experience";
		};
		return what + (mustHave ? " (must-have)" : " (weight " + weight + ")")
				+ (group != null ? " [alternative " + group + " option " + option + "]" : "")
				+ (isDefault ? " [default]" : "");
	}

	/**
	 * Whether rules name this requirement {@code name}: as written, its resolved key
	 * ({@code english/CET-6}), its display name, or the key without its model or scale
	 * ({@code CET-6}). {@link com.talentmatch.rules.facts.RequirementResult#is} answers
	 * the same for the fact.
	 */
	boolean named(String name) {
		return name.equals(written) || name.equals(target) || name.equals(targetName) || target.endsWith("/" + name);
	}

	/** This requirement as a per-candidate rule changed it. */
	ResolvedRequirement with(boolean mustHave, double weight) {
		return mustHave == this.mustHave && weight == this.weight ? this
				: new ResolvedRequirement(kind, written, target, targetName, minimum, minimumRank, mustHave, weight,
						group, option, isDefault, role, rule, file, line);
	}
}
