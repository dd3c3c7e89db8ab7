package com.talentmatch.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How a ranking orders people who are equal in eligibility, fit score and readiness: the
 * tie-breakers in the order the rules declare them ({@code 排序依据 …}), and how many levels
 * above a minimum count as credit. {@code rules/README.md} ("How a ranking is ordered")
 * defines each criterion.
 *
 * @param criteria the tie-breakers, in order
 * @param cap levels (or grade steps) above a minimum that count as credit, per
 * requirement
 * @param rule the declaring rule, or {@code null} for the default
 * @param file its file, or {@code null}
 * @param line its line, or 0
 */
public record RankingPolicy(List<Criterion> criteria, int cap, String rule, String file, int line) {

	/**
	 * Every criterion in its default order, one level of credit: when no rule declares
	 * one.
	 */
	public static final RankingPolicy DEFAULT = new RankingPolicy(List.of(Criterion.values()), 1, null, null, 0);

	/** A tie-breaker, with its names in rule files. */
	public enum Criterion {

		/** For a role below the top of its ladder: fewer levels beyond the credit. */
		CLOSENESS("接近层级", "closeness"),
		/** More credit for exceeding minimums, at most {@code cap} per requirement. */
		EXCEEDING("超出要求", "exceeding"),
		/** More of the levels that counted from the more reliable sources. */
		RELIABILITY("来源可信度", "reliability"),
		/** Stronger evidence sentences for the role's competencies. */
		EVIDENCE("证据强度", "evidence"),
		/** More recent assessments and evidence. */
		RECENCY("时效", "recency"),
		/** Higher levels requirement by requirement, heaviest first. */
		PROFILE("逐项等级", "profile"),
		/** Higher (calibrated) performance, then potential. */
		RATINGS("绩效潜力", "ratings");

		private final String zh;

		private final String en;

		Criterion(String zh, String en) {
			this.zh = zh;
			this.en = en;
		}

		public String zh() {
			return zh;
		}

		public String en() {
			return en;
		}

		/** The criterion with this name (zh or en, any case). */
		public static Optional<Criterion> named(String name) {
			return Arrays.stream(values())
				.filter(c -> c.zh.equals(name) || c.en.equalsIgnoreCase(name) || c.name().equalsIgnoreCase(name))
				.findFirst();
		}

	}

}
