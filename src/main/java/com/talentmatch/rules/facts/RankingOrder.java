package com.talentmatch.rules.facts;

import java.util.Arrays;
import java.util.List;

/**
 * Declared by a rule: how a ranking orders people who are equal in eligibility, fit score
 * and readiness — the tie-breakers in order, by name ({@code 接近层级 > 超出要求 > 来源可信度} or
 * {@code closeness > exceeding > reliability}), and how many levels above a minimum count
 * as credit ({@code cap}).
 */
public final class RankingOrder {

	private final String rule;

	private final List<String> criteria;

	private final int cap;

	/** {@code criteria}: names separated by {@code >} or {@code ,}. */
	public RankingOrder(String rule, String criteria, int cap) {
		this.rule = rule;
		this.criteria = Arrays.stream(criteria.split("[>,，、]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		this.cap = cap;
	}

	public String getRule() {
		return rule;
	}

	/** The tie-breakers as written, in order. */
	public List<String> getCriteria() {
		return criteria;
	}

	/** Levels above a minimum that count as credit, per requirement. */
	public int getCap() {
		return cap;
	}

}
