package com.talentmatch.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Users and their password hashes (table {@code app_user}). */
@Repository
class UserRepository {

	private static final String COLUMNS = "username, roles, may_export, enabled, created_at, created_by, password_hash";

	private final JdbcTemplate jdbc;

	UserRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A user with the hash of their password. */
	record Stored(UserAccount account, String passwordHash) {
	}

	Optional<Stored> find(String username) {
		return jdbc.query("SELECT " + COLUMNS + " FROM app_user WHERE username = ?", UserRepository::map, username)
			.stream()
			.findFirst();
	}

	List<UserAccount> list() {
		return jdbc.query("SELECT " + COLUMNS + " FROM app_user ORDER BY username", UserRepository::map)
			.stream()
			.map(Stored::account)
			.toList();
	}

	int count() {
		Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Integer.class);
		return n == null ? 0 : n;
	}

	void insert(UserAccount a, String passwordHash) {
		jdbc.update("INSERT INTO app_user (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)", a.username(),
				codes(a.roles()), a.mayExport(), a.enabled(), Timestamp.from(a.createdAt()), a.createdBy(),
				passwordHash);
	}

	void update(String username, Set<Role> roles, boolean mayExport, boolean enabled) {
		jdbc.update("UPDATE app_user SET roles = ?, may_export = ?, enabled = ? WHERE username = ?", codes(roles),
				mayExport, enabled, username);
	}

	void setPassword(String username, String passwordHash) {
		jdbc.update("UPDATE app_user SET password_hash = ? WHERE username = ?", passwordHash, username);
	}

	private static String codes(Set<Role> roles) {
		return roles.stream().map(Role::code).sorted().collect(Collectors.joining(","));
	}

	private static Stored map(ResultSet rs, int i) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream(rs.getString(2).split(",")).map(Role::fromCode).flatMap(Optional::stream).forEach(roles::add);
		Timestamp created = rs.getTimestamp(5);
		return new Stored(new UserAccount(rs.getString(1), roles, rs.getBoolean(3), rs.getBoolean(4),
				created == null ? Instant.EPOCH : created.toInstant(), rs.getString(6)), rs.getString(7));
	}

}
