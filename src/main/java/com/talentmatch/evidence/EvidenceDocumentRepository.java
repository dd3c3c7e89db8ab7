package com.talentmatch.evidence;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Evidence documents in the store. */
@Repository
class EvidenceDocumentRepository {

	private static final String COLUMNS = "id, candidate_id, source, recorded_on, text, created_by, created_at";

	private final JdbcTemplate jdbc;

	EvidenceDocumentRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	EvidenceDocument insert(EvidenceDocument d) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		Instant now = Instant.now();
		jdbc.update(con -> {
			PreparedStatement ps = con.prepareStatement(
					"INSERT INTO evidence_document (candidate_id, source, "
							+ "recorded_on, text, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)",
					new String[] { "id" });
			ps.setString(1, d.candidateId());
			ps.setString(2, d.source());
			ps.setDate(3, d.recordedOn() == null ? null : Date.valueOf(d.recordedOn()));
			ps.setString(4, d.text());
			ps.setString(5, d.createdBy());
			ps.setTimestamp(6, Timestamp.from(now));
			return ps;
		}, keys);
		long id = keys.getKey().longValue();
		return new EvidenceDocument(id, d.candidateId(), d.source(), d.recordedOn(), d.text(), d.createdBy(), now);
	}

	Optional<EvidenceDocument> find(long id) {
		return jdbc
			.query("SELECT " + COLUMNS + " FROM evidence_document WHERE id = ?", EvidenceDocumentRepository::row, id)
			.stream()
			.findFirst();
	}

	boolean exists(String candidateId, String text) {
		Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM evidence_document WHERE candidate_id = ? AND text = ?",
				Integer.class, candidateId, text);
		return n != null && n > 0;
	}

	List<EvidenceDocument> of(String candidateId) {
		return jdbc.query("SELECT " + COLUMNS + " FROM evidence_document WHERE candidate_id = ? ORDER BY id",
				EvidenceDocumentRepository::row, candidateId);
	}

	/** Deletes every document of one person; returns how many. */
	int deleteOf(String candidateId) {
		return jdbc.update("DELETE FROM evidence_document WHERE candidate_id = ?", candidateId);
	}

	List<EvidenceDocument> all() {
		return jdbc.query("SELECT " + COLUMNS + " FROM evidence_document ORDER BY id", EvidenceDocumentRepository::row);
	}

	private static EvidenceDocument row(ResultSet rs, int i) throws SQLException {
		Date d = rs.getDate(4);
		return new EvidenceDocument(rs.getLong(1), rs.getString(2), rs.getString(3), d == null ? null : d.toLocalDate(),
				rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant());
	}

}
