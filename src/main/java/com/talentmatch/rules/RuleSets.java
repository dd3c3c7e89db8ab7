package com.talentmatch.rules;

import java.util.List;

import com.talentmatch.catalogue.Catalogue;
import com.talentmatch.catalogue.DataProblem;

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

	/**
	 * The safety and protected-attribute check alone, without compiling: every problem
	 * with its file and line, empty when the files may be compiled. {@link #build} runs
	 * it too.
	 */
	public static List<DataProblem> check(List<RuleFile> files) {
		return RuleSetBuilder.check(files).problems();
	}

}
