package com.talentmatch.audit;

import java.util.Map;

/**
 * The tamper-evident audit log: who did what, when, to what. Entries are appended, never
 * changed; each carries the hash of the one before it.
 *
 * <pre>{@code
 * audit.record("wang.min", "decision", "candidate/E0012", Map.of("role", "cs-dept-manager", "decision", "shortlist"));
 * }</pre>
 *
 * Never put personal data (names, evidence text) into {@code details}: ids and codes
 * only.
 */
public interface AuditLog {

	/**
	 * Appends one entry.
	 * @param actor who (the authenticated user, or a system actor such as
	 * {@code file change on disk})
	 * @param action what kind of event ({@code login}, {@code denied},
	 * {@code rule-change}, {@code ranking}, {@code decision}, {@code export},
	 * {@code import}, {@code erasure} …)
	 * @param subject what it was about ({@code candidate/E0012},
	 * {@code role/cs-dept-manager}, a path)
	 * @param details ids, codes and versions; no personal data
	 */
	void record(String actor, String action, String subject, Map<String, ?> details);

}
