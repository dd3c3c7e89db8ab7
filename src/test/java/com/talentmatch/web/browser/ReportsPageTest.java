package com.talentmatch.web.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The adverse-impact report as a page: the API's figures, and its export. */
class ReportsPageTest extends BrowserTest {

	@Test
	void theReportShowsTheApisFiguresAndExports() throws Exception {
		signIn("admin");
		open("/reports/adverse-impact?lang=en&role=cs-dept-manager&top=50");
		waitFor(By.id("report-summary"));
		String body = apiGet("admin", "/api/fairness/impact?role=cs-dept-manager&basis=ranking&top=50");
		JsonNode report = JSON.readTree(body);
		assertThat(browser.findElement(By.id("report-summary")).getText()).contains(report.get("roleName").asString())
			.contains(report.get("people").asString() + " people");
		List<WebElement> sections = browser.findElements(By.cssSelector("section.dimension"));
		assertThat(sections).hasSize(report.get("dimensions").size()).isNotEmpty();
		for (int i = 0; i < sections.size(); i++) {
			JsonNode groups = report.get("dimensions").get(i).get("groups");
			List<WebElement> rows = sections.get(i).findElements(By.cssSelector("tbody tr"));
			assertThat(rows).hasSize(groups.size());
			for (int g = 0; g < groups.size(); g++) {
				List<WebElement> cells = rows.get(g).findElements(By.tagName("td"));
				assertThat(cells.get(0).getText()).isEqualTo(groups.get(g).get("group").asString());
				assertThat(cells.get(1).getText()).isEqualTo(groups.get(g).get("people").asString());
				assertThat(cells.get(2).getText()).isEqualTo(groups.get(g).get("selected").asString());
				assertThat(cells.get(5).getText()).isEqualTo(groups.get(g).get("status").asString());
			}
		}
		Object size = ((JavascriptExecutor) browser).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch('/api/fairness/impact/export?role=cs-dept-manager&basis=ranking&top=50&lang=en')
				  .then(r => r.ok ? r.blob() : Promise.reject(r.status)).then(b => done(b.size), e => done(-1));""");
		assertThat(((Number) size).longValue()).as("the export the button downloads").isGreaterThan(1000);
	}

}
