package com.talentmatch.ranking;

import java.time.Instant;

/**
 * A person's decision on a recommendation.
 *
 * @param id decision id
 * @param candidateId who it is about
 * @param role for which role
 * @param decision {@code shortlist}, {@code reject}, {@code promote} or {@code hold}
 * @param reason why (required)
 * @param decidedBy who decided (required)
 * @param rankingRun the ranking run it followed, or {@code null}
 * @param createdAt when
 */
public record Decision(long id, String candidateId, String role, String decision, String reason, String decidedBy,
		Long rankingRun, Instant createdAt) {
}
