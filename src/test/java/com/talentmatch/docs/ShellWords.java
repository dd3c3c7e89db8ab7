package com.talentmatch.docs;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a shell command into words as a POSIX shell would for the docs' commands: single
 * and double quotes, backslash escapes and {@code \}-newline continuations. Shell
 * variables, substitutions, pipes and redirections are refused: a documented example must
 * say everything it sends.
 */
final class ShellWords {

	private ShellWords() {
	}

	/** Whether the command text ends: no open quote and no trailing backslash. */
	static boolean complete(String text) {
		char quote = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quote == '\'') {
				quote = c == '\'' ? 0 : quote;
			}
			else if (c == '\\') {
				if (i + 1 >= text.length()) {
					return false;
				}
				i++;
			}
			else if (quote == '"') {
				quote = c == '"' ? 0 : quote;
			}
			else if (c == '\'' || c == '"') {
				quote = c;
			}
		}
		return quote == 0;
	}

	/** The words of a complete command. */
	static List<String> split(String text, String where) {
		List<String> words = new ArrayList<>();
		StringBuilder word = null;
		char quote = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quote == '\'') {
				if (c == '\'') {
					quote = 0;
				}
				else {
					word.append(c);
				}
				continue;
			}
			if (quote == '"') {
				if (c == '"') {
					quote = 0;
				}
				else if (c == '\\' && i + 1 < text.length() && "\"\\$`\n".indexOf(text.charAt(i + 1)) >= 0) {
					i++;
					if (text.charAt(i) != '\n') {
						word.append(text.charAt(i));
					}
				}
				else {
					refuseExpansion(text, i, where);
					word.append(c);
				}
				continue;
			}
			if (c == '\\' && i + 1 < text.length()) {
				i++;
				if (text.charAt(i) != '\n') {
					word = word == null ? new StringBuilder() : word;
					word.append(text.charAt(i));
				}
				continue;
			}
			if (Character.isWhitespace(c)) {
				if (word != null) {
					words.add(word.toString());
					word = null;
				}
				continue;
			}
			if (c == '#' && word == null) {
				break;
			}
			if ("|;&<>`".indexOf(c) >= 0) {
				throw new DocExampleException(where,
						"'" + c + "' in a curl example: pipes, redirections and several commands are not run");
			}
			refuseExpansion(text, i, where);
			word = word == null ? new StringBuilder() : word;
			if (c == '\'' || c == '"') {
				quote = c;
			}
			else {
				word.append(c);
			}
		}
		if (word != null) {
			words.add(word.toString());
		}
		return words;
	}

	private static void refuseExpansion(String text, int i, String where) {
		if (text.charAt(i) == '$' && i + 1 < text.length()
				&& (Character.isLetter(text.charAt(i + 1)) || "{(_".indexOf(text.charAt(i + 1)) >= 0)) {
			throw new DocExampleException(where, "shell variables and substitutions are not run: "
					+ text.substring(i, Math.min(text.length(), i + 20)));
		}
	}

}
