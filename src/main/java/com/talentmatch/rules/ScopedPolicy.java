package com.talentmatch.rules;

import com.talentmatch.rules.facts.SourcePolicy;

/**
 * A source policy for one role family (or role) or one competency.
 *
 * @param kind {@code role} or {@code competency}
 * @param key the role key, or the {@code model/competency} id
 * @param policy the policy
 */
public record ScopedPolicy(String kind, String key, SourcePolicy policy) {
}
