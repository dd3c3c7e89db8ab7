package com.talentmatch.candidates;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Candidates and their levels in the store. */
@Repository
class CandidateRepository {

	private final JdbcTemplate jdbc;

	CandidateRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts or replaces a candidate with all its levels (call inside a transaction).
	 */
	void save(Candidate c) {
		jdbc.update("DELETE FROM candidate_level WHERE candidate_id = ?", c.id());
		int updated = jdbc.update(
				"UPDATE candidate SET name = ?, type = ?, department = ?, role_id = ?, "
						+ "performance = ?, potential = ?, grades = ?, experience = ?, updated_at = ? WHERE id = ?",
				c.name(), c.type(), c.department(), c.currentRole(), c.performance(), c.potential(),
				String.join("|", c.grades()), experience(c), Timestamp.from(Instant.now()), c.id());
		if (updated == 0) {
			jdbc.update(
					"INSERT INTO candidate (id, name, type, department, role_id, performance, potential, grades, "
							+ "experience, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					c.id(), c.name(), c.type(), c.department(), c.currentRole(), c.performance(), c.potential(),
					String.join("|", c.grades()), experience(c), Timestamp.from(Instant.now()));
		}
		jdbc.batchUpdate(
				"INSERT INTO candidate_level (candidate_id, competency, level_code, source, assessed_on) "
						+ "VALUES (?, ?, ?, ?, ?)",
				c.levels()
					.stream()
					.map(l -> new Object[] { c.id(), l.competency(), l.level(), l.source(),
							l.assessedOn() == null ? null : java.sql.Date.valueOf(l.assessedOn()) })
					.toList());
	}

	boolean delete(String id) {
		return jdbc.update("DELETE FROM candidate WHERE id = ?", id) > 0;
	}

	long count() {
		Long n = jdbc.queryForObject("SELECT COUNT(*) FROM candidate", Long.class);
		return n == null ? 0 : n;
	}

	Optional<Candidate> find(String id) {
		return all().stream().filter(c -> c.id().equals(id)).findFirst();
	}

	/** Every candidate, by id. */
	List<Candidate> all() {
		Map<String, List<Candidate.Level>> levels = new HashMap<>();
		jdbc.query("SELECT candidate_id, competency, level_code, source, assessed_on FROM candidate_level "
				+ "ORDER BY candidate_id, competency", rs -> {
					java.sql.Date d = rs.getDate(5);
					levels.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
						.add(new Candidate.Level(rs.getString(2), rs.getString(3), rs.getString(4),
								d == null ? null : d.toLocalDate()));
				});
		return jdbc.query(
				"SELECT id, name, type, department, role_id, performance, potential, grades, experience "
						+ "FROM candidate ORDER BY id",
				(rs, i) -> new Candidate(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), (Integer) rs.getObject(6), (Integer) rs.getObject(7), split(rs.getString(8)),
						experience(rs.getString(9)), levels.getOrDefault(rs.getString(1), List.of())));
	}

	private static String experience(Candidate c) {
		StringBuilder sb = new StringBuilder();
		c.experience().forEach((k, v) -> sb.append(sb.isEmpty() ? "" : "|").append(k).append(':').append(v));
		return sb.toString();
	}

	private static List<String> split(String s) {
		return s == null || s.isEmpty() ? List.of() : List.of(s.split("\\|"));
	}

	private static Map<String, Double> experience(String s) {
		Map<String, Double> out = new LinkedHashMap<>();
		for (String item : split(s)) {
			String[] kv = item.split(":", 2);
			out.put(kv[0], Double.valueOf(kv[1]));
		}
		return out;
	}

}
