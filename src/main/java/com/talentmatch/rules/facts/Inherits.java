package com.talentmatch.rules.facts;

/**
 * Declared by a rule: role {@code child} also has every requirement of role (or family)
 * {@code parent}.
 */
public final class Inherits {

	private final String child;

	private final String parent;

	private final String rule;

	public Inherits(String child, String parent, String rule) {
		this.child = child;
		this.parent = parent;
		this.rule = rule;
	}

	public String getChild() {
		return child;
	}

	public String getParent() {
		return parent;
	}

	public String getRule() {
		return rule;
	}

}
