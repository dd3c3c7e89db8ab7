/**
 * Ranking a pool for a role: the rules decide must-haves, scores and readiness, evidence
 * matching contributes evidence-sourced levels; every run is audited, and people record
 * the decisions.
 * <ul>
 * <li>{@link com.talentmatch.ranking.RankingService}: ranks the stored pool (cached by
 * the pool's, the rules' and the catalogue's revisions) or a file; evaluation and
 * standings run on every core.</li>
 * <li>{@link com.talentmatch.ranking.RankOrder} and
 * {@link com.talentmatch.ranking.Standing}: the order and what decided each place.</li>
 * <li>{@link com.talentmatch.ranking.RankingWarmUp}: ranks a practice pool once the
 * service is ready, so the first real ranking runs on compiled code.</li>
 * </ul>
 */
package com.talentmatch.ranking;
