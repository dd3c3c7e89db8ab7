package com.talentmatch.rules;

import java.util.List;

/**
 * The role levels of one family, low to high, as a rule declares them ({@code 岗位序列 …}),
 * with role keys resolved.
 *
 * @param name the ladder's name
 * @param steps role keys per step, low to high
 * @param rule the declaring rule
 * @param file its file
 * @param line its line
 */
public record RoleLadder(String name, List<List<String>> steps, String rule, String file, int line) {

	/** The step of {@code role} (0 = lowest), or -1 when it is not on this ladder. */
	public int step(String role) {
		for (int i = 0; i < steps.size(); i++) {
			if (steps.get(i).contains(role)) {
				return i;
			}
		}
		return -1;
	}

	/** Whether {@code role} is on this ladder below its top step. */
	public boolean belowTop(String role) {
		int s = step(role);
		return s >= 0 && s < steps.size() - 1;
	}

}
