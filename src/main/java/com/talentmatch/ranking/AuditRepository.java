package com.talentmatch.ranking;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The append-only record of ranking runs. */
@Repository
class AuditRepository {

	/**
	 * One stored run.
	 *
	 * @param id run id
	 * @param createdAt when
	 * @param createdBy who, or {@code null}
	 * @param role role key
	 * @param ruleVersion rule set used
	 * @param catalogueRevision catalogue revision used
	 * @param inputHash SHA-256 of the input
	 * @param parameters the request, as JSON
	 * @param total people ranked
	 * @param eligible people eligible
	 * @param top the first ten: id, score, band (JSON)
	 * @param roleName the role's name, when the active rules declare it
	 */
	record Run(long id, Instant createdAt, String createdBy, String role, String ruleVersion, long catalogueRevision,
			String inputHash, String parameters, int total, int eligible, String top, String roleName) {

		Run named(String name) {
			return new Run(id, createdAt, createdBy, role, ruleVersion, catalogueRevision, inputHash, parameters, total,
					eligible, top, name);
		}

	}

	private final JdbcTemplate jdbc;

	AuditRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	long append(String user, String role, String ruleVersion, long revision, String inputHash, String parameters,
			int total, int eligible, String top) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.update(con -> {
			PreparedStatement ps = con.prepareStatement("INSERT INTO ranking_run (created_at, created_by, role, "
					+ "rule_version, catalogue_revision, input_hash, parameters, total, eligible, top_results) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] { "id" });
			ps.setTimestamp(1, Timestamp.from(Instant.now()));
			ps.setString(2, user);
			ps.setString(3, role);
			ps.setString(4, ruleVersion);
			ps.setLong(5, revision);
			ps.setString(6, inputHash);
			ps.setString(7, parameters);
			ps.setInt(8, total);
			ps.setInt(9, eligible);
			ps.setString(10, top);
			return ps;
		}, keys);
		return keys.getKey().longValue();
	}

	List<Run> list(String role) {
		return jdbc.query("SELECT id, created_at, created_by, role, rule_version, catalogue_revision, input_hash, "
				+ "parameters, total, eligible, top_results FROM ranking_run WHERE (? IS NULL OR role = ?) ORDER BY id DESC",
				(rs, i) -> new Run(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getLong(6), rs.getString(7), rs.getString(8), rs.getInt(9), rs.getInt(10),
						rs.getString(11), null),
				role, role);
	}

	boolean exists(long id) {
		Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM ranking_run WHERE id = ?", Integer.class, id);
		return n != null && n > 0;
	}

}
