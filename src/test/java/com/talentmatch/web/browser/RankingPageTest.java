package com.talentmatch.web.browser;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ranking page shows the API's ranking page by page and records decisions with a
 * reason.
 */
class RankingPageTest extends BrowserTest {

	static final String ROLE = "cs-dept-manager";

	@Test
	void thePagesShowTheApisRankingAndADecisionIsRecorded() throws Exception {
		signIn("recruiter");
		open("/ranking?lang=en&role=" + ROLE);
		waitFor(By.id("ranking-table"));
		assertThat(
				new Select(browser.findElement(By.id("ranking-role"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo(ROLE);

		JsonNode first = rank(0);
		assertThat(rows()).isEqualTo(expected(first));
		assertThat(browser.findElement(By.id("ranking-counts")).getText())
			.isEqualTo(first.get("total").asInt() + " people ranked, " + first.get("eligible").asInt() + " eligible");
		int pages = (first.get("total").asInt() + 19) / 20;
		assertThat(pages).as("the demo pool fills more than one page").isGreaterThan(1);
		assertThat(browser.findElement(By.id("ranking-page")).getText()).isEqualTo("Page 1 of " + pages);
		String firstId = first.get("items").get(0).get("candidateId").asString();
		assertThat(browser.findElement(By.cssSelector("#ranking-table tbody tr a.person")).getAttribute("href"))
			.endsWith("/people/" + firstId + "?role=" + first.get("role").asString());

		browser.findElement(By.id("ranking-next")).click();
		waitForText(By.id("ranking-page"), "Page 2 of " + pages);
		JsonNode second = rank(1);
		assertThat(rows()).isEqualTo(expected(second));
		assertThat(browser.getCurrentUrl()).contains("role=" + ROLE).contains("page=1");

		// a decision with a reason for the last person on page 2
		JsonNode person = second.get("items").get(second.get("items").size() - 1);
		String id = person.get("candidateId").asString();
		WebElement row = browser.findElement(By.cssSelector("#ranking-table tr[data-id='" + id + "']"));
		row.findElement(By.cssSelector("button.decide")).click();
		waitFor(By.id("decision-dialog"));
		new Select(browser.findElement(By.id("decision-value"))).selectByValue("hold");
		String reason = "Waiting for the assessment centre result " + System.nanoTime();
		browser.findElement(By.id("decision-reason")).sendKeys(reason);
		browser.findElement(By.id("decision-save")).click();
		waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("decision-dialog")));
		waitForText(By.cssSelector("#ranking-table tr[data-id='" + id + "'] td.decision-cell"), "Hold by recruiter");
		JsonNode latest = get("/api/decisions?role=" + ROLE).get(0);
		assertThat(latest.get("candidateId").asString()).isEqualTo(id);
		assertThat(latest.get("decision").asString()).isEqualTo("hold");
		assertThat(latest.get("reason").asString()).isEqualTo(reason);
		assertThat(latest.get("decidedBy").asString()).isEqualTo("recruiter");

		// the same after a reload: the decision comes from GET /api/decisions
		browser.navigate().refresh();
		waitForText(By.cssSelector("#ranking-table tr[data-id='" + id + "'] td.decision-cell"), "Hold by recruiter");
		assertThat(rows()).isEqualTo(expected(second));

		// saving without a reason: the API's message in the dialog, nothing recorded
		int before = get("/api/decisions?role=" + ROLE).size();
		browser.findElement(By.cssSelector("#ranking-table tr[data-id='" + id + "'] button.decide")).click();
		waitFor(By.id("decision-dialog"));
		browser.findElement(By.id("decision-save")).click();
		waitForText(By.id("decision-error"), "a reason is required");
		assertThat(browser.findElement(By.id("decision-dialog")).isDisplayed()).isTrue();
		assertThat(get("/api/decisions?role=" + ROLE).size()).isEqualTo(before);
		shot("no-reason");
		browser.findElement(By.id("decision-cancel")).click();
	}

	@Test
	void inChineseTheBandAndPlacementAreChineseAndTheTypeFilterIsKept() throws Exception {
		signIn("recruiter");
		open("/ranking?lang=zh&type=internal&role=" + ROLE);
		waitFor(By.id("ranking-table"));
		assertThat(
				new Select(browser.findElement(By.id("ranking-type"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("internal");
		String body = JSON.writeValueAsString(Map.of("role", ROLE, "type", "internal", "page", 0, "size", 20));
		JsonNode ranking = send(HttpRequest.newBuilder(URI.create(url("/api/rankings")))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
		assertThat(rows()).isEqualTo(expected(ranking));
		JsonNode top = ranking.get("items").get(0);
		WebElement row = browser.findElement(By.cssSelector("#ranking-table tbody tr"));
		assertThat(row.findElement(By.cssSelector("td.band")).getText()).isEqualTo(top.get("bandZh").asString());
		List<String> placement = row.findElements(By.cssSelector("td.placement-cell li"))
			.stream()
			.map(WebElement::getText)
			.toList();
		List<String> zh = new ArrayList<>();
		top.get("placement").forEach(p -> zh.add(p.get("zh").asString()));
		assertThat(placement).isEqualTo(zh);
	}

	@Test
	void filtersTheHeatMapWhyAndTheExportShowWhatTheApiAnswers() throws Exception {
		signIn("recruiter");
		String department = "客户服务部";
		open("/ranking?lang=en&source=manager&department=" + java.net.URLEncoder.encode(department, "UTF-8") + "&role="
				+ ROLE);
		waitFor(By.id("ranking-table"));
		assertThat(browser.findElement(By.id("ranking-department")).getAttribute("value")).isEqualTo(department);
		assertThat(
				new Select(browser.findElement(By.id("ranking-source"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("manager");
		String body = JSON.writeValueAsString(
				Map.of("role", ROLE, "department", department, "source", "manager", "page", 0, "size", 20));
		JsonNode ranking = send(HttpRequest.newBuilder(URI.create(url("/api/rankings")))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
		assertThat(ranking.get("total").asInt()).as("the filter leaves somebody")
			.isPositive()
			.isLessThan(rank(0).get("total").asInt());
		assertThat(rows()).isEqualTo(expected(ranking));

		// the heat-map: one cell per person and requirement target, the API's smallest
		// gap
		browser.findElement(By.id("ranking-heatmap-toggle")).click();
		waitFor(By.cssSelector("#ranking-heatmap canvas"));
		List<String> targets = new ArrayList<>();
		for (JsonNode c : ranking.get("items")) {
			for (JsonNode o : c.get("outcomes")) {
				String key = o.get("requirement").get("target").asString();
				if (!targets.contains(key)) {
					targets.add(key);
				}
			}
		}
		List<List<Double>> cells = new ArrayList<>();
		for (int y = 0; y < ranking.get("items").size(); y++) {
			JsonNode c = ranking.get("items").get(y);
			for (int x = 0; x < targets.size(); x++) {
				String key = targets.get(x);
				java.util.OptionalDouble gap = c.get("outcomes")
					.valueStream()
					.filter(o -> o.get("requirement").get("target").asString().equals(key))
					.mapToDouble(o -> o.get("gap").asDouble())
					.min();
				if (gap.isPresent()) {
					cells.add(List.of((double) x, (double) y, gap.getAsDouble()));
				}
			}
		}
		Object shown = ((org.openqa.selenium.JavascriptExecutor) browser)
			.executeScript("return echarts.getInstanceByDom(document.getElementById('ranking-heatmap'))"
					+ ".getOption().series[0].data.map(v => v.map(Number));");
		List<List<Double>> data = new ArrayList<>();
		for (Object v : (List<?>) shown) {
			data.add(((List<?>) v).stream().map(n -> ((Number) n).doubleValue()).toList());
		}
		assertThat(data).isEqualTo(cells);
		JsonNode first = ranking.get("items").get(0);
		Object tip = ((org.openqa.selenium.JavascriptExecutor) browser)
			.executeScript("return echarts.getInstanceByDom(document.getElementById('ranking-heatmap'))"
					+ ".getOption().tooltip[0].formatter({ value: [0, 0, 0] });");
		assertThat(tip).as("the tooltip of the first cell, names escaped as HTML")
			.isEqualTo(first.get("name").asString() + " " + first.get("candidateId").asString() + "<br>"
					+ first.get("outcomes").get(0).get("requirement").get("targetName").asString() + ": met");
		assertThat(((org.openqa.selenium.JavascriptExecutor) browser)
			.executeScript("return echarts.format.encodeHTML('<b>&');")).isEqualTo("&lt;b&gt;&amp;");
		shot("heatmap");

		// why: the first person's outcomes with their rules, file and line
		JsonNode top = ranking.get("items").get(0);
		browser.findElement(By.cssSelector("#ranking-table tbody tr button.why")).click();
		WebElement why = waitFor(By.cssSelector("#ranking-table tr.why-row"));
		for (JsonNode o : top.get("outcomes")) {
			JsonNode r = o.get("requirement");
			assertThat(why.getText()).contains(r.get("rule").asString())
				.contains(r.get("file").asString().replace("rules/", "") + ":" + r.get("line").asInt());
		}
		assertThat(why.findElements(By.cssSelector(":scope table > tbody > tr"))).hasSize(top.get("outcomes").size());
		shot("why");

		// the export the button downloads: the XLSX of this ranking
		((org.openqa.selenium.JavascriptExecutor) browser)
			.executeScript("const make = URL.createObjectURL; window.exported = null;"
					+ "URL.createObjectURL = b => { window.exported = b; return make(b); };");
		browser.findElement(By.id("ranking-export")).click();
		waiting()
			.until(d -> ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return window.exported !== null;")
				.equals(Boolean.TRUE));
		Object head = ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
				"const done = arguments[0]; window.exported.arrayBuffer().then(b => done([window.exported.type, "
						+ "b.byteLength, String.fromCharCode(...new Uint8Array(b).slice(0, 2))]));");
		List<?> file = (List<?>) head;
		assertThat((String) file.get(0)).contains("spreadsheetml");
		assertThat(((Number) file.get(1)).intValue()).isGreaterThan(1000);
		assertThat(file.get(2)).as("a ZIP (XLSX) file").isEqualTo("PK");
	}

	@Test
	void aRoleNobodyKnowsShowsTheApisProblem() {
		signIn("recruiter");
		open("/ranking?lang=en&role=no-such-role");
		WebElement problem = waitFor(By.cssSelector("#ranking-result .problem"));
		assertThat(problem.getText()).contains("no-such-role");
	}

	private List<List<String>> rows() {
		List<List<String>> out = new ArrayList<>();
		for (WebElement tr : browser.findElements(By.cssSelector("#ranking-table tbody tr"))) {
			out.add(List.of(tr.getAttribute("data-id"), tr.findElement(By.cssSelector("td.score")).getText()));
		}
		return out;
	}

	private static List<List<String>> expected(JsonNode ranking) {
		List<List<String>> out = new ArrayList<>();
		for (JsonNode c : ranking.get("items")) {
			out.add(List.of(c.get("candidateId").asString(), String.format("%.1f", c.get("score").asDouble())));
		}
		return out;
	}

	private JsonNode rank(int page) throws Exception {
		String body = JSON.writeValueAsString(Map.of("role", ROLE, "page", page, "size", 20));
		return send(HttpRequest.newBuilder(URI.create(url("/api/rankings")))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private JsonNode get(String path) throws Exception {
		return JSON.readTree(apiGet("recruiter", path));
	}

	private JsonNode send(HttpRequest.Builder request) throws Exception {
		return JSON.readTree(api("recruiter", request));
	}

}
