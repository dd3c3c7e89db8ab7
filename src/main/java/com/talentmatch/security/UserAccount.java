package com.talentmatch.security;

import java.time.Instant;
import java.util.Set;

/**
 * A person who signs in (no password hash: that never leaves the store).
 *
 * @param username the sign-in name
 * @param roles what they may do
 * @param mayExport whether they may export personal data (candidate and ranking files)
 * @param enabled whether they may sign in
 * @param createdAt when the account was made
 * @param createdBy who made it ({@code first start}, {@code demo}, or an admin)
 */
public record UserAccount(String username, Set<Role> roles, boolean mayExport, boolean enabled, Instant createdAt,
		String createdBy) {

	public UserAccount {
		roles = Set.copyOf(roles);
	}

}
