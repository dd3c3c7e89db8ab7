package com.talentmatch.evidence;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Adds the overlapping character bigrams of a run of Chinese text to its words: after 主动
 * / 收集 come {@code ~主动}, {@code ~动收}, {@code ~收集}. Bigrams carry the prefix
 * {@link #PREFIX} so they never collide with words, and are marked as keywords so that
 * stemming and synonyms leave them alone. Words still match words; the bigrams let a
 * paraphrase that cuts words differently (投诉处理 / 处理投诉, 打比方 / 比喻) share something.
 */
final class HanBigramFilter extends TokenFilter {

	static final String PREFIX = "~";

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

	private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);

	private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

	private final Deque<Bigram> pending = new ArrayDeque<>();

	private State word;

	private char previous;

	private int previousEnd = -1;

	private record Bigram(String text, int start, int end) {
	}

	HanBigramFilter(TokenStream in) {
		super(in);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (word != null) {
			restoreState(word);
			word = null;
			return true;
		}
		if (!pending.isEmpty()) {
			Bigram b = pending.poll();
			clearAttributes();
			term.setEmpty().append(PREFIX).append(b.text());
			offset.setOffset(b.start(), b.end());
			position.setPositionIncrement(0);
			keyword.setKeyword(true);
			return true;
		}
		if (!input.incrementToken()) {
			return false;
		}
		int start = offset.startOffset();
		if (!allHan()) {
			previousEnd = -1;
			return true;
		}
		boolean joined = previousEnd == start && term.length() == offset.endOffset() - start;
		char first = term.charAt(0);
		for (int i = 0; i + 2 <= term.length(); i++) {
			pending.add(new Bigram(term.subSequence(i, i + 2).toString(), start + i, start + i + 2));
		}
		char last = term.charAt(term.length() - 1);
		int end = offset.endOffset();
		if (joined) {
			// the bigram across the boundary starts before this word: it goes first, the
			// word after it
			word = captureState();
			clearAttributes();
			term.setEmpty().append(PREFIX).append(previous).append(first);
			offset.setOffset(start - 1, start + 1);
			position.setPositionIncrement(0);
			keyword.setKeyword(true);
		}
		previous = last;
		previousEnd = end;
		return true;
	}

	private boolean allHan() {
		if (term.length() == 0) {
			return false;
		}
		for (int i = 0; i < term.length(); i++) {
			if (Character.UnicodeScript.of(term.charAt(i)) != Character.UnicodeScript.HAN) {
				return false;
			}
		}
		return true;
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		pending.clear();
		word = null;
		previousEnd = -1;
	}

}
