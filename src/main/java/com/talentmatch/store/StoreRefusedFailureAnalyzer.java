package com.talentmatch.store;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A refused store at startup is reported as its reason, not as a stack trace. */
class StoreRefusedFailureAnalyzer extends AbstractFailureAnalyzer<StoreRefusedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, StoreRefusedException cause) {
		return new FailureAnalysis("The store was not opened: " + cause.getMessage(),
				"Check talent-match.store-dir; docs/store.md explains how the service and the CLI "
						+ "share it, and how to back it up and restore it.",
				cause);
	}

}
