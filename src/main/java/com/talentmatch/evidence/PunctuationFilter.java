package com.talentmatch.evidence;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops tokens without a letter or digit (by code point: 𩬅 is a letter) (SmartCN emits
 * punctuation as tokens of its own).
 */
final class PunctuationFilter extends FilteringTokenFilter {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	PunctuationFilter(TokenStream in) {
		super(in);
	}

	@Override
	protected boolean accept() {
		for (int i = 0; i < term.length();) {
			int cp = Character.codePointAt(term.buffer(), i, term.length());
			if (Character.isLetterOrDigit(cp)) {
				return true;
			}
			i += Character.charCount(cp);
		}
		return false;
	}

}
