package com.talentmatch.evidence;

import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;

/**
 * Marks the words of a text whose analysed term is in a set: {@code <em>倾听</em>客户的需求}. The rest of the text is
 * HTML-escaped, so the result can be shown as HTML as it is.
 */
public final class Highlights {

	private Highlights() {
	}

	public static String mark(Analyzer analyzer, String text, Set<String> terms) {
		return mark(text, Terms.tokens(analyzer, text), terms);
	}

	/** The same with the text's tokens already at hand. */
	static String mark(String text, List<Terms.Token> tokens, Set<String> terms) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		int at = 0;
		int i = 0;
		while (i < tokens.size()) {
			Terms.Token t = tokens.get(i);
			if (!terms.contains(t.term()) || t.start() < at) {
				i++;
				continue;
			}
			int end = t.end();
			int j = i + 1;
			while (j < tokens.size() && terms.contains(tokens.get(j).term()) && tokens.get(j).start() <= end) {
				end = Math.max(end, tokens.get(j).end());
				j++;
			}
			escape(text, at, t.start(), out);
			out.append("<em>");
			escape(text, t.start(), end, out);
			out.append("</em>");
			at = end;
			i = j;
		}
		escape(text, at, text.length(), out);
		return out.toString();
	}

	private static void escape(String text, int from, int to, StringBuilder out) {
		for (int k = from; k < to; k++) {
			char c = text.charAt(k);
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				default -> out.append(c);
			}
		}
	}
}
