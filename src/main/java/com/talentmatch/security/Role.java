package com.talentmatch.security;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * What a person signed in may do. A user has one or more roles; the code is what the
 * store, the API and the demo users use.
 */
public enum Role {

	/** Ranks applicants for an open role, records hiring decisions. */
	RECRUITER("recruiter"),
	/**
	 * Looks inside the company for successors: succession, 9-box, performance and
	 * potential.
	 */
	TALENT_REVIEWER("talent-reviewer"),
	/** An HR analyst: edits the rules and the catalogue. */
	RULE_EDITOR("rule-editor"),
	/** Manages users; sees the audit log and the adverse-impact report. */
	ADMIN("admin"),
	/** Reads the catalogue and the rules; no personal data. */
	VIEWER("viewer");

	private final String code;

	Role(String code) {
		this.code = code;
	}

	/** The role's code, also its granted authority. */
	public String code() {
		return code;
	}

	/** Whether the caller holds any of these roles. */
	public static boolean anyHeldBy(org.springframework.security.core.Authentication caller, Set<Role> roles) {
		return caller != null && caller.getAuthorities()
			.stream()
			.anyMatch(a -> roles.stream().anyMatch(r -> r.code.equals(a.getAuthority())));
	}

	public static Optional<Role> fromCode(String code) {
		return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
	}

}
