package com.talentmatch.evidence;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops tokens of a single Chinese character (用, 到, 说, 好): SmartCN leaves function characters and fragments
 * single, and as evidence they match by coincidence far more often than by meaning.
 */
final class SingleHanFilter extends FilteringTokenFilter {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	SingleHanFilter(TokenStream in) {
		super(in);
	}

	@Override
	protected boolean accept() {
		return !(term.length() == 1 && Character.UnicodeScript.of(term.charAt(0)) == Character.UnicodeScript.HAN);
	}
}
