package com.talentmatch.audit;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.talentmatch.catalogue.Hashes;

/**
 * How an audit entry's hash is computed, so that anyone can re-verify the log.
 * <p>
 * The hash is the lower-case hex SHA-256 of the UTF-8 bytes of the entry's canonical
 * form: these nine fields, in this order, each on a line of its own ending with
 * {@code \n}:
 *
 * <pre>
 * id=&lt;value&gt;
 * created_at=&lt;value&gt;
 * actor=&lt;value&gt;
 * action=&lt;value&gt;
 * subject=&lt;value&gt;
 * details=&lt;value&gt;
 * rule_version=&lt;value&gt;
 * catalogue_revision=&lt;value&gt;
 * prev_hash=&lt;value&gt;
 * </pre>
 *
 * where {@code <value>} is {@code -} for SQL {@code NULL}, and otherwise the length of
 * the text in UTF-8 bytes, a colon, and the text itself (so that no text, whatever
 * characters it holds, can be mistaken for another field). The texts are:
 * <ul>
 * <li>{@code id}, {@code catalogue_revision}: decimal, no sign or leading zeros;</li>
 * <li>{@code created_at}: UTC, {@code yyyy-MM-ddTHH:mm:ss.SSSZ}, always three fraction
 * digits ({@code 2026-12-01T10:02:11.120Z});</li>
 * <li>the others: the column's text exactly as stored ({@code details} is the stored JSON
 * text, not a re-serialisation of it).</li>
 * </ul>
 * Example: an entry with id 1, actor {@code wang.min}, no rule version:
 * {@code id=1:1\n...actor=8:wang.min\n...rule_version=-\n...}. The first entry's
 * {@code prev_hash} is {@link #GENESIS}; every later entry's is the {@code hash} of the
 * entry with the next lower id.
 */
public final class AuditChain {

	/** The {@code prev_hash} of the first entry: 64 zeros. */
	public static final String GENESIS = "0".repeat(64);

	/** The {@code created_at} text in the canonical form. */
	public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private AuditChain() {
	}

	/** The canonical form of {@code e}'s fields (all but {@code hash}). */
	public static String canonical(AuditEntry e) {
		StringBuilder sb = new StringBuilder(256);
		field(sb, "id", String.valueOf(e.id()));
		field(sb, "created_at", TIME.format(e.createdAt()));
		field(sb, "actor", e.actor());
		field(sb, "action", e.action());
		field(sb, "subject", e.subject());
		field(sb, "details", e.details());
		field(sb, "rule_version", e.ruleVersion());
		field(sb, "catalogue_revision", e.catalogueRevision() == null ? null : e.catalogueRevision().toString());
		field(sb, "prev_hash", e.prevHash());
		return sb.toString();
	}

	/** SHA-256 (lower-case hex) of {@link #canonical(AuditEntry)}. */
	public static String hash(AuditEntry e) {
		return Hashes.sha256(canonical(e).getBytes(StandardCharsets.UTF_8));
	}

	private static void field(StringBuilder sb, String name, String value) {
		sb.append(name).append('=');
		if (value == null) {
			sb.append('-');
		}
		else {
			sb.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
		}
		sb.append('\n');
	}

}
