package com.talentmatch.fairness;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The people decided for a role, from the decision log (read only): a person counts when
 * their latest decision for the role is shortlist, promote or reject ({@code hold} is not
 * yet a decision), and is selected when it is shortlist or promote.
 */
@Repository
class LatestDecisions {

	static final Set<String> SELECTING = Set.of("shortlist", "promote");

	static final Set<String> DECIDING = Set.of("shortlist", "promote", "reject");

	private final JdbcTemplate jdbc;

	LatestDecisions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The people decided for {@code role} (its key), in id order. */
	List<ImpactCalculator.Outcome> of(String role) {
		Map<String, String> latest = new LinkedHashMap<>();
		jdbc.query("SELECT candidate_id, decision FROM decision WHERE role = ? ORDER BY id", rs -> {
			latest.put(rs.getString(1), rs.getString(2));
		}, role);
		return latest.entrySet()
			.stream()
			.filter(e -> DECIDING.contains(e.getValue()))
			.sorted(Map.Entry.comparingByKey())
			.map(e -> new ImpactCalculator.Outcome(e.getKey(), SELECTING.contains(e.getValue())))
			.toList();
	}

}
