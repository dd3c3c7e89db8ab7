package com.talentmatch.web.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The talent-review page shows the API's bench strength, slates and 9-box, and a
 * calibration move made from the keyboard shows its effect on readiness.
 */
class TalentReviewPageTest extends BrowserTest {

	static final String ROLE = "cs-dept-manager";

	static final String PERSON = "E0143";

	@Test
	void benchSlateAndNineBoxAreTheApis() throws Exception {
		signIn("reviewer");
		open("/talent-review?lang=en");
		waitFor(By.id("bench-table"));
		assertThat(benchRows()).isEqualTo(expectedBench(get("/api/succession")));
		assertThat(browser.findElement(By.id("bench-rule")).getText()).contains("Ready now", "Ready in 1-2 years");
		shot("bench");

		browser.findElement(By.cssSelector("#bench-table tr[data-role='" + ROLE + "'] button.open-slate")).click();
		waitFor(By.cssSelector("#slate[data-role='" + ROLE + "']"));
		assertThat(browser.getCurrentUrl()).contains("view=slate").contains("role=" + ROLE);
		JsonNode slate = get("/api/succession/" + ROLE);
		assertThat(slateRows()).isEqualTo(expectedSlate(slate));
		assertThat(browser.findElement(By.cssSelector("#slate tr[data-id] a.person")).getAttribute("href"))
			.contains("/people/")
			.endsWith("?role=" + ROLE);
		shot("slate");
		// an adjustment of a per-candidate rule shows with its file and line
		JsonNode adjusted = firstAdjusted(slate);
		JsonNode adjustment = adjusted.get("adjustments").get(0);
		assertThat(browser
			.findElement(By.cssSelector("#slate section[data-band='" + adjusted.get("band").asString()
					+ "'] tr[data-id='" + adjusted.get("candidateId").asString() + "'] .adjustments"))
			.getText()).contains(adjustment.get("reason").asString())
			.contains(adjustment.get("file").asString() + ":" + adjustment.get("line").asInt());

		browser.findElement(By.id("tab-grid")).click();
		waitFor(By.id("nine-box"));
		assertThat(browser.getCurrentUrl()).contains("view=grid");
		JsonNode grid = get("/api/nine-box");
		assertThat(boxes()).isEqualTo(expectedBoxes(grid, "nameEn"));
		assertThat(browser.findElement(By.cssSelector("#nine-box .box")).getAttribute("data-potential"))
			.as("high potential at the top")
			.isEqualTo("3");

		// readable on a tablet: nothing wider than the window
		browser.manage().window().setSize(new Dimension(768, 1024));
		try {
			Object overflow = ((JavascriptExecutor) browser)
				.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
			assertThat(((Number) overflow).intValue()).as("horizontal overflow at 768 px").isLessThanOrEqualTo(0);
			shot("grid-768");
		}
		finally {
			browser.manage().window().setSize(new Dimension(1366, 768));
		}
	}

