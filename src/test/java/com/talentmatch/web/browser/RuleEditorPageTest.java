package com.talentmatch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import tools.jackson.databind.JsonNode;

/**
 * The analyst's path in the rule editor: a mistake shows its file:line in the gutter and
 * the problem list, and cannot be activated; fixed, the edit is previewed on the pool
 * (the API's moves), activated (the file on disk and the active version change), its
 * difference shown, and rolled back (the test leaves the rules as it found them).
 */
class RuleEditorPageTest extends BrowserTest {

	static final String FILE = "customerservice/manager.dslr";

	static final String ROLE = "cs-dept-manager";

	static final String WEIGHT = "岗位 客户服务部经理 要求 影响力 不低于 2级 权重 2";

	static final String MUST_HAVE = "岗位 客户服务部经理 必须 cs-dept/service-awareness 不低于 3级";

	@Test
	void aMistakeIsShownAtItsLineThenTheFixIsPreviewedActivatedAndRolledBack() throws Exception {
		String original = Files.readString(RULES.resolve(FILE));
		String startVersion = activeVersion();
		signIn("analyst");
		open("/rules?lang=en&file=" + URLEncoder.encode(FILE, StandardCharsets.UTF_8));
		waiting().until(d -> original.equals(source().getAttribute("value")));
		assertThat(browser.findElement(By.id("rules-file-title")).getText()).isEqualTo(FILE);
		assertThat(browser.findElement(By.id("rules-activate")).isEnabled()).isFalse();

		// a misspelled sentence: its line is marked in the gutter and listed with the
		// file
		int line = lineOf(original, MUST_HAVE);
		type(original.replace(MUST_HAVE, MUST_HAVE.replace("不低于", "不低与")));
		WebElement bad = waitFor(By.cssSelector("#rules-gutter span.bad"));
		assertThat(bad.getAttribute("data-line")).isEqualTo(String.valueOf(line));
		assertThat(browser.findElement(By.id("rules-problem-table")).getText()).contains(FILE)
			.contains(String.valueOf(line));
		waitForText(By.id("rules-check-status"), "Does not build");
		assertThat(browser.findElement(By.id("rules-activate")).isEnabled()).isFalse();
		shot("mistake");

		// fixed: a weight raised, every check and scenario passes
		String fixed = original.replace(WEIGHT, WEIGHT.replace("权重 2", "权重 3"));
		type(fixed);
		waitForText(By.id("rules-check-status"), "can be activated");
		assertThat(browser.findElements(By.cssSelector("#rules-gutter span.bad"))).isEmpty();
		assertThat(browser.findElement(By.id("rules-activate")).isEnabled()).isTrue();

		// preview on the pool: the API's changes, in its order
		new Select(browser.findElement(By.id("rules-preview-role"))).selectByValue(ROLE);
		browser.findElement(By.id("rules-preview")).click();
		waitFor(By.id("rules-preview-card"));
		JsonNode preview = JSON.readTree(api("analyst",
				HttpRequest.newBuilder(URI.create(url("/api/rules/preview")))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers
						.ofString(JSON.writeValueAsString(Map.of("role", ROLE, "files", Map.of(FILE, fixed)))))));
		List<String> expected = preview.get("changes").valueStream().map(c -> c.get("candidateId").asString()).toList();
		assertThat(expected).as("raising a weight changes somebody's score").isNotEmpty();
		List<String> shown = browser.findElements(By.cssSelector("#rules-preview-table tbody tr"))
			.stream()
			.map(r -> r.findElement(By.cssSelector("span.muted")).getText())
			.toList();
		assertThat(shown).isEqualTo(expected);
		shot("preview");

		// activate: written to the rules folder, a new version active
		browser.findElement(By.id("rules-activate")).click();
		waitFor(By.id("rules-activated"));
		String activated = activeVersion();
		assertThat(activated).isNotEqualTo(startVersion);
		assertThat(browser.findElement(By.id("rules-activated")).getText()).contains(activated);
		assertThat(Files.readString(RULES.resolve(FILE))).isEqualTo(fixed);
		waiting().until(d -> fixed.equals(source().getAttribute("value")));

