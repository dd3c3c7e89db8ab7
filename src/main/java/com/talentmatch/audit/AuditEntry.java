package com.talentmatch.audit;

import java.time.Instant;

/**
 * One entry of the audit log, as stored.
 *
 * @param id position in the chain: 1 for the first entry, then the previous entry's id
 * plus one
 * @param createdAt when, in milliseconds
 * @param actor who: a user, or a system actor such as {@code file change on disk}
 * @param action what kind of event ({@code ranking}, {@code decision}, {@code erasure} …)
 * @param subject what it was about ({@code candidate/E0012},
 * {@code role/cs-dept-manager})
 * @param details JSON object text: ids, codes and versions
 * @param ruleVersion the rule version serving at the time, or {@code null}
 * @param catalogueRevision the catalogue revision at the time, or {@code null}
 * @param prevHash the previous entry's hash ({@link AuditChain#GENESIS} for the first)
 * @param hash this entry's hash, {@link AuditChain#hash(AuditEntry)}
 */
public record AuditEntry(long id, Instant createdAt, String actor, String action, String subject, String details,
		String ruleVersion, Long catalogueRevision, String prevHash, String hash) {

	/** This entry with {@code hash} set. */
	public AuditEntry withHash(String hash) {
		return new AuditEntry(id, createdAt, actor, action, subject, details, ruleVersion, catalogueRevision, prevHash,
				hash);
	}

}
