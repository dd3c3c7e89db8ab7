package com.talentmatch.rules;

import java.time.Instant;
import java.util.List;

import com.talentmatch.catalogue.DataProblem;

/**
 * The state of the rule base.
 *
 * @param active the version serving requests, or {@code null} when no rule set was ever
 * accepted
 * @param lastAttempt when the rules were last (re)loaded
 * @param lastAttemptAccepted whether that attempt replaced the active rules (or found
 * them unchanged)
 * @param problems what was wrong with the last attempt (file:line), empty when it was
 * accepted
 * @param failedScenarios scenarios that failed in the last attempt
 * @param fromStore whether the active version was taken from the store because the rules
 * directory was not accepted at start (it keeps serving until a reload is accepted)
 * @param note why that version serves, when {@code fromStore}; or why none does
 */
public record RuleStatus(RuleVersion active, Instant lastAttempt, boolean lastAttemptAccepted,
		List<DataProblem> problems, List<Scenarios.Result> failedScenarios, boolean fromStore, String note) {
}
