/**
 * The tamper-evident audit log of logins, denials, rule changes, rankings, decisions,
 * exports, imports and erasures: {@link com.talentmatch.audit.AuditLog} appends (services
 * call it with the actor they were given, after their change committed),
 * {@link com.talentmatch.audit.AuditChain} defines the hash of an entry,
 * {@link com.talentmatch.audit.AuditVerifier} re-checks the chain ({@code GET
 * /api/audit/verify}, CLI {@code audit-verify}), and {@code GET /api/audit/events} lists
 * it.
 */
package com.talentmatch.audit;
