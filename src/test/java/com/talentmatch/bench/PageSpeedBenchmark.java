package com.talentmatch.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import com.talentmatch.TalentMatchApplication;
import com.talentmatch.web.browser.Chromium;

/**
 * How fast the ranking page shows its first page for a large pool, in Debian's headless
 * Chromium, side by side with the API call the page makes: the service starts in demo
 * mode on a scratch store, a generated pool ({@link PoolGenerator}, 10,000 people by
 * default) is imported, a recruiter signs in, and the page is opened. Measured in the
 * browser: from the start of the navigation to the ranking table in the page
 * ({@code performance.now()}). The first opening of a role ranks the whole pool; later
 * ones are served by the ranking cache (keyed by the pool's and the rules' revisions), as
 * the API call is. The service's ranking warm-up
 * ({@link com.talentmatch.ranking.RankingWarmUp}) is waited for, as a recruiter comes
 * after it; a second argument {@code no-warm-up} turns it off. Prints one table; exit
 * code 1 when the first page misses 1 s.
 *
 * <pre>{@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=com.talentmatch.bench.PageSpeedBenchmark -Dexec.args=10000}</pre>
 */
public final class PageSpeedBenchmark {

	static final double TARGET_MS = 1000;

	private PageSpeedBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		boolean warmUp = args.length <= 1 || !args[1].equals("no-warm-up");
		Path work = Path.of("target", "page-bench-" + UUID.randomUUID());
		Files.createDirectories(work);
		Path pool = work.resolve("pool.csv");
		PoolGenerator.main(new String[] { String.valueOf(size), pool.toString() });
		ConfigurableApplicationContext app = new SpringApplicationBuilder(TalentMatchApplication.class).run(
				"--server.port=0", "--talent-match.store-dir=" + work.resolve("store"), "--talent-match.demo=true",
				"--talent-match.demo-pool=false", "--talent-match.rules-watch=false", "--spring.main.banner-mode=off",
				"--logging.level.root=WARN", "--talent-match.ranking-warm-up=" + warmUp);
		// as a service runs: its ranking warm-up is over before the first recruiter comes
		app.getBean(com.talentmatch.ranking.RankingWarmUp.class).await(Duration.ofMinutes(2));
		WebDriver browser = null;
		int status = 0;
		try {
			String base = "http://localhost" + ":" + app.getEnvironment().getProperty("local.server.port");
			HttpClient http = HttpClient.newHttpClient();
			importPool(http, base, pool);
			browser = Chromium.start();
			signIn(browser, base);
			List<String[]> rows = new ArrayList<>();

			double apiCold = rank(http, base, "cs-relationship-supervisor");
			System.out.printf(Locale.ROOT, "API, first ranking: %.0f ms%n", apiCold);
			double pageCold = openRanking(browser, base, "cs-dept-manager");
			List<Double> pageWarm = new ArrayList<>();
			List<Double> apiWarm = new ArrayList<>();
			for (int i = 0; i < 5; i++) {
				pageWarm.add(openRanking(browser, base, "cs-dept-manager"));
				apiWarm.add(rank(http, base, "cs-dept-manager"));
			}
			double pageNext = nextPage(browser);
			double pageColdOther = openRanking(browser, base, "after-sales-service-supervisor");
			rows.add(row("ranking page, first opening of a role (ranks the pool)", pageCold,
					"API alone, first ranking of another role", apiCold));
			rows.add(row("ranking page, first opening of a second role", pageColdOther, "", Double.NaN));
			rows.add(row("ranking page, opened again (median of 5)", median(pageWarm), "API alone, again (median of 5)",
					median(apiWarm)));
			rows.add(row("ranking page, next page", pageNext, "", Double.NaN));
			System.out.printf(Locale.ROOT, "%n%,d people, %d cores, Chromium %s, ranking warm-up %s%n%n", size,
					Runtime.getRuntime().availableProcessors(), version(browser), warmUp ? "on" : "off");
			System.out.printf(Locale.ROOT, "| %-56s | %9s | %-42s | %9s | %s |%n", "page", "ms", "reference", "ms",
					"target ≤ 1000 ms");
			System.out.println("|" + "-".repeat(58) + "|" + "-".repeat(11) + "|" + "-".repeat(44) + "|" + "-".repeat(11)
					+ "|---|");
			for (String[] r : rows) {
				System.out.printf(Locale.ROOT, "| %-56s | %9s | %-42s | %9s | %s |%n", (Object[]) r);
			}
			if (pageCold > TARGET_MS || pageColdOther > TARGET_MS) {
				status = 1;
			}
		}
		finally {
			if (browser != null) {
				browser.quit();
			}
			app.close();
			FileSystemUtils.deleteRecursively(work);
		}
		System.exit(status);
	}

	private static String[] row(String what, double ms, String reference, double referenceMs) {
		return new String[] { what, String.format(Locale.ROOT, "%.0f", ms), reference,
				Double.isNaN(referenceMs) ? "" : String.format(Locale.ROOT, "%.0f", referenceMs),
				ms <= TARGET_MS ? "pass" : "MISS" };
	}

	private static String basic(String user) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((user + ":" + user + "-password").getBytes(StandardCharsets.UTF_8));
	}

	private static void importPool(HttpClient http, String base, Path pool) throws IOException, InterruptedException {
		String boundary = "----bench" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"pool.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/candidates/import"))
			.header("Authorization", basic("admin"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, Files.readAllBytes(pool), tail)))
			.timeout(Duration.ofMinutes(10))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (r.statusCode() != 200) {
			throw new IllegalStateException("import: " + r.statusCode() + " " + r.body());
		}
		System.out.println("imported: " + r.body());
	}

	private static double rank(HttpClient http, String base, String role) throws IOException, InterruptedException {
		long start = System.nanoTime();
		HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/rankings"))
			.header("Authorization", basic("recruiter"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"role\":\"" + role + "\",\"page\":0,\"size\":20}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		double ms = (System.nanoTime() - start) / 1e6;
		if (r.statusCode() != 200) {
			throw new IllegalStateException("ranking: " + r.statusCode() + " " + r.body());
		}
		return ms;
	}

	private static void signIn(WebDriver browser, String base) {
		browser.get(base + "/login");
		browser.findElement(By.id("username")).sendKeys("recruiter");
		browser.findElement(By.id("password")).sendKeys("recruiter-password");
		browser.findElement(By.id("sign-in")).click();
		new WebDriverWait(browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-user")));
	}

	/** Opens the ranking page of a role: ms from the navigation's start to the table. */
	private static double openRanking(WebDriver browser, String base, String role) {
		browser.get(base + "/ranking?lang=en&role=" + role);
		new WebDriverWait(browser, Duration.ofSeconds(300), Duration.ofMillis(10)).until(d -> {
			if (!d.findElements(By.cssSelector("#ranking-result .problem")).isEmpty()) {
				throw new IllegalStateException("the page shows a problem: "
						+ d.findElement(By.cssSelector("#ranking-result .problem")).getText());
			}
			return !d.findElements(By.cssSelector("#ranking-table tbody tr")).isEmpty();
		});
		return ((Number) ((JavascriptExecutor) browser)
			.executeScript("return window.tmRankingShownAt || performance.now();")).doubleValue();
	}

	/** The next page: ms from the click to the new table. */
	private static double nextPage(WebDriver browser) {
		JavascriptExecutor js = (JavascriptExecutor) browser;
		js.executeScript("window.tmNextAt = performance.now(); window.tmRankingShownAt = null;"
				+ "document.getElementById('ranking-next').click();");
		new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(10))
			.until(d -> js.executeScript("return window.tmRankingShownAt != null;").equals(Boolean.TRUE));
		return ((Number) js.executeScript("return window.tmRankingShownAt - window.tmNextAt;")).doubleValue();
	}

	private static String version(WebDriver browser) {
		Object v = ((org.openqa.selenium.HasCapabilities) browser).getCapabilities().getBrowserVersion();
		return String.valueOf(v);
	}

	private static double median(List<Double> xs) {
		List<Double> s = new ArrayList<>(xs);
		s.sort(null);
		return s.get(s.size() / 2);
	}

}
