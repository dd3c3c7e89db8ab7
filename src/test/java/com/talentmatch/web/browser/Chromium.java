package com.talentmatch.web.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver: never a downloaded
 * browser. With {@code CI=true} a missing browser fails the tests; elsewhere they are
 * skipped with a message saying how to enable them.
 */
public final class Chromium {

	static final Path BROWSER = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

	static final Path DRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));

	private Chromium() {
	}

	/** Fails in CI, skips elsewhere, when Chromium or its driver is missing. */
	static void require() {
		boolean present = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
		String how = "Browser tests need Debian's chromium and chromium-driver (" + BROWSER + ", " + DRIVER
				+ "): apt-get install -y chromium chromium-driver, or set CHROMIUM and CHROMEDRIVER.";
		if (!present && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("CI=true and no browser: " + how);
		}
		Assumptions.assumeTrue(present, "Skipped. " + how);
	}

	public static ChromeDriver start() throws IOException {
		// Selenium Manager must neither look for nor download anything
		System.setProperty("SE_AVOID_BROWSER_DOWNLOAD", "true");
		Path profile = Files.createTempDirectory("tm-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
				"--disable-dev-shm-usage", "--window-size=1366,768", "--user-data-dir=" + profile);
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		return driver;
	}

}
