package com.talentmatch.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits evidence text into sentences at Chinese and English sentence punctuation
 * (。！？；!?; and '.' before a space or the end), line breaks and bullets, and strips list
 * markers ({@code •}, {@code -}, {@code 1)}, {@code (2)}, {@code 3、}, {@code ①}). Pieces
 * without a letter or digit are dropped. Stateless, thread-safe.
 */
public final class SentenceSplitter {

	private static final Pattern MARKER = Pattern
		.compile("^(?:[•·●◆◇■□▪▶►\\-*+>]+|\\(?\\d{1,2}[).、.]|（\\d{1,2}）|[①-⑳]|[一二三四五六七八九十]、)\\s*");

	private SentenceSplitter() {
	}

	public static List<Sentence> split(String text) {
		List<Sentence> out = new ArrayList<>();
		int start = 0;
		int n = text.length();
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			boolean boundary = c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';'
					|| c == '\n' || c == '\r' || c == '…'
					|| (c == '.' && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1)))
							&& !(i > 0 && Character.isDigit(text.charAt(i - 1)) && i - start <= 3));
			if (boundary) {
				add(text, start, i + (c == '\n' || c == '\r' ? 0 : 1), out);
				start = i + 1;
			}
		}
		add(text, start, n, out);
		return out;
	}

	private static void add(String text, int from, int to, List<Sentence> out) {
		int s = from;
		int e = to;
		while (s < e && Character.isWhitespace(text.charAt(s))) {
			s++;
		}
		Matcher m = MARKER.matcher(text.substring(s, e));
		if (m.find()) {
			s += m.end();
		}
		while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
			e--;
		}
		String piece = text.substring(s, e);
		if (piece.codePoints().anyMatch(Character::isLetterOrDigit)) {
			out.add(new Sentence(out.size(), piece, s, e));
		}
	}

}