	@Test
	void aKeyboardMoveWithAReasonMakesHerReadyNowForTheManagerRole() throws Exception {
		// where the scenario starts (the browser tests share the store)
		assertThat(boxOf(get("/api/nine-box"), PERSON)).isEqualTo("1x3");
		assertThat(bandOf(get("/api/succession/" + ROLE), PERSON)).isEqualTo("ready-1-2y");
		int moves = get("/api/nine-box/moves").size();

		signIn("reviewer");
		open("/talent-review?lang=en&view=grid&role=" + ROLE);
		By card = By
			.cssSelector("#nine-box .box[data-performance='1'][data-potential='3'] li[data-id='" + PERSON + "']");
		waitFor(card);

		// a drag to another box opens the dialog with that box chosen
		((JavascriptExecutor) browser).executeScript("const data = new DataTransfer();"
				+ "arguments[0].dispatchEvent(new DragEvent('dragstart', {dataTransfer: data, bubbles: true}));"
				+ "arguments[1].dispatchEvent(new DragEvent('drop', {dataTransfer: data, bubbles: true, cancelable: true}));",
				browser.findElement(card),
				browser.findElement(By.cssSelector("#nine-box .box[data-performance='3'][data-potential='3']")));
		waitFor(By.id("move-dialog"));
		assertThat(new Select(browser.findElement(By.id("move-box"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("3x3");
		browser.findElement(By.id("move-cancel")).click();
		waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("move-dialog")));

		// the keyboard path: Move…, the target box, no reason first
		browser.findElement(card).findElement(By.cssSelector("button.move")).sendKeys(Keys.ENTER);
		waitFor(By.id("move-dialog"));
		assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("move-box");
		new Select(browser.findElement(By.id("move-box"))).selectByValue("2x3");
		browser.findElement(By.id("move-save")).sendKeys(Keys.ENTER);
		waitForText(By.id("move-error"), "a calibration move needs a reason");
		assertThat(browser.findElement(By.id("move-dialog")).isDisplayed()).isTrue();
		assertThat(get("/api/nine-box/moves").size()).as("nothing recorded").isEqualTo(moves);
		shot("no-reason");

		String reason = "Calibration meeting: Q4 results " + System.nanoTime();
		browser.findElement(By.id("move-reason")).sendKeys(reason);
		browser.findElement(By.id("move-save")).sendKeys(Keys.ENTER);
		waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("move-dialog")));

		// the API has the move, and she is ready now for the manager role
		JsonNode move = get("/api/nine-box/moves").get(0);
		assertThat(move.get("candidateId").asString()).isEqualTo(PERSON);
		assertThat(move.get("performance").asInt()).isEqualTo(2);
		assertThat(move.get("potential").asInt()).isEqualTo(3);
		assertThat(move.get("fromPerformance").asInt()).isEqualTo(1);
		assertThat(move.get("fromPotential").asInt()).isEqualTo(3);
		assertThat(move.get("movedBy").asString()).isEqualTo("reviewer");
		assertThat(move.get("reason").asString()).isEqualTo(reason);
		assertThat(bandOf(get("/api/succession/" + ROLE), PERSON)).isEqualTo("ready-now");

		// the page shows the readiness change at once
		WebElement change = waitFor(By.cssSelector("#effect-table tr[data-role='" + ROLE + "']"));
		assertThat(change.getAttribute("data-before")).isEqualTo("ready-1-2y");
		assertThat(change.getAttribute("data-after")).isEqualTo("ready-now");
		assertThat(change.findElement(By.cssSelector("td.change")).getText())
			.isEqualTo("Ready in 1-2 years → Ready now");
		assertThat(change.getText()).contains("客户服务部经理");
		shot("moved");

		// the grid: she is in 2x3, the counts are the API's; the history lists the move
		JsonNode grid = get("/api/nine-box");
		assertThat(boxOf(grid, PERSON)).isEqualTo("2x3");
		WebElement moved = waitFor(By
			.cssSelector("#nine-box .box[data-performance='2'][data-potential='3'] li[data-id='" + PERSON + "']"));
		assertThat(moved.findElement(By.cssSelector("button.move"))).as("the focus follows her card")
			.isEqualTo(browser.switchTo().activeElement());
		assertThat(boxes()).isEqualTo(expectedBoxes(grid, "nameEn"));
		WebElement history = waitFor(By.cssSelector("#history-table tbody tr[data-id='" + PERSON + "']"));
		assertThat(history.getText()).contains("reviewer", reason, "Rough diamond (1×3) → High potential (2×3)");

		// the slate, refreshed: she is ready now, with the calibration shown
		browser.findElement(By.id("tab-slate")).click();
		WebElement successor = waitFor(
				By.cssSelector("#slate section[data-band='ready-now'] tr[data-id='" + PERSON + "']"));
		assertThat(successor.getText()).contains("Calibrated", "moved by reviewer", reason);
		assertThat(slateRows()).isEqualTo(expectedSlate(get("/api/succession/" + ROLE)));

		// in Chinese: the box is 成长之星, the address kept the view
		browser.findElement(By.id("tab-grid")).click();
		browser.findElement(By.id("lang-zh")).click();
		WebElement box = waitFor(By.cssSelector("#nine-box .box[data-performance='2'][data-potential='3']"));
		assertThat(box.findElement(By.cssSelector(".box-name")).getText()).isEqualTo("成长之星");
		assertThat(box.findElements(By.cssSelector("li[data-id='" + PERSON + "']"))).hasSize(1);
		assertThat(boxes()).isEqualTo(expectedBoxes(get("/api/nine-box"), "nameZh"));
		waitForText(By.cssSelector("#history-table tbody tr[data-id='" + PERSON + "']"), "待雕琢的钻石");
	}

