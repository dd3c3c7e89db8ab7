package com.talentmatch.rules;

import java.util.List;

import com.talentmatch.catalogue.Catalogue;

/**
 * For {@code bench.RuleBenchmark} only: builds a rule set without the safety check, to
 * show what the check costs. Test code; the service never builds without it.
 */
public final class UncheckedBuilds {

	private UncheckedBuilds() {
	}

	/** {@link RuleSets#build} without {@link RuleSafety}. */
	public static RuleSet buildWithoutSafetyCheck(List<RuleFile> files, Catalogue catalogue, String author) {
		return RuleSetBuilder.build(files, catalogue, author, RuleBudget.DEFAULT, false);
	}

}
