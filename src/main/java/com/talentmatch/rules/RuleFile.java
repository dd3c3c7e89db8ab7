package com.talentmatch.rules;

import java.nio.charset.StandardCharsets;

/**
 * One file of a rule set.
 *
 * @param path path relative to the rules directory, with '/'
 * ({@code customer-service/requirements.dslr})
 * @param content its bytes
 */
public record RuleFile(String path, byte[] content) {

	/** The kinds of rule file, by name. */
	public enum Type {

		DRL, DSL, DSLR, DECISION_TABLE_CSV, DECISION_TABLE_XLSX, SCENARIOS, OTHER

	}

	public Type type() {
		String p = path.toLowerCase(java.util.Locale.ROOT);
		if (p.endsWith(".drl.csv")) {
			return Type.DECISION_TABLE_CSV;
		}
		if (p.endsWith(".drl.xlsx")) {
			return Type.DECISION_TABLE_XLSX;
		}
		if (p.endsWith(".drl")) {
			return Type.DRL;
		}
		if (p.endsWith(".dslr")) {
			return Type.DSLR;
		}
		if (p.endsWith(".dsl")) {
			return Type.DSL;
		}
		if (p.endsWith(".scenarios.yaml") || p.endsWith(".scenarios.yml")) {
			return Type.SCENARIOS;
		}
		return Type.OTHER;
	}

	/** Whether the rule compiler takes this file. */
	public boolean isRuleSource() {
		return switch (type()) {
			case DRL, DSL, DSLR, DECISION_TABLE_CSV, DECISION_TABLE_XLSX -> true;
			default -> false;
		};
	}

	public String text() {
		return new String(content, StandardCharsets.UTF_8);
	}
}
