package com.talentmatch.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** API tokens, by the SHA-256 hash of their value (table {@code api_token}). */
@Repository
class TokenRepository {

	private final JdbcTemplate jdbc;

	TokenRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A token as its owner sees it (never its value).
	 *
	 * @param id its id
	 * @param username its owner
	 * @param name what the owner called it
	 * @param createdAt when it was made
	 * @param lastUsedAt when it last signed a request in
	 * @param revokedAt when it was revoked, or {@code null}
	 */
	record ApiToken(long id, String username, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
	}

	long insert(String username, String name, String hash) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.update(c -> {
			var ps = c.prepareStatement(
					"INSERT INTO api_token (username, name, token_hash, created_at) VALUES (?, ?, ?, ?)",
					new String[] { "id" });
			ps.setString(1, username);
			ps.setString(2, name);
			ps.setString(3, hash);
			ps.setTimestamp(4, Timestamp.from(Instant.now()));
			return ps;
		}, keys);
		return keys.getKey().longValue();
	}

	List<ApiToken> list(String username) {
		return jdbc.query(
				"SELECT id, username, name, created_at, last_used_at, revoked_at FROM api_token"
						+ " WHERE username = ? ORDER BY id DESC",
				(rs, i) -> new ApiToken(rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs.getTimestamp(4)),
						instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6))),
				username);
	}

	/**
	 * Revokes one of {@code username}'s tokens; false when they have no such active
	 * token.
	 */
	boolean revoke(long id, String username) {
		return jdbc.update("UPDATE api_token SET revoked_at = ? WHERE id = ? AND username = ? AND revoked_at IS NULL",
				Timestamp.from(Instant.now()), id, username) == 1;
	}

	/** The owner of the active token with this hash, marking it used. */
	Optional<String> use(String hash) {
		List<Object[]> rows = jdbc.query(
				"SELECT id, username FROM api_token WHERE token_hash = ? AND revoked_at IS NULL",
				(rs, i) -> new Object[] { rs.getLong(1), rs.getString(2) }, hash);
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		jdbc.update("UPDATE api_token SET last_used_at = ? WHERE id = ?", Timestamp.from(Instant.now()),
				rows.get(0)[0]);
		return Optional.of((String) rows.get(0)[1]);
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}

}
