package com.talentmatch.succession;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import com.talentmatch.audit.AuditLog;
import com.talentmatch.candidates.Candidate;
import com.talentmatch.candidates.CandidateErasure;
import com.talentmatch.candidates.CandidateService;
import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.InvalidDataException;

/**
 * The 9-box of internal people: performance (1–3) × potential (1–3) from their ratings,
 * unless a reviewer moved them in calibration (the latest move counts, with its reason
 * and reviewer).
 */
@Service
public class NineBoxService {

	private final CandidateService candidates;

	private final JdbcTemplate jdbc;

	private final AuditLog audit;

	public NineBoxService(CandidateService candidates, JdbcTemplate jdbc, AuditLog audit) {
		this.candidates = candidates;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * A calibration move.
	 *
	 * @param candidateId who
	 * @param performance new performance box 1–3
	 * @param potential new potential box 1–3
	 * @param reason why
	 * @param movedBy reviewer
	 * @param at when
	 */
	public record Move(String candidateId, int performance, int potential, String reason, String movedBy, Instant at) {
	}

	/**
	 * A person in a box.
	 *
	 * @param candidateId who
	 * @param name name
	 * @param department department
	 * @param calibration the move that put them here, or {@code null} when their ratings
	 * did
	 */
	public record Person(String candidateId, String name, String department, Move calibration) {
	}

	/**
	 * One box.
	 *
	 * @param performance 1–3
	 * @param potential 1–3
	 * @param people the people in it
	 */
	public record Box(int performance, int potential, List<Person> people) {
	}

	/**
	 * The grid.
	 *
	 * @param boxes nine boxes, performance then potential ascending
	 * @param unrated internal people without both ratings
	 */
	public record Grid(List<Box> boxes, List<String> unrated) {
	}

	public Grid grid() {
		Map<String, Move> moves = latestMoves();
		Map<String, List<Person>> byBox = new HashMap<>();
		List<String> unrated = new ArrayList<>();
		for (Candidate c : candidates.all()) {
			if (!c.internal()) {
				continue;
			}
			Move m = moves.get(c.id());
			Integer perf = m != null ? Integer.valueOf(m.performance()) : c.performance();
			Integer pot = m != null ? Integer.valueOf(m.potential()) : c.potential();
			if (perf == null || pot == null) {
				unrated.add(c.id());
				continue;
			}
			byBox.computeIfAbsent(perf + "x" + pot, k -> new ArrayList<>())
				.add(new Person(c.id(), c.name(), c.department(), m));
		}
		List<Box> boxes = new ArrayList<>();
		for (int perf = 1; perf <= 3; perf++) {
			for (int pot = 1; pot <= 3; pot++) {
				boxes.add(new Box(perf, pot, byBox.getOrDefault(perf + "x" + pot, List.of())));
			}
		}
		return new Grid(boxes, unrated);
	}

	/**
	 * Records a reviewer's move of a person to another box, and the move (without its
	 * reason) in the audit log.
	 */
	public Move move(String candidateId, Integer performance, Integer potential, String reason, String user) {
		List<DataProblem> problems = new ArrayList<>();
		if (performance == null || performance < 1 || performance > 3) {
			problems.add(new DataProblem("request", 0, "performance", "performance must be 1, 2 or 3"));
		}
		if (potential == null || potential < 1 || potential > 3) {
			problems.add(new DataProblem("request", 0, "potential", "potential must be 1, 2 or 3"));
		}
		if (reason == null || reason.isBlank()) {
			problems.add(new DataProblem("request", 0, "reason", "a calibration move needs a reason"));
		}
		if (user == null || user.isBlank()) {
			problems.add(new DataProblem("request", 0, "user",
					"say who moves: a calibration move is made by a signed-in reviewer"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidDataException(problems);
		}
		Candidate c = candidates.get(candidateId);
		if (!c.internal()) {
			throw new InvalidDataException(List.of(new DataProblem("request", 0, "candidateId",
					"the 9-box is for internal people; " + candidateId + " is external")));
		}
		Instant now = Instant.now();
		jdbc.update(
				"INSERT INTO nine_box_move (candidate_id, performance, potential, reason, moved_by, created_at) "
						+ "VALUES (?, ?, ?, ?, ?, ?)",
				candidateId, performance, potential, reason.strip(), user.strip(), Timestamp.from(now));
		audit.record(user.strip(), "nine-box-move", "candidate/" + candidateId,
				Map.of("performance", performance, "potential", potential));
		return new Move(candidateId, performance, potential, reason.strip(), user.strip(), now);
	}

	/** Removes a person's moves (erasure); the audit log keeps who moved them where. */
	@EventListener
	public void erase(CandidateErasure erasure) {
		erasure.removed("nineBoxMoves",
				jdbc.update("DELETE FROM nine_box_move WHERE candidate_id = ?", erasure.candidateId()));
	}

	/** Every move, newest first. */
	public List<Move> moves() {
		return jdbc.query(
				"SELECT candidate_id, performance, potential, reason, moved_by, created_at FROM nine_box_move "
						+ "ORDER BY id DESC",
				(rs, i) -> new Move(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5),
						rs.getTimestamp(6).toInstant()));
	}

	private Map<String, Move> latestMoves() {
		Map<String, Move> latest = new HashMap<>();
		for (Move m : moves()) {
			latest.putIfAbsent(m.candidateId(), m);
		}
		return latest;
	}

}
