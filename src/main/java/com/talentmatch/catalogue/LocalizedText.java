package com.talentmatch.catalogue;

import java.util.Locale;

/**
 * A text in Chinese and English. Either side may be {@code null}, but not both.
 *
 * @param zh the Chinese text
 * @param en the English text (for seed models, our translation)
 */
public record LocalizedText(String zh, String en) {

	/** True when either language contains {@code query}, ignoring case. */
	public boolean contains(String query) {
		String q = query.toLowerCase(Locale.ROOT);
		return (zh != null && zh.toLowerCase(Locale.ROOT).contains(q))
				|| (en != null && en.toLowerCase(Locale.ROOT).contains(q));
	}

	/** The Chinese text, or the English one where there is no Chinese. */
	public String any() {
		return zh != null ? zh : en;
	}
}
