package com.talentmatch.evidence;

import java.io.IOException;
import java.util.Set;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Keeps grade tokens whole: a tokenizer splits {@code CET-6} into {@code cet} and
 * {@code 6}; this filter joins a grade prefix ({@code cet}, {@code tem}) with the number
 * right after it (at most one space, '-' or '_' between) into {@code cet6}. Expects
 * lower-cased input.
 */
final class GradeTokenFilter extends TokenFilter {

	private static final Set<String> PREFIXES = Set.of("cet", "tem");

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

	private AttributeSource.State pending;

	GradeTokenFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (pending != null) {
			restoreState(pending);
			pending = null;
			return true;
		}
		if (!input.incrementToken()) {
			return false;
		}
		if (!PREFIXES.contains(term.toString())) {
			return true;
		}
		String prefix = term.toString();
		int start = offset.startOffset();
		int end = offset.endOffset();
		State prefixState = captureState();
		if (!input.incrementToken()) {
			restoreState(prefixState);
			return true;
		}
		boolean number = term.length() > 0 && term.chars().allMatch(Character::isDigit);
		if (number && offset.startOffset() - end <= 1) {
			String joined = prefix + term;
			int newEnd = offset.endOffset();
			restoreState(prefixState);
			term.setEmpty().append(joined);
			offset.setOffset(start, newEnd);
			return true;
		}
		pending = captureState();
		restoreState(prefixState);
		return true;
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		pending = null;
	}

}
