package com.talentmatch.ranking;

import java.util.List;

/**
 * A ranked pool: eligible first, then fit score, then readiness, then id (deterministic).
 *
 * @param runId audit id of this run
 * @param role role key
 * @param roleName role name
 * @param ruleVersion rule set used
 * @param catalogueRevision catalogue (and evidence index) revision used
 * @param inputHash SHA-256 of the pool's facts and the parameters
 * @param total people ranked
 * @param eligible people meeting every must-have
 * @param page page (0-based)
 * @param size page size
 * @param items this page
 */
public record Ranking(long runId, String role, String roleName, String ruleVersion, long catalogueRevision,
		String inputHash, int total, int eligible, int page, int size, List<RankedCandidate> items) {
}
