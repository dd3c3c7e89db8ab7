package com.talentmatch.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;

/**
 * Marks the words of a text whose analysed term is in a set: {@code <em>倾听</em>客户的需求}.
 * The rest of the text is HTML-escaped, so the result can be shown as HTML as it is.
 */
public final class Highlights {

	private Highlights() {
	}

	public static String mark(Analyzer analyzer, String text, Set<String> terms) {
		return mark(text, Terms.tokens(analyzer, text), terms);
	}

	/**
	 * The same with the text's tokens already at hand; touching or overlapping marks
	 * merge into one.
	 */
	static String mark(String text, List<Terms.Token> tokens, Set<String> terms) {
		List<int[]> spans = new ArrayList<>();
		for (Terms.Token t : tokens) {
			if (terms.contains(t.term())) {
				spans.add(new int[] { t.start(), t.end() });
			}
		}
		spans.sort(Comparator.comparingInt((int[] a) -> a[0]));
		StringBuilder out = new StringBuilder(text.length() + 16);
		int at = 0;
		int i = 0;
		while (i < spans.size()) {
			int from = Math.max(spans.get(i)[0], at);
			int to = spans.get(i)[1];
			int j = i + 1;
			while (j < spans.size() && spans.get(j)[0] <= to) {
				to = Math.max(to, spans.get(j)[1]);
				j++;
			}
			if (to > from) {
				escape(text, at, from, out);
				out.append("<em>");
				escape(text, from, to, out);
				out.append("</em>");
				at = to;
			}
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
