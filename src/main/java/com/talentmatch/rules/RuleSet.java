package com.talentmatch.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kie.api.KieBase;

import com.talentmatch.rules.facts.ReadinessBand;
import com.talentmatch.rules.facts.SourcePolicy;

/**
 * A compiled, validated rule set. Immutable, thread-safe (a {@link KieBase} is; sessions
 * are made per use).
 *
 * @param version its version
 * @param files its files by path
 * @param kieBase the compiled rules
 * @param roles requirements per role key
 * @param bands readiness bands in order
 * @param sources how level sources combine
 * @param budget how long and how often its rules may fire per evaluation
 */
public record RuleSet(RuleVersion version, Map<String, RuleFile> files, KieBase kieBase,
		Map<String, RoleRequirements> roles, List<ReadinessBand> bands, SourcePolicy sources, RuleBudget budget) {

	/** The role by key, display name (zh or en) or catalogue id. */
	public Optional<RoleRequirements> role(String nameOrId) {
		RoleRequirements r = roles.get(nameOrId);
		if (r != null) {
			return Optional.of(r);
		}
		return roles.values().stream().filter(x -> x.name().equals(nameOrId)).findFirst();
	}
}
