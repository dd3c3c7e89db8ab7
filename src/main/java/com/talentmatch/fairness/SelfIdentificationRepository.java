package com.talentmatch.fairness;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Self-identification rows in the store (table {@code self_identification}). */
@Repository
class SelfIdentificationRepository {

	private static final String COLUMNS = String.join(", ", Dimension.columns());

	private static final String SELECT = "SELECT candidate_id, " + COLUMNS
			+ ", recorded_by, recorded_at FROM self_identification";

	private final JdbcTemplate jdbc;

	SelfIdentificationRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts or replaces one person's row (call inside a transaction for many). */
	void save(SelfIdentification s) {
		List<Object> values = new ArrayList<>();
		for (Dimension d : Dimension.values()) {
			values.add(s.answers().get(d.column()));
		}
		values.add(s.recordedBy());
		values.add(Timestamp.from(s.recordedAt()));
		values.add(s.candidateId());
		String set = String.join(" = ?, ", Dimension.columns()) + " = ?, recorded_by = ?, recorded_at = ?";
		if (jdbc.update("UPDATE self_identification SET " + set + " WHERE candidate_id = ?", values.toArray()) == 0) {
			jdbc.update("INSERT INTO self_identification (" + COLUMNS + ", recorded_by, recorded_at, candidate_id) "
					+ "VALUES (" + "?, ".repeat(Dimension.values().length + 2) + "?)", values.toArray());
		}
	}

	boolean delete(String candidateId) {
		return jdbc.update("DELETE FROM self_identification WHERE candidate_id = ?", candidateId) > 0;
	}

	Optional<SelfIdentification> find(String candidateId) {
		return jdbc.query(SELECT + " WHERE candidate_id = ?", SelfIdentificationRepository::row, candidateId)
			.stream()
			.findFirst();
	}

	List<SelfIdentification> all() {
		return jdbc.query(SELECT + " ORDER BY candidate_id", SelfIdentificationRepository::row);
	}

	private static SelfIdentification row(ResultSet rs, int i) throws SQLException {
		Map<String, String> answers = new HashMap<>();
		int column = 2;
		for (Dimension d : Dimension.values()) {
			answers.put(d.column(), rs.getString(column++));
		}
		String by = rs.getString(column++);
		Instant at = rs.getTimestamp(column).toInstant();
		return new SelfIdentification(rs.getString(1), answers, by, at);
	}

}