		// the difference with the version before, then the rollback
		By diff = By.cssSelector("button.diff-button[data-version='" + startVersion + "']");
		waitFor(diff).click();
		waitForText(By.id("rules-diff-box"), "+     " + WEIGHT.replace("权重 2", "权重 3"));
		assertThat(browser.findElement(By.id("rules-diff-box")).getText()).contains("-     " + WEIGHT);
		browser.findElement(By.cssSelector("button.rollback-button[data-version='" + startVersion + "']")).click();
		waitFor(By.id("rules-rollback-dialog"));
		browser.findElement(By.id("rules-rollback-confirm")).click();
		waitFor(By.id("rules-rolled-back"));
		assertThat(activeVersion()).isEqualTo(startVersion);
		assertThat(Files.readString(RULES.resolve(FILE))).isEqualTo(original);
		waiting().until(d -> original.equals(source().getAttribute("value")));
	}

	@Test
	void theDecisionTableIsAGridAndTheVocabularyInsertsASentence() throws Exception {
		signIn("analyst");
		String table = "common/readiness.drl.csv";
		open("/rules?lang=zh&file=" + URLEncoder.encode(table, StandardCharsets.UTF_8));
		waitFor(By.id("rules-grid-table"));
		String text = Files.readString(RULES.resolve(table));
		assertThat(browser.findElements(By.cssSelector("#rules-grid-table tbody tr")))
			.hasSize((int) text.lines().count());
		assertThat(browser.findElement(By.cssSelector("#rules-grid-table input[data-row='0'][data-col='0']"))
			.getAttribute("value")).isEqualTo("RuleSet");
		browser.findElement(By.id("rules-view-text")).click();
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("rules-source")));
		assertThat(source().getAttribute("value")).isEqualTo(text);

		// a sentence from the vocabulary goes in at the cursor, its first value selected
		open("/rules?lang=zh&file=" + URLEncoder.encode(FILE, StandardCharsets.UTF_8));
		waiting().until(d -> !source().getAttribute("value").isEmpty());
		browser.findElement(By.id("rules-vocabulary-filter")).sendKeys("必须 {competency} 不低于");
		WebElement sentence = waitFor(
				By.xpath("//ul[@id='rules-sentences']//button[contains(., '岗位 {role} 必须 {competency} 不低于 {level}级')]"));
		((JavascriptExecutor) browser).executeScript("arguments[0].setSelectionRange(0, 0);", source());
		sentence.click();
		assertThat(source().getAttribute("value")).startsWith("岗位 {role} 必须 {competency} 不低于 {level}级");
		assertThat(((JavascriptExecutor) browser).executeScript(
				"const s = document.getElementById('rules-source'); return s.value.substring(s.selectionStart, s.selectionEnd);"))
			.isEqualTo("{role}");
		waitFor(By.id("rules-edited"));
		waitFor(By.cssSelector("#rules-gutter span.bad"));
		browser.findElement(By.id("rules-revert")).click();
		waiting().until(d -> d.findElements(By.cssSelector("#rules-gutter span.bad")).isEmpty());
		assertThat(browser.findElement(By.id("rules-edited")).isDisplayed()).isFalse();
	}

	private WebElement source() {
		return browser.findElement(By.id("rules-source"));
	}

	/** Replaces the editor's text as a paste would, firing the input event. */
	private void type(String text) {
		((JavascriptExecutor) browser).executeScript(
				"const s = arguments[0]; s.value = arguments[1]; s.dispatchEvent(new Event('input', {bubbles: true}));",
				source(), text);
	}

	private String activeVersion() throws Exception {
		return JSON.readTree(apiGet("viewer", "/api/rules")).path("status").path("active").path("id").asString();
	}

	static int lineOf(String text, String line) {
		return text.substring(0, text.indexOf(line)).split("\n", -1).length;
	}

}
