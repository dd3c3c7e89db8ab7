package com.talentmatch.rules.facts;

import java.util.Arrays;
import java.util.List;

/**
 * Declared by a rule: the role levels of one family, low to high
 * ({@code 客户关系专员 < 客户关系主管 | 大客户服务主管 < 客户服务部经理}): roles separated by {@code <} are one
 * level apart; roles separated by {@code |} are on the same level. Development plans take
 * the next step from a person's place on it, and a ranking for a role below the top
 * prefers people close to the role's level.
 */
public final class Ladder {

	private final String rule;

	private final String name;

	private final List<List<String>> steps;

	public Ladder(String rule, String name, String steps) {
		this.rule = rule;
		this.name = name;
		this.steps = Arrays.stream(steps.split("<"))
			.map(step -> Arrays.stream(step.split("[|｜]")).map(String::strip).filter(s -> !s.isEmpty()).toList())
			.toList();
	}

	public String getRule() {
		return rule;
	}

	public String getName() {
		return name;
	}

	/** The steps, low to high; each the roles (as written) on that level. */
	public List<List<String>> getSteps() {
		return steps;
	}

}
