package com.talentmatch.evidence;

import java.io.IOException;
import java.io.Reader;

import com.ibm.icu.text.Transliterator;
import org.apache.lucene.analysis.CharFilter;

/**
 * Traditional → simplified Chinese by ICU's maintained {@code Traditional-Simplified}
 * transform (no hand-kept table: 艱 → 艰, 溝 → 沟, 與 → 与). Where the transform maps one code
 * point to one code point, the mapping is also applied as a character fold before
 * segmentation ({@link #reader}), so SmartCN segments simplified text and offsets stay
 * those of the original; what is left (phrases the transform rewrites as a whole) is
 * handled per token by Lucene's {@code ICUTransformFilter} in the analyzer. Thread-safe.
 */
final class Simplified {

	/** The ICU transform id. */
	static final String TRANSFORM = "Traditional-Simplified";

	private static final int[] TABLE = table();

	private Simplified() {
	}

	/** A fresh transliterator (ICU transliterators are not thread-safe to share). */
	static Transliterator transliterator() {
		return Transliterator.getInstance(TRANSFORM);
	}

	/** The simplified form of one code point, or the code point itself. */
	static int fold(int codePoint) {
		if (codePoint < 0 || codePoint >= TABLE.length) {
			return codePoint;
		}
		int v = TABLE[codePoint];
		return v == 0 ? codePoint : v;
	}

	/**
	 * {@code text} with every code point folded (same length in chars when 1:1 holds).
	 */
	static String fold(String text) {
		StringBuilder sb = new StringBuilder(text.length());
		text.codePoints().forEach(cp -> sb.appendCodePoint(fold(cp)));
		return sb.toString();
	}

	/** A reader folding traditional characters as it reads. */
	static Reader reader(Reader in) {
		return new CharFilter(in) {

			private int pendingLow = -1;

			@Override
			protected int correct(int currentOff) {
				return currentOff;
			}

			@Override
			public int read(char[] cbuf, int off, int len) throws IOException {
				int n = input.read(cbuf, off, len);
				for (int i = off; i < off + n; i++) {
					char c = cbuf[i];
					if (Character.isHighSurrogate(c) && i + 1 < off + n && Character.isLowSurrogate(cbuf[i + 1])) {
						int cp = fold(Character.toCodePoint(c, cbuf[i + 1]));
						if (Character.charCount(cp) == 2) {
							cbuf[i] = Character.highSurrogate(cp);
							cbuf[i + 1] = Character.lowSurrogate(cp);
						}
						i++;
					}
					else if (!Character.isSurrogate(c)) {
						int cp = fold(c);
						if (Character.charCount(cp) == 1) {
							cbuf[i] = (char) cp;
						}
					}
				}
				return n;
			}
		};
	}

	/**
	 * Every code point of the CJK blocks whose transform is a single code point of the
	 * same length in UTF-16 (so offsets hold).
	 */
	private static int[] table() {
		Transliterator t = transliterator();
		int[] table = new int[0x30000];
		int[][] ranges = { { 0x3400, 0x4DBF }, { 0x4E00, 0x9FFF }, { 0xF900, 0xFAFF }, { 0x20000, 0x2FFFF } };
		for (int[] r : ranges) {
			for (int cp = r[0]; cp <= r[1]; cp++) {
				if (!Character.isDefined(cp)) {
					continue;
				}
				String in = new String(Character.toChars(cp));
				String out = t.transliterate(in);
				if (!out.equals(in) && out.codePointCount(0, out.length()) == 1 && out.length() == in.length()) {
					table[cp] = out.codePointAt(0);
				}
			}
		}
		return table;
	}

}
