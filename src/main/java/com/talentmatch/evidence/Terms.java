package com.talentmatch.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Runs an analyzer over a text: its distinct terms, or its tokens with offsets (for
 * highlighting).
 */
final class Terms {

	private Terms() {
	}

	/**
	 * A token and where it stands in the text.
	 *
	 * @param term analysed term
	 * @param start start offset
	 * @param end end offset
	 */
	record Token(String term, int start, int end) {
	}

	static Set<String> of(Analyzer analyzer, String text) {
		return of(tokens(analyzer, text));
	}

	static Set<String> of(List<Token> tokens) {
		Set<String> terms = new LinkedHashSet<>();
		tokens.forEach(t -> terms.add(t.term()));
		return terms;
	}

	static List<Token> tokens(Analyzer analyzer, String text) {
		List<Token> out = new ArrayList<>();
		try (TokenStream ts = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
			ts.reset();
			while (ts.incrementToken()) {
				out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
			}
			ts.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException("analysis of an in-memory string failed", e);
		}
		return out;
	}

}
