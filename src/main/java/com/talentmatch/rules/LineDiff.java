package com.talentmatch.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff by longest common subsequence: lines prefixed {@code "- "}, {@code "+ "} or
 * {@code "  "}.
 */
final class LineDiff {

	private LineDiff() {
	}

	static List<String> diff(String a, String b) {
		String[] x = a.isEmpty() ? new String[0] : a.split("\n", -1);
		String[] y = b.isEmpty() ? new String[0] : b.split("\n", -1);
		int[][] lcs = new int[x.length + 1][y.length + 1];
		for (int i = x.length - 1; i >= 0; i--) {
			for (int j = y.length - 1; j >= 0; j--) {
				lcs[i][j] = x[i].equals(y[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
			}
		}
		List<String> out = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < x.length || j < y.length) {
			if (i < x.length && j < y.length && x[i].equals(y[j])) {
				out.add("  " + x[i]);
				i++;
				j++;
			}
			else if (j < y.length && (i == x.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
				out.add("+ " + y[j++]);
			}
			else {
				out.add("- " + x[i++]);
			}
		}
		return out;
	}

}
