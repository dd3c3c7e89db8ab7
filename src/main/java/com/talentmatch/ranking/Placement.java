package com.talentmatch.ranking;

/**
 * What decided a person's place against a neighbour in a ranking: the first criterion in
 * which the two differ, with both values.
 *
 * @param relation {@code above} (the neighbour ranks just below) or {@code below} (the
 * neighbour ranks just above)
 * @param candidateId the neighbour
 * @param criterion the deciding criterion: {@code eligible}, {@code score}, {@code band},
 * a tie-breaker of the rules' ranking order ({@code closeness}, {@code exceeding} …), or
 * {@code id} when they are equal in every one
 * @param zh why, in Chinese: {@code 排在 E0019 之前: 来自测评中心的等级更多 (5 对 3)}
 * @param en why, in English:
 * {@code above E0019: more levels from the assessment centre (5
 * vs 3)}
 */
public record Placement(String relation, String candidateId, String criterion, String zh, String en) {
}
