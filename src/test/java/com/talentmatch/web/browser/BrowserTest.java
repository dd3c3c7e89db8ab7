package com.talentmatch.web.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole service in demo mode on a random port, with its own store and its own copy of
 * {@code rules/} (the rule editor writes to it), driven by headless Chromium. All browser
 * tests share this one Spring context; each class has its own browser. Each test saves a
 * screenshot under {@code target/screenshots/}; {@link #shot} saves more.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "talent-match.demo=true")
public abstract class BrowserTest {

	static final Path STORE = Path.of("target", "test-store", "browser-" + UUID.randomUUID());

	static final Path RULES = Path.of("target", "test-rules", "browser-" + UUID.randomUUID());

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@DynamicPropertySource
	static void store(DynamicPropertyRegistry registry) {
		copyRules();
		registry.add("talent-match.store-dir", STORE::toString);
		registry.add("talent-match.rules-dir", RULES::toString);
	}

	private static synchronized void copyRules() {
		if (Files.isDirectory(RULES)) {
			return;
		}
		Path from = Path.of("rules");
		try (Stream<Path> files = Files.walk(from)) {
			for (Path f : files.toList()) {
				Path to = RULES.resolve(from.relativize(f).toString());
				if (Files.isDirectory(f)) {
					Files.createDirectories(to);
				}
				else {
					Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	protected static WebDriver browser;

	protected static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	protected int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		Chromium.require();
		browser = Chromium.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
			browser = null;
		}
	}

	@AfterEach
	void screenshotAndScriptErrors(TestInfo test) {
		if (browser == null) {
			return;
		}
		shot(test.getTestMethod().map(m -> m.getName()).orElse("test"));
		List<String> errors = browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.map(LogEntry::getMessage)
			.filter(m -> m.contains("Uncaught") || m.contains("missing label") || m.contains("Refused to"))
			.toList();
		assertThat(errors).as("script errors, missing labels or CSP refusals on the pages").isEmpty();
	}

	/** The address of a path on the service. */
	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** Opens a path. */
	protected void open(String path) {
		browser.get(url(path));
	}

	/**
	 * Calls the API as a demo user (HTTP Basic, {@code <name>-password}), asserts a 200
	 * and answers the body.
	 */
	protected String api(String user, HttpRequest.Builder request) throws IOException, InterruptedException {
		String credentials = user + ":" + user + "-password";
		HttpResponse<String> response = http.send(request
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
			.header("Accept", "application/json")
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response.body();
	}

	/** {@link #api} with a GET of a path. */
	protected String apiGet(String user, String path) throws IOException, InterruptedException {
		return api(user, HttpRequest.newBuilder(URI.create(url(path))));
	}

	/** Signs out whoever is signed in, then signs in as a demo user. */
	protected void signIn(String user) {
		browser.manage().deleteAllCookies();
		open("/login");
		browser.findElement(By.id("username")).sendKeys(user);
		browser.findElement(By.id("password")).sendKeys(user + "-password");
		browser.findElement(By.id("sign-in")).click();
		waitFor(By.id("signed-in-user"));
	}

	/** Waits up to 30 s for an element to be visible. */
	protected WebElement waitFor(By by) {
		return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	/** Waits up to 30 s for an element's text to contain a text. */
	protected void waitForText(By by, String text) {
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(by, text));
	}

	protected WebDriverWait waiting() {
		return new WebDriverWait(browser, Duration.ofSeconds(30));
	}

	/** Saves a screenshot as {@code target/screenshots/<class>-<name>.png}. */
	protected void shot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
			Files.write(SCREENSHOTS.resolve(getClass().getSimpleName() + "-" + name + ".png"), png);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
