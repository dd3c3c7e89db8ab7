package com.talentmatch.rules;

/**
 * The DRL a rule file becomes — DRL as written, a {@code .dslr} after DSL expansion, a
 * decision table after conversion — which is what is both checked ({@link RuleSafety})
 * and compiled ({@link RuleCompiler}), so that nothing is compiled that was not checked.
 * Knows which line of the source file the analyst edits each DRL line comes from.
 *
 * @param file the source file
 * @param drl its DRL
 * @param lineMap for DRL line {@code i} (1-based), the source line at index {@code i - 1}
 * @param rows for decision tables, the source rows as text (cells joined by commas) to
 * find where an expression was written; empty otherwise
 */
record DrlSource(RuleFile file, String drl, int[] lineMap, String[] rows) {

	/** Where the compiler gets this DRL: the source path, ending in {@code .drl}. */
	String compiledPath() {
		return file.type() == RuleFile.Type.DRL ? file.path() : file.path() + ".drl";
	}

	/** The file name the analyst knows: {@code rules/<path>}. */
	String displayPath() {
		return "rules/" + file.path();
	}

	/**
	 * The source line of DRL line {@code drlLine}. For a decision table, the row where
	 * {@code snippet} was written, when it can be found (a cell of that rule, or an
	 * action template shared by every rule).
	 */
	int sourceLine(int drlLine, String snippet) {
		if (rows.length > 0 && snippet != null && !snippet.isBlank()) {
			String needle = snippet.strip();
			for (int i = 0; i < rows.length; i++) {
				if (rows[i].contains(needle)) {
					return i + 1;
				}
			}
		}
		if (drlLine < 1 || lineMap.length == 0) {
			return Math.max(drlLine, 0);
		}
		return lineMap[Math.min(drlLine, lineMap.length) - 1];
	}

}
