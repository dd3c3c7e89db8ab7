package com.talentmatch.candidates;

import java.util.Map;
import java.util.TreeMap;

/**
 * Published, inside the erasure's transaction, when a person's data is being erased
 * ({@code DELETE /api/candidates/{id}}): every feature that keeps data about a person
 * removes it in its {@code @EventListener} and says how much it removed. A listener that
 * throws rolls the whole erasure back.
 *
 * <pre>{@code
 * &#64;EventListener
 * void erase(CandidateErasure e) {
 *     e.removed("nineBoxMoves", jdbc.update("DELETE FROM nine_box_move WHERE candidate_id = ?", e.candidateId()));
 * }
 * }</pre>
 *
 * Not thread-safe: listeners run one after another in the erasing thread.
 *
 * @param candidateId the person
 * @param counts what was removed, by kind (filled by the listeners)
 */
public record CandidateErasure(String candidateId, Map<String, Integer> counts) {

	public CandidateErasure(String candidateId) {
		this(candidateId, new TreeMap<>());
	}

	/** Says that {@code count} items of {@code kind} were removed. */
	public void removed(String kind, int count) {
		counts.merge(kind, count, Integer::sum);
	}

	/** Whether anything at all was removed. */
	boolean anything() {
		return counts.values().stream().anyMatch(n -> n > 0);
	}

}