	@Test
	void aRoleNobodyKnowsShowsTheApisProblemInTheSlate() {
		signIn("reviewer");
		open("/talent-review?lang=en&view=slate&role=no-such-role");
		WebElement problem = waitFor(By.cssSelector("#slate-result .problem"));
		assertThat(problem.getText()).contains("no-such-role");
		assertThat(browser.findElement(By.id("tab-slate")).getAttribute("aria-selected")).isEqualTo("true");
	}

	private List<List<String>> benchRows() {
		return rows("return [...document.querySelectorAll('#bench-table tbody tr')].map(tr => [tr.dataset.role,"
				+ " ...[...tr.querySelectorAll('td.count')].map(td => td.innerText.trim()), tr.dataset.thin]);");
	}

	private static List<List<String>> expectedBench(JsonNode bench) {
		List<List<String>> out = new ArrayList<>();
		for (JsonNode r : bench) {
			List<String> row = new ArrayList<>();
			row.add(r.get("role").asString());
			r.get("bench").forEach(n -> row.add(String.valueOf(n.asInt())));
			row.add(String.valueOf(r.get("thin").asBoolean()));
			out.add(row);
		}
		return out;
	}

	/** Band code, then the people of the band with their fit. */
	private List<List<String>> slateRows() {
		return rows("return [...document.querySelectorAll('#slate section.band')].map(band => [band.dataset.band,"
				+ " ...[...band.querySelectorAll('tbody tr')].map(tr => tr.dataset.id + ' '"
				+ " + tr.querySelector('td.fit').innerText.trim())]);");
	}

	private static List<List<String>> expectedSlate(JsonNode slate) {
		List<List<String>> out = new ArrayList<>();
		for (Map.Entry<String, JsonNode> band : slate.get("slate").properties()) {
			List<String> row = new ArrayList<>();
			row.add(band.getKey());
			for (JsonNode c : band.getValue()) {
				row.add(c.get("candidateId").asString() + " " + String.format("%.1f", c.get("score").asDouble()));
			}
			out.add(row);
		}
		return out;
	}

	/** Box coordinates, name, count and the people's ids (sorted), sorted. */
	private List<String> boxes() {
		return rows("return [...document.querySelectorAll('#nine-box .box')].map(box => [box.dataset.performance + 'x'"
				+ " + box.dataset.potential + ' ' + box.querySelector('.box-name').innerText.trim() + ' '"
				+ " + box.querySelector('.box-count').innerText.trim() + ' ['"
				+ " + [...box.querySelectorAll('li[data-id]')].map(li => li.dataset.id).sort().join(', ') + ']']);")
			.stream()
			.map(r -> r.get(0))
			.sorted()
			.toList();
	}

	/** Rows of texts the script answers (one call, not one per cell). */
	@SuppressWarnings("unchecked")
	private List<List<String>> rows(String script) {
		return (List<List<String>>) ((JavascriptExecutor) browser).executeScript(script);
	}

	private static List<String> expectedBoxes(JsonNode grid, String name) {
		List<String> out = new ArrayList<>();
		for (JsonNode box : grid.get("boxes")) {
			List<String> ids = new ArrayList<>();
			box.get("people").forEach(p -> ids.add(p.get("candidateId").asString()));
			out.add(box.get("performance").asInt() + "x" + box.get("potential").asInt() + " " + box.get(name).asString()
					+ " " + box.get("people").size() + " " + ids.stream().sorted().toList());
		}
		return out.stream().sorted().toList();
	}

	private static String boxOf(JsonNode grid, String id) {
		for (JsonNode box : grid.get("boxes")) {
			for (JsonNode p : box.get("people")) {
				if (p.get("candidateId").asString().equals(id)) {
					return box.get("performance").asInt() + "x" + box.get("potential").asInt();
				}
			}
		}
		return null;
	}

	private static String bandOf(JsonNode slate, String id) {
		for (Map.Entry<String, JsonNode> band : slate.get("slate").properties()) {
			for (JsonNode c : band.getValue()) {
				if (c.get("candidateId").asString().equals(id)) {
					return band.getKey();
				}
			}
		}
		return null;
	}

	private static JsonNode firstAdjusted(JsonNode slate) {
		for (JsonNode band : slate.get("slate")) {
			for (JsonNode c : band) {
				if (c.has("adjustments") && !c.get("adjustments").isEmpty()) {
					return c;
				}
			}
		}
		throw new AssertionError("no successor of " + ROLE + " has an adjustment");
	}

	private JsonNode get(String path) throws Exception {
		return JSON.readTree(apiGet("reviewer", path));
	}

}
