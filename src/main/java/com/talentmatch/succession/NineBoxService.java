package com.talentmatch.succession;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import com.talentmatch.audit.AuditLog;
import com.talentmatch.candidates.Calibrations;
import com.talentmatch.candidates.Candidate;
import com.talentmatch.candidates.CandidateService;
import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.InvalidDataException;

/**
 * The 9-box of internal people: performance (1–3) × potential (1–3) from their ratings,
 * unless a reviewer moved them in calibration (the latest move counts, with its reason
 * and reviewer; {@link Calibrations}). Each box carries its name ({@link NineBoxNames}).
 */
@Service
public class NineBoxService {

	private final CandidateService candidates;

	private final Calibrations calibrations;

	private final AuditLog audit;

	public NineBoxService(CandidateService candidates, Calibrations calibrations, AuditLog audit) {
		this.candidates = candidates;
		this.calibrations = calibrations;
		this.audit = audit;
	}

	/**
	 * A person in a box.
	 *
	 * @param candidateId who
	 * @param name name
	 * @param department department
	 * @param ratedPerformance performance as rated (stored), or {@code null}
	 * @param ratedPotential potential as rated (stored), or {@code null}
	 * @param calibration the move that put them here, or {@code null} when their ratings
	 * did
	 * @param history every move of this person, newest first
	 */
	public record Person(String candidateId, String name, String department, Integer ratedPerformance,
			Integer ratedPotential, Calibrations.Move calibration, List<Calibrations.Move> history) {
	}

	/**
	 * One box.
	 *
	 * @param performance 1–3
	 * @param potential 1–3
	 * @param code the box's code ({@code star})
	 * @param nameZh its name in Chinese ({@code 明日之星})
	 * @param nameEn its name in English ({@code Star})
	 * @param meaning what it usually calls for
	 * @param people the people in it
	 */
	public record Box(int performance, int potential, String code, String nameZh, String nameEn, String meaning,
			List<Person> people) {
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
		List<Calibrations.Move> all = calibrations.all();
		Map<String, List<Calibrations.Move>> history = new HashMap<>();
		all.forEach(m -> history.computeIfAbsent(m.candidateId(), k -> new ArrayList<>()).add(m));
		Map<String, List<Person>> byBox = new HashMap<>();
		List<String> unrated = new ArrayList<>();
		for (Candidate c : candidates.all()) {
			if (!c.internal()) {
				continue;
			}
			List<Calibrations.Move> moves = history.getOrDefault(c.id(), List.of());
			Calibrations.Move m = moves.isEmpty() ? null : moves.get(0);
			Integer perf = m != null ? Integer.valueOf(m.performance()) : c.performance();
			Integer pot = m != null ? Integer.valueOf(m.potential()) : c.potential();
			if (perf == null || pot == null) {
				unrated.add(c.id());
				continue;
			}
			byBox.computeIfAbsent(perf + "x" + pot, k -> new ArrayList<>())
				.add(new Person(c.id(), c.name(), c.department(), c.performance(), c.potential(), m,
						List.copyOf(moves)));
		}
		List<Box> boxes = new ArrayList<>();
		for (int perf = 1; perf <= 3; perf++) {
			for (int pot = 1; pot <= 3; pot++) {
				NineBoxNames.Name n = NineBoxNames.of(perf, pot);
				boxes.add(new Box(perf, pot, n.code(), n.zh(), n.en(), n.meaning(),
						byBox.getOrDefault(perf + "x" + pot, List.of())));
			}
		}
		return new Grid(boxes, unrated);
	}

	/**
	 * Records a reviewer's move of a person to another box, and the move (without its
	 * reason) in the audit log.
	 */
	public Calibrations.Move move(String candidateId, Integer performance, Integer potential, String reason,
			String user) {
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
		Candidate now = Calibrations.apply(c, calibrations.latest().get(c.id()));
		if (now.performance() != null && now.potential() != null && now.performance() == performance.intValue()
				&& now.potential() == potential.intValue()) {
			throw new InvalidDataException(List
				.of(new DataProblem("request", 0, "performance", candidateId + " is already in box " + performance + "x"
						+ potential + " (performance × potential): a move must change the box")));
		}
		Calibrations.Move m = calibrations.record(c, performance, potential, reason.strip(), user.strip());
		audit.record(user.strip(), "nine-box-move", "candidate/" + candidateId,
				Map.of("performance", performance, "potential", potential));
		return m;
	}

	/** Every move, newest first. */
	public List<Calibrations.Move> moves() {
		return calibrations.all();
	}

}
