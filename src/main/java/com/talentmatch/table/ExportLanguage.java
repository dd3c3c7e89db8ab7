package com.talentmatch.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.InvalidDataException;

/**
 * The language of an export's headers and texts: Chinese or English. The texts are in
 * {@code messages/exports.properties} (English) and
 * {@code messages/exports_zh.properties} (Chinese), one key per column
 * ({@code <export>.<column>}) and per localized value; {@code docs/exports.md} lists
 * them.
 */
public enum ExportLanguage {

	ZH("messages/exports_zh.properties"), EN("messages/exports.properties");

	private final Properties texts;

	ExportLanguage(String resource) {
		this.texts = load(resource);
	}

	/**
	 * The language a request asks for: {@code lang} ({@code zh} or {@code en}) when
	 * given, else the first language of {@code Accept-Language} ({@code zh-*} is Chinese,
	 * anything else English), else English.
	 * @throws InvalidDataException when {@code lang} is neither {@code zh} nor {@code en}
	 */
	public static ExportLanguage of(String lang, String acceptLanguage) {
		if (lang != null && !lang.isBlank()) {
			return switch (lang.strip().toLowerCase(Locale.ROOT)) {
				case "zh" -> ZH;
				case "en" -> EN;
				default -> throw new InvalidDataException(List
					.of(new DataProblem("request", 0, "lang", "lang must be zh or en, not '" + lang.strip() + "'")));
			};
		}
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return EN;
		}
		try {
			List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
			Locale.LanguageRange first = ranges.stream().filter(r -> r.getWeight() > 0).findFirst().orElse(null);
			return first != null && (first.getRange().equals("zh") || first.getRange().startsWith("zh-")) ? ZH : EN;
		}
		catch (IllegalArgumentException e) {
			return EN;
		}
	}

	/** {@code zh} or {@code en}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The text of a key in this language.
	 * @throws IllegalStateException when the bundle lacks the key
	 */
	public String text(String key) {
		String text = texts.getProperty(key);
		if (text == null) {
			throw new IllegalStateException("messages for " + code() + " lack the export text '" + key + "'");
		}
		return text;
	}

	/**
	 * The text of a key in this language, or {@code fallback} when the bundle lacks it.
	 */
	public String text(String key, String fallback) {
		return texts.getProperty(key, fallback);
	}

	/** The texts of {@code prefix + key} for each key, in order (an export's header). */
	public List<String> header(String prefix, List<String> keys) {
		return keys.stream().map(k -> text(prefix + k)).toList();
	}

	private static Properties load(String resource) {
		Properties p = new Properties();
		try (InputStream in = ExportLanguage.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + resource);
			}
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return p;
	}

}
