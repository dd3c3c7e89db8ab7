package com.talentmatch.catalogue;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns invalid {@code data/} at startup into a short report of file:line problems
 * instead of a stack trace.
 */
class InvalidDataFailureAnalyzer extends AbstractFailureAnalyzer<InvalidDataException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidDataException cause) {
		return new FailureAnalysis("The catalogue data is invalid; " + cause.getMessage(),
				"Fix each file:line above (the format is in data/README.md), or check talent-match.data-dir. "
						+ "`java -jar talent-match.jar validate-data` checks the files without starting the server.",
				cause);
	}

}
