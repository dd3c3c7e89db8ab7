package com.talentmatch.table;

/**
 * Formula-injection guard (OWASP "CSV Injection"): a cell that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return is written to CSV with a
 * leading {@code '}, so that a spreadsheet shows it as text instead of running it. An
 * import reads {@code '} followed by one of those characters back as the value without
 * the {@code '}.
 */
public final class CellGuard {

	private static final String TRIGGERS = "=+-@\t\r";

	private CellGuard() {
	}

	/** Whether a spreadsheet could take this value for a formula. */
	public static boolean risky(String value) {
		return value != null && !value.isEmpty() && TRIGGERS.indexOf(value.charAt(0)) >= 0;
	}

	/** The value with a leading {@code '} when it is {@link #risky}. */
	public static String guard(String value) {
		return risky(value) ? "'" + value : value;
	}

	/** The value without the {@code '} that {@link #guard} added. */
	public static String unguard(String value) {
		return value != null && value.length() > 1 && value.charAt(0) == '\'' && risky(value.substring(1))
				? value.substring(1) : value;
	}

}
