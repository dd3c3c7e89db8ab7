package com.talentmatch.rules.facts;

/**
 * The role whose requirements are being collected. Requirement rules match it by name:
 * {@code Role(name == "客户服务部经理")}. {@code via} is the role that inherits it, or {@code null}.
 */
public final class Role {

	private final String name;

	private final String via;

	public Role(String name, String via) {
		this.name = name;
		this.via = via;
	}

	public String getName() {
		return name;
	}

	public String getVia() {
		return via;
	}
}
