package com.talentmatch.web.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The person page shows one person against a role as the API judges them: levels and
 * minimums (radar and table), each requirement's outcome, the development view for those
 * who may see it, and the decisions recorded about them.
 */
class PersonPageTest extends BrowserTest {

	static final String ROLE = "cs-dept-manager";

	@Test
	void fromTheRankingARecruiterSeesThePersonAsTheApiJudgesThem() throws Exception {
		signIn("recruiter");
		open("/ranking?lang=zh&role=" + ROLE);
		waitFor(By.id("ranking-table"));
		WebElement firstRow = browser.findElement(By.cssSelector("#ranking-table tbody tr"));
		String id = firstRow.getAttribute("data-id");
		String reason = "Strong interview " + System.nanoTime();
		assertThat(raw("recruiter",
				post("/api/decisions",
						Map.of("candidateId", id, "role", ROLE, "decision", "shortlist", "reason", reason)))
			.statusCode()).isEqualTo(201);
		firstRow.findElement(By.cssSelector("a.person")).click();
		waiting().until(ExpectedConditions.urlContains("/people/" + id));
		waitFor(By.id("levels-table"));

		JsonNode person = get("/api/candidates/" + id);
		JsonNode item = rankedItem(person);
		assertThat(browser.findElement(By.id("fact-id")).getText()).isEqualTo(id);
		assertThat(browser.findElement(By.id("fact-name")).getText()).isEqualTo(person.get("name").asString());
		assertThat(browser.findElement(By.id("fact-department")).getText())
			.isEqualTo(person.get("department").asString());
		assertThat(browser.findElement(By.id("person-role")).getAttribute("value")).isEqualTo(ROLE);

		// the radar: one axis per competency the role requires, the person's level and
		// the role's minimum
		Map<String, double[]> expected = levels(item);
		JavascriptExecutor js = (JavascriptExecutor) browser;
		List<?> names = (List<?>) js.executeScript("return echarts.getInstanceByDom(document.getElementById('radar'))"
				+ ".getOption().radar[0].indicator.map(i => i.name)");
		List<?> series = (List<?>) js.executeScript("return echarts.getInstanceByDom(document.getElementById('radar'))"
				+ ".getOption().series[0].data.map(d => d.value)");
		assertThat(browser.findElement(By.cssSelector("#radar canvas")).isDisplayed()).isTrue();
		assertThat(names).hasSize(expected.size());
		assertThat(numbers(series.get(0))).isEqualTo(expected.values().stream().map(v -> v[0]).toList());
		assertThat(numbers(series.get(1))).isEqualTo(expected.values().stream().map(v -> v[1]).toList());
		List<String> competencies = browser.findElements(By.cssSelector("#levels-table tbody tr"))
			.stream()
			.map(tr -> tr.getAttribute("data-competency"))
			.toList();
		assertThat(competencies).containsExactlyElementsOf(expected.keySet());
		// the level that counted is one the candidate record holds, from that source
		for (JsonNode o : item.get("outcomes")) {
			if ("LEVEL".equals(o.get("requirement").get("kind").asString()) && o.hasNonNull("actualSource")
					&& !"evidence".equals(o.get("actualSource").asString())) {
				List<String> held = new ArrayList<>();
				person.get("levels")
					.forEach(l -> held.add(l.get("competency").asString() + "=" + l.get("level").asString() + "@"
							+ l.get("source").asString()));
				assertThat(held).contains(o.get("requirement").get("target").asString() + "="
						+ o.get("actual").asString() + "@" + o.get("actualSource").asString());
			}
		}

		// each requirement: met or not, the rule that decided, the reason
		List<List<String>> shown = new ArrayList<>();
		for (WebElement tr : browser.findElements(By.cssSelector("#outcomes-table tbody tr"))) {
			shown.add(List.of(tr.getAttribute("data-rule"), tr.getAttribute("data-met"),
					tr.findElement(By.cssSelector("td.why")).getText()));
		}
		List<List<String>> outcomes = new ArrayList<>();
		for (JsonNode o : item.get("outcomes")) {
			String why = o.get("reasonZh").asString()
					+ (o.hasNonNull("waiver") ? " (已豁免: " + o.get("waiver").asString() + ")" : "");
			outcomes.add(List.of(o.get("requirement").get("rule").asString(), String.valueOf(o.get("met").asBoolean()),
					why));
		}
		assertThat(shown).isEqualTo(outcomes);
		WebElement fit = browser.findElement(By.id("person-fit"));
		assertThat(Double.parseDouble(fit.getAttribute("data-score"))).isEqualTo(item.get("score").asDouble());
		assertThat(fit.getText()).contains(item.get("bandZh").asString());

		// the decisions: those of GET /api/decisions, newest first
		waitFor(By.id("decisions-table"));
		JsonNode decisions = get("/api/decisions?candidate=" + id);
		List<List<String>> recorded = new ArrayList<>();
		decisions.forEach(d -> recorded
			.add(List.of(d.get("id").asString(), d.get("decidedBy").asString(), d.get("reason").asString())));
		List<List<String>> listed = new ArrayList<>();
		for (WebElement tr : browser.findElements(By.cssSelector("#decisions-table tbody tr"))) {
			listed.add(List.of(tr.getAttribute("data-id"), tr.findElement(By.cssSelector("td.who")).getText(),
					tr.findElement(By.cssSelector("td.reason")).getText()));
		}
		assertThat(listed).isEqualTo(recorded).isNotEmpty();
		assertThat(listed.get(0).get(2)).isEqualTo(reason);

		// evidence and development: shown without an error; no development plan for a
		// recruiter
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("development-restricted")));
		waiting().until(d -> !d.findElements(By.cssSelector("#evidence .evidence-group, #evidence-empty")).isEmpty());
		assertThat(browser.findElements(By.cssSelector("#person-body .problem, #person-problem .problem"))).isEmpty();
		assertThat(browser.findElements(By.id("plan-table"))).isEmpty();

		// one switch to English: the labels change, the person and the role stay
		String chinese = browser.findElement(By.id("levels-title")).getText();
		browser.findElement(By.id("lang-en")).click();
		waitForText(By.id("levels-title"), "Levels against the role's minimums");
		assertThat(chinese).isEqualTo("各项等级与岗位最低要求");
		assertThat(browser.getCurrentUrl()).contains("/people/" + id).contains("role=" + ROLE);
		waitFor(By.id("outcomes-table"));
		assertThat(browser.findElement(By.id("person-fit")).getText()).contains(item.get("bandEn").asString());
	}

	@Test
	void aReviewerSeesTheEvidenceTheBestFitsAndTheDevelopmentPlan() throws Exception {
		String id = "E0143";
		String text = "她今年32岁已婚,能预见到不同客户的关注点,针对不同对象采取相应的沟通策略。";
		assertThat(raw("recruiter",
				post("/api/evidence/documents",
						Map.of("candidateId", id, "source", "interview", "recordedOn", "2026-11-02", "text", text)))
			.statusCode()).isEqualTo(201);
		JsonNode match = JSON
			.readTree(api("recruiter", post("/api/evidence/match", Map.of("model", "cs-dept", "text", text))));
		JsonNode sentence = match.get("sentences").get(0);
		assertThat(sentence.get("claimed").asBoolean()).as("the example sentence is evidence").isTrue();

		signIn("reviewer");
		open("/people/" + id + "?lang=en&role=" + ROLE);
		waitFor(By.id("best-fits"));

		// the sentence under its competency, the shared words marked, the indicator, the
		// document kind and the redaction notice
		WebElement item = waitFor(By.xpath("//section[@data-competency='cs-dept/"
				+ sentence.get("competency").asString() + "']//li[contains(., '沟通策略')]"));
		List<String> marks = item.findElements(By.tagName("mark")).stream().map(WebElement::getText).toList();
		List<String> highlighted = new ArrayList<>();
		java.util.regex.Matcher em = java.util.regex.Pattern.compile("<em>(.*?)</em>")
			.matcher(sentence.get("highlighted").asString());
		while (em.find()) {
			highlighted.add(em.group(1));
		}
		assertThat(marks).isEqualTo(highlighted).isNotEmpty();
		JsonNode indicator = sentence.hasNonNull("levelIndicator") ? sentence.get("levelIndicator")
				: sentence.get("best");
		assertThat(item.findElement(By.cssSelector("q.indicator")).getText())
			.isEqualTo(indicator.get("indicator").asString());
		assertThat(item.getText()).contains("Interview");
		assertThat(item.findElement(By.cssSelector(".redaction")).getText())
			.startsWith(sentence.get("redactions").size() + " protected word(s)");
		JsonNode development = JSON
			.readTree(apiGet("reviewer", "/api/candidates/" + id + "/development?target=" + ROLE));
		List<String> fits = browser.findElements(By.cssSelector("#best-fits tbody tr td:first-child"))
			.stream()
			.map(WebElement::getText)
			.toList();
		List<String> expected = new ArrayList<>();
		development.get("bestFits").forEach(f -> expected.add(f.get("roleName").asString()));
		assertThat(fits).isEqualTo(expected).isNotEmpty();
		assertThat(browser.findElement(By.id("plan-note")).getText()).isEqualTo(development.get("noteEn").asString());
		assertThat(planNames()).isEqualTo(names(development.get("plan")));

		// another role from the picker: a role with gaps, and its plan
		String other = null;
		String otherName = null;
		for (JsonNode f : development.get("bestFits")) {
			if (f.get("gaps").asInt() > 0) {
				other = f.get("role").asString();
				otherName = f.get("roleName").asString();
				break;
			}
		}
		assertThat(other).as("a best-fit role with gaps").isNotNull();
		new Select(browser.findElement(By.id("person-role"))).selectByValue(other);
		waiting().until(ExpectedConditions.urlContains("role=" + other));
		waitForText(By.id("plan-note"), otherName);
		JsonNode plan = JSON.readTree(apiGet("reviewer", "/api/candidates/" + id + "/development?target=" + other))
			.get("plan");
		assertThat(planNames()).isEqualTo(names(plan)).isNotEmpty();
		assertThat(browser.findElements(By.cssSelector("#gaps-table tbody tr"))).isNotEmpty();
		assertThat(browser.findElements(By.id("development-restricted"))).isEmpty();
		for (String part : List.of("evidence-title", "development-title", "decisions-title")) {
			((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).scrollIntoView()",
					part);
			shot(part);
		}
		Dimension before = browser.manage().window().getSize();
		try {
			browser.manage().window().setSize(new Dimension(768, 2400));
			shot("narrow-full");
		}
		finally {
			browser.manage().window().setSize(before);
		}
	}

	@Test
	void anUnknownPersonShowsTheApisProblem() throws Exception {
		signIn("recruiter");
		open("/people/NOBODY-42?lang=en&role=" + ROLE);
		WebElement problem = waitFor(By.cssSelector("#person-problem .problem"));
		HttpResponse<String> answer = raw("recruiter",
				HttpRequest.newBuilder(URI.create(url("/api/candidates/NOBODY-42"))));
		assertThat(answer.statusCode()).isEqualTo(404);
		assertThat(problem.getText()).contains(JSON.readTree(answer.body()).get("detail").asString());
		assertThat(browser.findElement(By.id("person-body")).isDisplayed()).isFalse();
	}

	/** The person's item in the ranking of their type and department for the role. */
	private JsonNode rankedItem(JsonNode person) throws Exception {
		for (int page = 0;; page++) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("role", ROLE);
			body.put("type", person.get("type").asString());
			body.put("department", person.get("department").asString());
			body.put("page", page);
			body.put("size", 200);
			JsonNode r = JSON.readTree(api("recruiter", post("/api/rankings", body)));
			for (JsonNode i : r.get("items")) {
				if (i.get("candidateId").asString().equals(person.get("id").asString())) {
					return i;
				}
			}
			assertThat((page + 1) * 200).as("the person is ranked").isLessThan(r.get("total").asInt());
		}
	}

	/**
	 * Per competency the role's level requirements name: the level that counted (0 when
	 * none) and the highest minimum.
	 */
	private static Map<String, double[]> levels(JsonNode item) {
		Map<String, double[]> out = new LinkedHashMap<>();
		for (JsonNode o : item.get("outcomes")) {
			JsonNode q = o.get("requirement");
			if (!"LEVEL".equals(q.get("kind").asString())) {
				continue;
			}
			double level = o.hasNonNull("actual") ? Double.parseDouble(o.get("actual").asString()) : 0;
			double minimum = q.get("minimumRank").asDouble();
			double[] before = out.get(q.get("target").asString());
			if (before == null || before[1] < minimum) {
				out.put(q.get("target").asString(), new double[] { level, minimum });
			}
		}
		return out;
	}

	private List<String> planNames() {
		return browser.findElements(By.cssSelector("#plan-table tbody tr td:first-child"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	private static List<String> names(JsonNode plan) {
		List<String> out = new ArrayList<>();
		plan.forEach(p -> out.add(p.hasNonNull("name") ? p.get("name").asString() : p.get("competency").asString()));
		return out;
	}

	private static List<Double> numbers(Object values) {
		return ((List<?>) values).stream().map(v -> ((Number) v).doubleValue()).toList();
	}

	/** Calls the API as a demo user and answers the response, whatever its status. */
	private HttpResponse<String> raw(String user, HttpRequest.Builder request) throws Exception {
		String credentials = user + ":" + user + "-password";
		return HttpClient.newHttpClient()
			.send(request
				.header("Authorization",
						"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
				.header("Accept", "application/json")
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpRequest.Builder post(String path, Object body) throws Exception {
		return HttpRequest.newBuilder(URI.create(url(path)))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
	}

	private JsonNode get(String path) throws Exception {
		return JSON.readTree(apiGet("recruiter", path));
	}

}
