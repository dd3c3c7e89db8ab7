package com.talentmatch.rules.facts;

/**
 * Declared by a rule: a role that exists only in the rules (no catalogue role profile),
 * for instance the role levels of an imported framework written as rules: <pre>{@code
 * 定义岗位 sd-desk-l2 名称 服务台二级 英文 Service desk L2
 * }</pre> Its requirements are declared like any role's; it can be evaluated, ranked and
 * inherited from. An id that is a catalogue role profile is refused (name that one
 * instead).
 */
public final class RoleDefinition {

	private final String id;

	private final String nameZh;

	private final String nameEn;

	private final String rule;

	public RoleDefinition(String id, String nameZh, String nameEn, String rule) {
		this.id = id;
		this.nameZh = nameZh;
		this.nameEn = nameEn;
		this.rule = rule;
	}

	public String getId() {
		return id;
	}

	public String getNameZh() {
		return nameZh;
	}

	public String getNameEn() {
		return nameEn;
	}

	public String getRule() {
		return rule;
	}

}
