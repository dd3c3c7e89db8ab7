package com.talentmatch.candidates;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Calibration moves of the 9-box: a reviewer moves a person to another performance ×
 * potential box, with a reason. The latest move is the person's calibrated rating: what
 * the rules, rankings, succession and development plans use instead of the stored
 * performance and potential. Stored in the database ({@code nine_box_move}), so every
 * instance and the CLI see the same moves.
 */
@Component
public class Calibrations {

	/**
	 * A calibration move.
	 *
	 * @param candidateId who
	 * @param performance new performance box 1–3
	 * @param potential new potential box 1–3
	 * @param reason why
	 * @param movedBy reviewer
	 * @param at when
	 * @param fromPerformance the performance before the move (the previous move's, else
	 * the stored rating), or {@code null}
	 * @param fromPotential the potential before the move, or {@code null}
	 */
	public record Move(String candidateId, int performance, int potential, String reason, String movedBy, Instant at,
			Integer fromPerformance, Integer fromPotential) {
	}

	private final JdbcTemplate jdbc;

	private final CandidateService candidates;

	Calibrations(JdbcTemplate jdbc, CandidateService candidates) {
		this.jdbc = jdbc;
		this.candidates = candidates;
	}

	/** Records a move (validated by the caller) and returns it. */
	public Move record(Candidate c, int performance, int potential, String reason, String user) {
		Move before = latest().get(c.id());
		Instant now = Instant.now();
		jdbc.update(
				"INSERT INTO nine_box_move (candidate_id, performance, potential, reason, moved_by, created_at) "
						+ "VALUES (?, ?, ?, ?, ?, ?)",
				c.id(), performance, potential, reason, user, Timestamp.from(now));
		return new Move(c.id(), performance, potential, reason, user, now,
				before != null ? Integer.valueOf(before.performance()) : c.performance(),
				before != null ? Integer.valueOf(before.potential()) : c.potential());
	}

	/** Every move, newest first, each with the box it left. */
	public List<Move> all() {
		List<Object[]> rows = jdbc.query(
				"SELECT candidate_id, performance, potential, reason, moved_by, created_at FROM nine_box_move "
						+ "ORDER BY id",
				(rs, i) -> new Object[] { rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5),
						rs.getTimestamp(6).toInstant() });
		Map<String, Integer[]> previous = new HashMap<>();
		List<Move> out = new ArrayList<>(rows.size());
		for (Object[] r : rows) {
			String id = (String) r[0];
			Integer[] from = previous.computeIfAbsent(id, this::stored);
			out.add(new Move(id, (Integer) r[1], (Integer) r[2], (String) r[3], (String) r[4], (Instant) r[5], from[0],
					from[1]));
			previous.put(id, new Integer[] { (Integer) r[1], (Integer) r[2] });
		}
		java.util.Collections.reverse(out);
		return out;
	}

	private Integer[] stored(String id) {
		return candidates.find(id)
			.map(c -> new Integer[] { c.performance(), c.potential() })
			.orElse(new Integer[] { null, null });
	}

	/** One person's moves, newest first. */
	public List<Move> history(String candidateId) {
		return all().stream().filter(m -> m.candidateId().equals(candidateId)).toList();
	}

	/** The latest move of each person who was moved. */
	public Map<String, Move> latest() {
		Map<String, Move> latest = new HashMap<>();
		for (Move m : all()) {
			latest.putIfAbsent(m.candidateId(), m);
		}
		return latest;
	}

	/**
	 * Which moves exist: changes with every move and erasure, read from the database (for
	 * the keys of caches built on calibrated ratings).
	 */
	public String revision() {
		return jdbc.queryForObject("SELECT COUNT(*) || ':' || COALESCE(MAX(id), 0) FROM nine_box_move", String.class);
	}

	/**
	 * {@code c} with its calibrated performance and potential, when a move calibrated it.
	 */
	public static Candidate apply(Candidate c, Move latest) {
		if (latest == null) {
			return c;
		}
		return c.withRatings(latest.performance(), latest.potential());
	}

	/** Every person of {@code pool} with their calibrated ratings. */
	public List<Candidate> apply(List<Candidate> pool) {
		Map<String, Move> latest = latest();
		if (latest.isEmpty()) {
			return pool;
		}
		return pool.stream().map(c -> apply(c, latest.get(c.id()))).toList();
	}

	/** Removes a person's moves (erasure); the audit log keeps who moved them where. */
	@EventListener
	public void erase(CandidateErasure erasure) {
		erasure.removed("nineBoxMoves",
				jdbc.update("DELETE FROM nine_box_move WHERE candidate_id = ?", erasure.candidateId()));
	}

}
