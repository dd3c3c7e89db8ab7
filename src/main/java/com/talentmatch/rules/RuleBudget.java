package com.talentmatch.rules;

import java.time.Duration;

/**
 * How much rule firing one evaluation may take: at most {@code time} in the rule engine
 * per call (one request's candidates, or one build's declarations), and at most
 * {@code firingsPerFact} firings per fact (candidate or declaring rule) plus 1,000. A
 * rule that keeps re-triggering itself hits one of the two; the session is halted and the
 * call fails with {@link RuleBudgetExceededException}, naming the rule.
 *
 * @param time the time budget ({@code talent-match.rules-time-budget-ms}, default 3 s)
 * @param firingsPerFact the firing limit per fact (default 100)
 */
public record RuleBudget(Duration time, int firingsPerFact) {

	/** 3 seconds, 100 firings per fact. */
	public static final RuleBudget DEFAULT = new RuleBudget(Duration.ofSeconds(3), 100);

	public RuleBudget {
		if (time == null || time.isNegative() || time.isZero()) {
			throw new IllegalArgumentException("the rule time budget must be positive, got " + time);
		}
		if (firingsPerFact < 1) {
			throw new IllegalArgumentException("the firing limit per fact must be positive, got " + firingsPerFact);
		}
	}

	/** The firing limit for a session of {@code facts} facts. */
	int firingLimit(int facts) {
		return (int) Math.min(Integer.MAX_VALUE, 1_000L + (long) firingsPerFact * facts);
	}

}
