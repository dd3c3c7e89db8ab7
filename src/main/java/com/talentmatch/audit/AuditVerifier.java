package com.talentmatch.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Recomputes the audit log's hash chain ({@link AuditChain}) from the first entry to the
 * last, and reports the first broken link: an entry whose fields no longer give its hash
 * (it was edited), whose {@code prev_hash} is not the hash of the entry before it (an
 * entry before it was removed, edited and re-hashed, or moved), or whose id does not
 * follow the previous one.
 * <p>
 * The chain shows that nothing was changed <i>inside</i> it. Someone with write access
 * who rewrites every entry from an edit to the end, with correct hashes, or who removes
 * entries at the end, is not caught by the chain alone: keep the head hash
 * ({@link Verification#head()}) somewhere else now and then, and check that the log still
 * holds it ({@code GET /api/audit/events} lists every entry's hash).
 *
 * <pre>{@code
 * Verification v = AuditVerifier.verify(connection);
 * if (!v.intact()) System.err.println(v.message()); // "broken at entry 7: ..."
 * }</pre>
 */
@Component
public class AuditVerifier {

	/**
	 * The outcome.
	 *
	 * @param intact whether every entry checked
	 * @param entries entries checked intact (all of them when {@code intact})
	 * @param head the hash of the last intact entry ({@link AuditChain#GENESIS} when
	 * there is none)
	 * @param brokenAt id of the first entry that does not check, or {@code null}
	 * @param expected what that entry should hold, or {@code null}
	 * @param found what it holds, or {@code null}
	 * @param message {@code intact, N entries}, or what is broken where
	 */
	public record Verification(boolean intact, long entries, String head, Long brokenAt, String expected, String found,
			String message) {

		static Verification intact(long entries, String head) {
			return new Verification(true, entries, head, null, null, null,
					"intact, " + entries + (entries == 1 ? " entry" : " entries"));
		}

		static Verification broken(long entries, String head, long id, String expected, String found, String why) {
			return new Verification(false, entries, head, id, expected, found,
					"broken at entry " + id + ": " + why + "; expected " + expected + ", found " + found);
		}

	}

	private final DataSource dataSource;

	public AuditVerifier(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** Verifies the log in this application's store. */
	public Verification verify() {
		try (Connection c = dataSource.getConnection()) {
			return verify(c);
		}
		catch (SQLException e) {
			throw new DataAccessResourceFailureException("cannot read the audit log", e);
		}
	}

	/** Verifies the log reached through {@code c} (plain JDBC, for the CLI). */
	public static Verification verify(Connection c) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("SELECT id, created_at, actor, action, subject, details, "
				+ "rule_version, catalogue_revision, prev_hash, hash FROM audit_event ORDER BY id")) {
			ps.setFetchSize(1000);
			try (ResultSet rs = ps.executeQuery()) {
				long checked = 0;
				long lastId = 0;
				String head = AuditChain.GENESIS;
				while (rs.next()) {
					AuditEntry e = entry(rs);
					Verification broken = check(e, checked, lastId, head);
					if (broken != null) {
						return broken;
					}
					checked++;
					lastId = e.id();
					head = e.hash();
				}
				return Verification.intact(checked, head);
			}
		}
	}

	/**
	 * The first thing wrong with {@code e} after an intact chain ending in {@code head}.
	 */
	private static Verification check(AuditEntry e, long checked, long lastId, String head) {
		String before = lastId == 0 ? "the start of the log" : "entry " + lastId;
		if (!head.equals(e.prevHash())) {
			String gap = e.id() == lastId + 1 ? ""
					: " (ids jump from " + lastId + " to " + e.id() + ": an entry was removed)";
			return Verification.broken(checked, head, e.id(), "prev_hash " + head, "prev_hash " + e.prevHash(),
					"it does not link to " + before + gap);
		}
		if (e.id() != lastId + 1) {
			return Verification.broken(checked, head, e.id(), "id " + (lastId + 1), "id " + e.id(),
					"its id does not follow " + before);
		}
		String hash = AuditChain.hash(e);
		if (!hash.equals(e.hash())) {
			return Verification.broken(checked, head, e.id(), "hash " + hash, "hash " + e.hash(),
					"its fields were changed after it was written");
		}
		return null;
	}

	private static AuditEntry entry(ResultSet rs) throws SQLException {
		long revision = rs.getLong(8);
		Long catalogueRevision = rs.wasNull() ? null : revision;
		return new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
				rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), catalogueRevision, rs.getString(9),
				rs.getString(10));
	}

}
