package com.talentmatch.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kie.api.KieBase;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.talentmatch.catalogue.NotFoundException;
import com.talentmatch.rules.facts.ReadinessBand;
import com.talentmatch.rules.facts.SourcePolicy;

/**
 * A compiled, validated rule set. Immutable, thread-safe (a {@link KieBase} is; sessions
 * are made per use).
 *
 * @param version its version
 * @param files its files by path
 * @param kieBase the compiled declarations (rules not about a candidate)
 * @param roles requirements per role key
 * @param bands readiness bands in order
 * @param sources how level sources combine, unless a scoped policy applies
 * @param budget how long and how often its rules may fire per evaluation
 * @param candidateRules the per-candidate rules (rules whose conditions match a
 * candidate's facts)
 * @param policies source policies for one family, role or competency
 * @param locations where each rule is written
 * @param buildMillis how long each step of its build took (ms), for the log
 * @param bandTable the readiness decision table that decides the band, or {@code null}
 * when the bands' limits do
 * @param ranking how a ranking orders people equal in eligibility, score and readiness
 * @param ladders the role levels of each family that declares them
 */
public record RuleSet(RuleVersion version, Map<String, RuleFile> files, KieBase kieBase,
		Map<String, RoleRequirements> roles, List<ReadinessBand> bands, SourcePolicy sources, RuleBudget budget,
		@JsonIgnore CandidateRules candidateRules, List<ScopedPolicy> policies, @JsonIgnore RuleLocations locations,
		@JsonIgnore Map<String, Long> buildMillis, @JsonIgnore BandTable bandTable, RankingPolicy ranking,
		List<RoleLadder> ladders) {

	/** The ladder {@code role} is on, if any. */
	public Optional<RoleLadder> ladderOf(String role) {
		return ladders.stream().filter(l -> l.step(role) >= 0).findFirst();
	}

	/** The role by key, display name (zh or en) or catalogue id. */
	public Optional<RoleRequirements> role(String nameOrId) {
		RoleRequirements r = roles.get(nameOrId);
		if (r != null) {
			return Optional.of(r);
		}
		return roles.values().stream().filter(x -> x.name().equals(nameOrId)).findFirst();
	}

	/**
	 * The role by key, display name or catalogue id, when it is a role people hold (not a
	 * family that roles inherit).
	 * @throws NotFoundException naming the roles (as {@code id (name)}) otherwise
	 */
	public RoleRequirements requireRole(String nameOrId) {
		RoleRequirements r = role(nameOrId).orElse(null);
		if (r == null || r.family()) {
			throw new NotFoundException((r == null ? "the rules declare no requirements for role '" + nameOrId + "'"
					: "'" + nameOrId + "' is a family that roles inherit, not a role")
					+ "; roles: "
					+ roles.values()
						.stream()
						.filter(x -> !x.family())
						.map(x -> x.role().equals(x.name()) ? x.role() : x.role() + " (" + x.name() + ")")
						.toList());
		}
		return r;
	}

	/** The declared band with this code. */
	public Optional<ReadinessBand> band(String code) {
		return bands.stream().filter(b -> b.getCode().equals(code)).findFirst();
	}

	/**
	 * Whether a band counts as "ready soon" for bench strength (the band declares it; no
	 * band code is written in Java).
	 */
	public boolean readySoon(String code) {
		return band(code).map(ReadinessBand::isReadySoon).orElse(false);
	}

	/** Whether {@code code} is the first (best) declared band. */
	public boolean best(String code) {
		return !bands.isEmpty() && bands.get(0).getCode().equals(code);
	}

	/** How many per-candidate rules the set has. */
	public int candidateRuleCount() {
		return candidateRules.count();
	}

}
