package com.talentmatch.rules;

import java.util.List;

/**
 * Every requirement of one role, its own and inherited.
 *
 * @param role role key: a catalogue role profile id, or a family name
 * @param name display name
 * @param inherits the roles or families it inherits, in order
 * @param requirements requirements, own first
 * @param family whether it is a family that roles inherit (not a role people hold)
 */
public record RoleRequirements(String role, String name, List<String> inherits, List<ResolvedRequirement> requirements,
		boolean family) {

	/** A role (not a family). */
	public RoleRequirements(String role, String name, List<String> inherits, List<ResolvedRequirement> requirements) {
		this(role, name, inherits, requirements, false);
	}

}
