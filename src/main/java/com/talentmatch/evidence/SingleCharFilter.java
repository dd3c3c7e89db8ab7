package com.talentmatch.evidence;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops one-character tokens (用, 到, 说; the {@code s} of {@code audience's}; a lone
 * {@code 6}): SmartCN leaves function characters and fragments single, and as evidence
 * they match by coincidence far more often than by meaning. Grades survive, joined before
 * this filter runs ({@code cet6}). Counts code points: 𩬅 alone is one character.
 */
final class SingleCharFilter extends FilteringTokenFilter {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	SingleCharFilter(TokenStream in) {
		super(in);
	}

	@Override
	protected boolean accept() {
		return Character.codePointCount(term.buffer(), 0, term.length()) > 1;
	}

}
