package com.talentmatch.rules;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the rules come from.
 *
 * @param rulesDir the rules directory (default {@code rules})
 * @param rulesWatch whether changed rule files are picked up while running (default true)
 * @param rulesRecordActivations whether this process records which version it made
 * active, for a later start with invalid rules to go back to (default true; CLI commands,
 * which serve nobody, do not)
 * @param rulesTimeBudgetMs how long the rules of one evaluation may fire, in milliseconds
 * (default 3000); see {@link RuleBudget}
 */
@ConfigurationProperties("talent-match")
public record RuleProperties(Path rulesDir, Boolean rulesWatch, Boolean rulesRecordActivations,
		Long rulesTimeBudgetMs) {

	public RuleProperties {
		rulesDir = rulesDir == null ? Path.of("rules") : rulesDir;
		rulesWatch = rulesWatch == null || rulesWatch;
		rulesRecordActivations = rulesRecordActivations == null || rulesRecordActivations;
		rulesTimeBudgetMs = rulesTimeBudgetMs == null ? RuleBudget.DEFAULT.time().toMillis() : rulesTimeBudgetMs;
		if (rulesTimeBudgetMs <= 0) {
			throw new IllegalArgumentException(
					"talent-match.rules-time-budget-ms must be positive, got " + rulesTimeBudgetMs);
		}
	}

	/** The budget rules run within. */
	public RuleBudget budget() {
		return new RuleBudget(java.time.Duration.ofMillis(rulesTimeBudgetMs), RuleBudget.DEFAULT.firingsPerFact());
	}
}
