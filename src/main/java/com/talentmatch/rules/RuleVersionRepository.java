package com.talentmatch.rules;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Accepted rule-set versions with their files (content Base64 in a JSON map by path). */
@Repository
class RuleVersionRepository {

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	RuleVersionRepository(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Stores a version unless one with the same id exists. */
	void save(RuleSet set) {
		RuleVersion v = set.version();
		Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM rule_version WHERE id = ?", Integer.class, v.id());
		if (n != null && n > 0) {
			return;
		}
		Map<String, String> files = new LinkedHashMap<>();
		set.files().values().forEach(f -> files.put(f.path(), Base64.getEncoder().encodeToString(f.content())));
		jdbc.update(
				"INSERT INTO rule_version (id, hash, created_at, author, file_count, files) VALUES (?, ?, ?, ?, ?, ?)",
				v.id(), v.hash(), Timestamp.from(v.createdAt()), v.author(), v.files(), json.writeValueAsString(files));
	}

	/**
	 * When a version became the active one.
	 *
	 * @param versionId the version
	 * @param at when
	 * @param by who made it active, when known
	 */
	record Activation(String versionId, java.time.Instant at, String by) {
	}

	/** Records that {@code versionId} (stored) serves from now on. */
	void activated(String versionId, String by) {
		jdbc.update("INSERT INTO rule_activation (version_id, activated_at, activated_by) VALUES (?, ?, ?)", versionId,
				Timestamp.from(java.time.Instant.now()), by);
	}

	/** The latest activation, if any was recorded. */
	Optional<Activation> lastActivation() {
		return jdbc
			.query("SELECT version_id, activated_at, activated_by FROM rule_activation ORDER BY id DESC "
					+ "FETCH FIRST 1 ROWS ONLY",
					(rs, i) -> new Activation(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3)))
			.stream()
			.findFirst();
	}

	List<RuleVersion> list() {
		return jdbc.query("SELECT id, hash, created_at, author, file_count FROM rule_version ORDER BY created_at DESC",
				(rs, i) -> new RuleVersion(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
						rs.getString(4), rs.getInt(5)));
	}

	Optional<RuleVersion> find(String id) {
		return list().stream().filter(v -> v.id().equals(id)).findFirst();
	}

	/** The files of a version, by path. */
	Optional<List<RuleFile>> files(String id) {
		List<String> rows = jdbc.queryForList("SELECT files FROM rule_version WHERE id = ?", String.class, id);
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		Map<String, String> files = json.readValue(rows.get(0), new TypeReference<Map<String, String>>() {
		});
		return Optional.of(files.entrySet()
			.stream()
			.map(e -> new RuleFile(e.getKey(),
					Base64.getDecoder().decode(e.getValue().getBytes(StandardCharsets.US_ASCII))))
			.toList());
	}

}
