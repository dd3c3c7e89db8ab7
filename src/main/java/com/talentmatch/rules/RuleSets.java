package com.talentmatch.rules;

import java.util.List;

import com.talentmatch.catalogue.Catalogue;

/**
 * Entry point for building rule sets outside the running service (CLI, tests,
 * benchmarks).
 */
public final class RuleSets {

	private RuleSets() {
	}

	/**
	 * Builds and validates a rule set; throws
	 * {@link com.talentmatch.catalogue.InvalidDataException} with file:line.
	 */
	public static RuleSet build(List<RuleFile> files, Catalogue catalogue, String author) {
		return RuleSetBuilder.build(files, catalogue, author);
	}

}
