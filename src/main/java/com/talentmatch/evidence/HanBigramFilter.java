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

	private int previous;

	private int previousEnd = -1;

	private boolean previousExact;

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
		// offsets of the characters inside the token are known only when the token's text
		// is as long as its span (a transform may have changed the length)
		boolean exact = term.length() == offset.endOffset() - start;
		boolean joined = previousEnd == start && exact && previousExact;
		String text = term.toString();
		int first = text.codePointAt(0);
		// bigrams of code points, so a supplementary character (𩬅) is one character
		for (int i = 0, j; i < text.length(); i = j) {
			j = i + Character.charCount(text.codePointAt(i));
			if (j >= text.length()) {
				break;
			}
			int k = j + Character.charCount(text.codePointAt(j));
			pending.add(exact ? new Bigram(text.substring(i, k), start + i, start + k)
					: new Bigram(text.substring(i, k), start, offset.endOffset()));
		}
		int last = text.codePointBefore(text.length());
		int end = offset.endOffset();
		if (joined) {
			// the bigram across the boundary starts before this word: it goes first, the
			// word after it
			word = captureState();
			clearAttributes();
			term.setEmpty()
				.append(PREFIX)
				.append(new String(Character.toChars(previous)))
				.append(new String(Character.toChars(first)));
			offset.setOffset(start - Character.charCount(previous), start + Character.charCount(first));
			position.setPositionIncrement(0);
			keyword.setKeyword(true);
		}
		previous = last;
		previousEnd = end;
		previousExact = exact;
		return true;
	}

	private boolean allHan() {
		if (term.length() == 0) {
			return false;
		}
		for (int i = 0; i < term.length();) {
			int cp = Character.codePointAt(term.buffer(), i, term.length());
			if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
				return false;
			}
			i += Character.charCount(cp);
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
