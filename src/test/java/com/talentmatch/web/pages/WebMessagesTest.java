package com.talentmatch.web.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.talentmatch.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The labels: English and Chinese have the same keys, none is blank, and every key a
 * template ({@code #{key}}) or a page script ({@code t('key')}) names exists.
 */
class WebMessagesTest {

	static final Path RESOURCES = Path.of("src", "main", "resources");

	static final List<String> BASENAMES = basenames();

	@Test
	void englishAndChineseHaveTheSameKeysAndNoneIsBlank() {
		for (String name : BASENAMES) {
			Properties en = bundle(name + ".properties");
			Properties zh = bundle(name + "_zh.properties");
			assertThat(new TreeSet<>(zh.stringPropertyNames())).as(name)
				.isEqualTo(new TreeSet<>(en.stringPropertyNames()));
			for (Properties p : List.of(en, zh)) {
				p.forEach((k, v) -> assertThat(v.toString()).as(name + " " + k).isNotBlank());
			}
		}
	}

	@Test
	void everyKeyTheTemplatesAndScriptsNameExists() throws IOException {
		Set<String> keys = keys();
		List<String> missing = new ArrayList<>();
		scan(RESOURCES.resolve("templates"), ".html", Pattern.compile("#\\{([A-Za-z0-9_.-]+)[}(]"), keys, missing);
		scan(RESOURCES.resolve("static/js"), ".js", Pattern.compile("\\bt\\('([A-Za-z0-9_.-]+)'"), keys, missing);
		for (Role role : Role.values()) {
			if (!keys.contains("role." + role.code())) {
				missing.add("role." + role.code());
			}
		}
		for (WebPage page : WebPage.values()) {
			for (String key : List.of("nav." + page.view(), "home." + page.view())) {
				boolean linkedFromHome = page != WebPage.HOME && page != WebPage.PERSON;
				if (!keys.contains(key) && (key.startsWith("nav.") || linkedFromHome)) {
					missing.add(key);
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void theScannerFindsAMisspelledKey() throws IOException {
		Path dir = Files.createTempDirectory("labels");
		Files.writeString(dir.resolve("page.js"), "fill(node, t('common.loadin'), t('common.loading'));");
		List<String> missing = new ArrayList<>();
		scan(dir, ".js", Pattern.compile("\\bt\\('([A-Za-z0-9_.-]+)'"), keys(), missing);
		assertThat(missing).containsExactly("page.js: common.loadin");
	}

	@Test
	void theScriptsGetEveryLabelInTheirLanguage() {
		WebMessages messages = new WebMessages(String.join(",", BASENAMES),
				tools.jackson.databind.json.JsonMapper.builder().build());
		Map<String, String> en = messages.all(WebMessages.language(Locale.ENGLISH));
		Map<String, String> zh = messages.all(WebMessages.language(Locale.SIMPLIFIED_CHINESE));
		assertThat(en).containsEntry("nav.ranking", "Ranking");
		assertThat(zh).containsEntry("nav.ranking", "人才排序");
		assertThat(WebMessages.language(Locale.FRENCH)).isEqualTo("en");
		assertThat(messages.json("zh")).contains("\"nav.ranking\":\"人才排序\"");
	}

	private static void scan(Path dir, String suffix, Pattern key, Set<String> keys, List<String> missing)
			throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path f : files.filter(p -> p.toString().endsWith(suffix)).sorted().toList()) {
				Matcher m = key.matcher(Files.readString(f));
				while (m.find()) {
					if (!keys.contains(m.group(1))) {
						missing.add(dir.relativize(f) + ": " + m.group(1));
					}
				}
			}
		}
	}

	private static Set<String> keys() {
		Set<String> keys = new TreeSet<>();
		BASENAMES.forEach(b -> keys.addAll(bundle(b + ".properties").stringPropertyNames()));
		return keys;
	}

	private static List<String> basenames() {
		try {
			String yml = Files.readString(RESOURCES.resolve("application.yml"));
			Matcher m = Pattern.compile("(?m)^\\s+basename: (.+)$").matcher(yml);
			assertThat(m.find()).isTrue();
			return Stream.of(m.group(1).split(",")).map(String::strip).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Properties bundle(String file) {
		Properties p = new Properties();
		try (InputStream in = Files.newInputStream(RESOURCES.resolve(file))) {
			p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return p;
	}

}
