package com.talentmatch.web.pages;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.json.JsonMapper;

/**
 * Every label of the web application in one language, for the pages' scripts (the
 * templates use the same bundles through {@code #{...}}). The bundles are those of
 * {@code spring.messages.basename}: {@code <name>.properties} is English,
 * {@code <name>_zh.properties} Chinese. Not a bean of its own, so that the MVC test
 * slices, which load {@link ShellAdvice}, need nothing more.
 */
final class WebMessages {

	private final String[] basenames;

	private final Map<String, Map<String, String>> byLanguage = new ConcurrentHashMap<>();

	private final Map<String, String> json = new ConcurrentHashMap<>();

	private final JsonMapper mapper;

	WebMessages(String basenames, JsonMapper mapper) {
		this.mapper = mapper;
		this.basenames = Arrays.stream(basenames.split(",")).map(String::strip).toArray(String[]::new);
	}

	/** {@code zh} for Chinese, {@code en} for anything else. */
	static String language(Locale locale) {
		return locale != null && "zh".equals(locale.getLanguage()) ? "zh" : "en";
	}

	Map<String, String> all(String language) {
		return byLanguage.computeIfAbsent(language, this::load);
	}

	/** {@link #all} as a JSON object. */
	String json(String language) {
		return json.computeIfAbsent(language, l -> mapper.writeValueAsString(all(l)));
	}

	private Map<String, String> load(String language) {
		Map<String, String> out = new TreeMap<>();
		Locale locale = "zh".equals(language) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
		ResourceBundle.Control control = ResourceBundle.Control
			.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
		for (String name : basenames) {
			ResourceBundle bundle = ResourceBundle.getBundle(name, locale, WebMessages.class.getClassLoader(), control);
			for (String key : bundle.keySet()) {
				out.put(key, bundle.getString(key));
			}
		}
		return Map.copyOf(out);
	}

}
