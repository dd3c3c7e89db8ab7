package com.talentmatch.web.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue page against the API, and imports by upload with every refused row shown.
 */
class CatalogueAndImportPageTest extends BrowserTest {

	@Test
	void theCatalogueShowsWhatTheApiHasAndSearchOpensTheCompetency() throws Exception {
		signIn("viewer");
		open("/catalogue?lang=zh");
		JsonNode models = JSON.readTree(apiGet("viewer", "/api/models"));
		waitFor(By.id("model-list"));
		assertThat(browser.findElements(By.cssSelector("#model-list tbody tr"))).hasSize(models.size());
		browser.findElement(By.id("q")).sendKeys("沟通");
		browser.findElement(By.id("search")).click();
		waitFor(By.id("hits"));
		JsonNode hits = JSON.readTree(apiGet("viewer", "/api/competencies?q=%E6%B2%9F%E9%80%9A"));
		List<WebElement> rows = browser.findElements(By.cssSelector("#hits tbody tr"));
		assertThat(rows).hasSize(hits.size()).isNotEmpty();
		JsonNode first = hits.get(0);
		assertThat(rows.get(0).findElement(By.cssSelector("a.hit")).getText())
			.isEqualTo(first.get("competency").get("name").get("zh").asString());
		rows.get(0).findElement(By.cssSelector("a.hit")).click();
		String id = first.get("competency").get("id").asString();
		WebElement open = waitFor(By.id("competency-" + id));
		assertThat(open.getAttribute("open")).as("the competency searched for is open").isNotNull();
		JsonNode levels = first.get("competency").get("levels");
		List<WebElement> levelRows = open.findElements(By.cssSelector("tbody tr"));
		assertThat(levelRows).hasSize(levels.size());
		for (int i = 0; i < levels.size(); i++) {
			assertThat(levelRows.get(i).findElements(By.cssSelector("li")))
				.as("indicators of level " + levels.get(i).get("code").asString())
				.hasSize(levels.get(i).get("indicators").size());
		}
		assertThat(browser.getCurrentUrl()).contains("model=" + first.get("modelId").asString())
			.contains("competency=" + id);
	}

	@Test
	void aBadCandidateFileIsRefusedRowByRowAndNothingIsStored() throws Exception {
		signIn("recruiter");
		open("/catalogue/import?lang=en");
		assertThat(waitFor(By.id("candidates-form")).isDisplayed()).isTrue();
		assertThat(browser.findElement(By.id("framework-form")).isDisplayed()).as("recruiters import no frameworks")
			.isFalse();
		String before = apiGet("recruiter", "/api/candidates");
		Path bad = Files.createTempFile("candidates-", ".csv");
		Files.writeString(bad, """
				id,name,type,department,current_role,grades,experience,levels,evidence
				W0001,Good Person,internal,客户服务部,cs-relationship-supervisor,CET-4,在岗:3,cs-dept/communication=2@manager,
				W0002,Bad Type,contractor,客户服务部,,,,,
				W0003,,external,,,,,cs-dept/communication=9@manager,
				""");
		browser.findElement(By.id("candidates-file")).sendKeys(bad.toAbsolutePath().toString());
		browser.findElement(By.id("candidates-submit")).click();
		WebElement problems = waitFor(By.id("problems"));
		List<WebElement> rows = problems.findElements(By.cssSelector("tbody tr"));
		assertThat(rows).hasSizeGreaterThanOrEqualTo(2);
		String text = problems.getText();
		assertThat(text).contains("contractor");
		assertThat(rows.stream().map(r -> r.findElements(By.tagName("td")).get(1).getText()))
			.as("the spreadsheet rows refused")
			.contains("3", "4");
		assertThat(browser.findElement(By.id("candidates-result")).getText()).contains("nothing was stored");
		assertThat(apiGet("recruiter", "/api/candidates")).as("store unchanged").isEqualTo(before);
		shot("refused-rows");
	}

	@Test
	void analystsImportFrameworksOnly() {
		signIn("analyst");
		open("/catalogue/import");
		assertThat(waitFor(By.id("framework-form")).isDisplayed()).isTrue();
		assertThat(browser.findElement(By.id("candidates-form")).isDisplayed()).isFalse();
		browser.findElement(By.id("framework-submit")).click();
		assertThat(browser.findElement(By.id("framework-file")).getAttribute("required"))
			.as("the browser asks for a file first")
			.isNotNull();
	}

}
