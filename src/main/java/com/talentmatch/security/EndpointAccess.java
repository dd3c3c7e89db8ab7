package com.talentmatch.security;

import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;

/**
 * Who may call which endpoint: the one table the security configuration is built from,
 * the access table of docs/security.md shows and the authorization test walks. Anything
 * under {@code /api} that is not listed is refused to everyone.
 */
public final class EndpointAccess {

	private EndpointAccess() {
	}

	/**
	 * Whether the caller may see and set performance and potential ratings (talent
	 * reviewers and admins).
	 */
	public static boolean seesRatings(org.springframework.security.core.Authentication caller) {
		return Role.anyHeldBy(caller, REVIEW);
	}

	/** Everyone signed in. */
	static final Set<Role> ANYONE = Set.of(Role.values());

	/** Those who work with people's data. */
	static final Set<Role> PEOPLE = Set.of(Role.RECRUITER, Role.TALENT_REVIEWER, Role.ADMIN);

	/** Succession, performance and potential, the 9-box. */
	static final Set<Role> REVIEW = Set.of(Role.TALENT_REVIEWER, Role.ADMIN);

	/** Changing the rules and running what-if. */
	static final Set<Role> RULES = Set.of(Role.RULE_EDITOR);

	/** Changing the catalogue (imports of frameworks, deletes). */
	static final Set<Role> CATALOGUE = Set.of(Role.RULE_EDITOR, Role.ADMIN);

	/** Judging a candidate described in the request. */
	static final Set<Role> EVALUATE = Set.of(Role.RECRUITER, Role.TALENT_REVIEWER, Role.RULE_EDITOR, Role.ADMIN);

	static final Set<Role> ADMIN = Set.of(Role.ADMIN);

	/**
	 * One row of the table.
	 *
	 * @param method the HTTP method
	 * @param pattern the path pattern ({@code {id}} for a path variable, {@code **} for
	 * the rest of a path)
	 * @param roles who may
	 * @param export whether the caller must also hold the permission to export personal
	 * data
	 */
	public record Rule(HttpMethod method, String pattern, Set<Role> roles, boolean export) {
	}

	private static Rule rule(String method, String pattern, Set<Role> roles) {
		return new Rule(HttpMethod.valueOf(method), pattern, roles, false);
	}

	private static Rule export(String method, String pattern, Set<Role> roles) {
		return new Rule(HttpMethod.valueOf(method), pattern, roles, true);
	}

	/** The table, in the order it is matched (first match wins). */
	public static final List<Rule> RULES_TABLE = List.of(
			// catalogue
			rule("GET", "/api/models", ANYONE), rule("GET", "/api/models/{id}", ANYONE),
			rule("GET", "/api/models/{id}/competencies/{competencyId}", ANYONE),
			rule("GET", "/api/competencies", ANYONE), rule("GET", "/api/roles", ANYONE),
			rule("GET", "/api/grade-scales", ANYONE), rule("GET", "/api/grade-scales/{id}", ANYONE),
			rule("GET", "/api/imports", CATALOGUE), rule("POST", "/api/models/import", CATALOGUE),
			rule("DELETE", "/api/models/{id}", CATALOGUE), rule("POST", "/api/models/{id}/roles", CATALOGUE),
			rule("GET", "/api/models/{id}/roles/{roleId}", ANYONE),
			rule("PUT", "/api/models/{id}/roles/{roleId}", CATALOGUE),
			rule("DELETE", "/api/models/{id}/roles/{roleId}", CATALOGUE),
			// evidence
			rule("POST", "/api/evidence/match", ANYONE), rule("GET", "/api/evidence/status", ANYONE),
			rule("POST", "/api/evidence/documents", PEOPLE), rule("GET", "/api/evidence/documents", PEOPLE),
			rule("GET", "/api/evidence/documents/{id}", PEOPLE), rule("GET", "/api/evidence/search", PEOPLE),
			// candidates
			export("GET", "/api/candidates/export", PEOPLE), rule("POST", "/api/candidates/import", PEOPLE),
			rule("GET", "/api/candidates/{id}/development", REVIEW), rule("GET", "/api/candidates", PEOPLE),
			rule("POST", "/api/candidates", PEOPLE), rule("GET", "/api/candidates/{id}", PEOPLE),
			rule("PUT", "/api/candidates/{id}", PEOPLE), rule("DELETE", "/api/candidates/{id}", PEOPLE),
			// ranking and decisions
			rule("POST", "/api/rankings", PEOPLE), export("POST", "/api/rankings/export", PEOPLE),
			rule("GET", "/api/decisions", PEOPLE), rule("POST", "/api/decisions", PEOPLE),
			// succession
			rule("GET", "/api/succession", REVIEW), rule("GET", "/api/succession/{role}", REVIEW),
			rule("GET", "/api/nine-box", REVIEW), rule("GET", "/api/nine-box/moves", REVIEW),
			rule("POST", "/api/nine-box/moves", REVIEW),
			// rules
			rule("GET", "/api/rules", ANYONE), rule("GET", "/api/rules/versions", ANYONE),
			rule("GET", "/api/rules/versions/{from}/diff/{to}", ANYONE), rule("POST", "/api/rules/evaluate", EVALUATE),
			rule("POST", "/api/rules/reload", RULES), rule("POST", "/api/rules/versions/{id}/rollback", RULES),
			rule("POST", "/api/rules/what-if", RULES), rule("GET", "/api/rules/files", ANYONE),
			rule("GET", "/api/rules/file", ANYONE), rule("GET", "/api/rules/vocabulary", ANYONE),
			rule("POST", "/api/rules/check", RULES), rule("POST", "/api/rules/activate", RULES),
			rule("POST", "/api/rules/preview", RULES),
			// audit, fairness, users
			rule("GET", "/api/audit/**", ADMIN), rule("GET", "/api/fairness/**", ADMIN),
			rule("POST", "/api/fairness/**", ADMIN), rule("DELETE", "/api/fairness/**", ADMIN),
			rule("GET", "/api/users", ADMIN), rule("POST", "/api/users", ADMIN),
			rule("GET", "/api/users/{name}", ADMIN), rule("PUT", "/api/users/{name}", ADMIN),
			rule("PUT", "/api/users/{name}/password", ADMIN),
			// one's own account
			rule("GET", "/api/me", ANYONE), rule("PUT", "/api/me/password", ANYONE), rule("GET", "/api/tokens", ANYONE),
			rule("POST", "/api/tokens", ANYONE), rule("DELETE", "/api/tokens/{id}", ANYONE));

}
