package com.talentmatch.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites Drools' {@code modify ($a) { setX(1), setY(2) }} and {@code with ($a) { ... }}
 * blocks of a consequence into plain Java ({@code modify($a); ($a).setX(1);
 * ($a).setY(2);}) so that {@link CodeCheck} can read them. Keeps the number of lines.
 */
final class Modify {

	private Modify() {
	}

	static String rewrite(String code) {
		if (!code.contains("modify") && !code.contains("with")) {
			return code;
		}
		StringBuilder out = new StringBuilder(code.length() + 32);
		int n = code.length();
		int i = 0;
		while (i < n) {
			char c = code.charAt(i);
			if (c == '"' || c == '\'') {
				int end = literalEnd(code, i);
				out.append(code, i, end);
				i = end;
			}
			else if (c == '/' && i + 1 < n && (code.charAt(i + 1) == '/' || code.charAt(i + 1) == '*')) {
				int end = code.charAt(i + 1) == '/' ? code.indexOf('\n', i) : code.indexOf("*/", i + 2);
				end = end < 0 ? n : code.charAt(i + 1) == '/' ? end : end + 2;
				out.append(code, i, end);
				i = end;
			}
			else if (Character.isJavaIdentifierStart(c)) {
				int j = i;
				while (j < n && Character.isJavaIdentifierPart(code.charAt(j))) {
					j++;
				}
				String word = code.substring(i, j);
				int end = (word.equals("modify") || word.equals("with")) ? block(code, j, word, out) : -1;
				if (end < 0) {
					out.append(word);
					i = j;
				}
				else {
					i = end;
				}
			}
			else {
				out.append(c);
				i++;
			}
		}
		return out.toString();
	}

	/**
	 * Appends the rewritten block that starts after {@code word} at {@code from}; returns
	 * the index after it, or -1 when there is no block.
	 */
	private static int block(String code, int from, String word, StringBuilder out) {
		int open = skipSpace(code, from);
		if (open >= code.length() || code.charAt(open) != '(') {
			return -1;
		}
		int close = matching(code, open, '(', ')');
		if (close < 0) {
			return -1;
		}
		int brace = skipSpace(code, close + 1);
		if (brace >= code.length() || code.charAt(brace) != '{') {
			return -1;
		}
		int end = matching(code, brace, '{', '}');
		if (end < 0) {
			return -1;
		}
		String target = code.substring(open + 1, close);
		if (word.equals("modify")) {
			out.append("modify(").append(target).append(");");
		}
		for (String part : split(code.substring(brace + 1, end))) {
			if (!part.isBlank()) {
				out.append(" (").append(target).append(").").append(part.strip()).append(';');
			}
		}
		code.substring(from, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
		return end + 1;
	}

	private static int skipSpace(String code, int i) {
		while (i < code.length() && Character.isWhitespace(code.charAt(i))) {
			i++;
		}
		return i;
	}

	private static int literalEnd(String code, int start) {
		char quote = code.charAt(start);
		int i = start + 1;
		while (i < code.length() && code.charAt(i) != quote) {
			i += code.charAt(i) == '\\' ? 2 : 1;
		}
		return Math.min(i + 1, code.length());
	}

	/** Index of the bracket closing the one at {@code open}, or -1. */
	private static int matching(String code, int open, char o, char c) {
		int depth = 0;
		for (int i = open; i < code.length(); i++) {
			char ch = code.charAt(i);
			if (ch == '"' || ch == '\'') {
				i = literalEnd(code, i) - 1;
			}
			else if (ch == o) {
				depth++;
			}
			else if (ch == c && --depth == 0) {
				return i;
			}
		}
		return -1;
	}

	/** Splits a block's content at top-level commas. */
	private static List<String> split(String body) {
		List<String> parts = new ArrayList<>();
		int depth = 0;
		int start = 0;
		for (int i = 0; i < body.length(); i++) {
			char ch = body.charAt(i);
			if (ch == '"' || ch == '\'') {
				i = literalEnd(body, i) - 1;
			}
			else if (ch == '(' || ch == '{' || ch == '[') {
				depth++;
			}
			else if (ch == ')' || ch == '}' || ch == ']') {
				depth--;
			}
			else if (ch == ',' && depth == 0) {
				parts.add(body.substring(start, i));
				start = i + 1;
			}
		}
		parts.add(body.substring(start));
		return parts;
	}

}
