package com.talentmatch.ranking;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import com.talentmatch.audit.AuditLog;
import com.talentmatch.candidates.CandidateErasure;

/**
 * Recorded decisions, append-only; each is also recorded in the audit log (without its
 * reason). A person's erasure removes their decisions: the audit log keeps who decided
 * what, for which role and ranking run.
 */
@Repository
class DecisionRepository {

	private final JdbcTemplate jdbc;

	private final AuditLog audit;

	DecisionRepository(JdbcTemplate jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** Stores a decision and records it in the audit log, by {@code d.decidedBy()}. */
	Decision append(Decision d) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		Instant now = Instant.now();
		jdbc.update(con -> {
			PreparedStatement ps = con.prepareStatement(
					"INSERT INTO decision (candidate_id, role, decision, reason, "
							+ "decided_by, ranking_run, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
					new String[] { "id" });
			ps.setString(1, d.candidateId());
			ps.setString(2, d.role());
			ps.setString(3, d.decision());
			ps.setString(4, d.reason());
			ps.setString(5, d.decidedBy());
			if (d.rankingRun() == null) {
				ps.setNull(6, Types.BIGINT);
			}
			else {
				ps.setLong(6, d.rankingRun());
			}
			ps.setTimestamp(7, Timestamp.from(now));
			return ps;
		}, keys);
		Decision stored = new Decision(keys.getKey().longValue(), d.candidateId(), d.role(), d.decision(), d.reason(),
				d.decidedBy(), d.rankingRun(), now);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("decision", stored.id());
		details.put("role", stored.role());
		details.put("kind", stored.decision());
		details.put("rankingRun", stored.rankingRun());
		audit.record(stored.decidedBy(), "decision", "candidate/" + stored.candidateId(), details);
		return stored;
	}

	/** Removes a person's decisions (erasure). */
	@EventListener
	public void erase(CandidateErasure erasure) {
		erasure.removed("decisions", jdbc.update("DELETE FROM decision WHERE candidate_id = ?", erasure.candidateId()));
	}

	List<Decision> list(String candidateId, String role) {
		return jdbc.query(
				"SELECT id, candidate_id, role, decision, reason, decided_by, ranking_run, created_at FROM decision "
						+ "WHERE (? IS NULL OR candidate_id = ?) AND (? IS NULL OR role = ?) ORDER BY id DESC",
				(rs, i) -> new Decision(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getString(6), (Long) rs.getObject(7), rs.getTimestamp(8).toInstant()),
				candidateId, candidateId, role, role);
	}

}
