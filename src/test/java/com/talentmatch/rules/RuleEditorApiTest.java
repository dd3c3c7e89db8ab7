package com.talentmatch.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rule editor's API on a running service with its own copy of {@code rules/}: read a
 * file, check an edit (a mistake with file and line, a failing scenario), refuse to
 * activate what fails (422, nothing written), a stale base (409) or a path outside the
 * rules directory (400); activate an edit that passes and roll it back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "talent-match.demo=true", "talent-match.demo-pool=false", "talent-match.rules-watch=false" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RuleEditorApiTest {

	static final Path STORE = Path.of("target", "test-store", "editor-" + UUID.randomUUID());

	static final Path RULES = Path.of("target", "test-rules", "editor-" + UUID.randomUUID());

	static final String MANAGER = "customerservice/manager.dslr";

	static final String MUST_HAVE = "岗位 客户服务部经理 必须 cs-dept/service-awareness 不低于 3级";

	static final String KNOWLEDGE = "岗位 客户服务部经理 必须 cs-dept/customer-service-knowledge 不低于 2级";

	/** Raises a threshold: builds, but a scenario at the old threshold fails. */
	static String stricter(String text) {
		return text.replace(KNOWLEDGE, KNOWLEDGE.replace("2级", "3级"));
	}

	@DynamicPropertySource
	static void dirs(DynamicPropertyRegistry registry) throws IOException {
		FileSystemUtils.copyRecursively(Path.of("rules"), RULES);
		registry.add("talent-match.store-dir", STORE::toString);
		registry.add("talent-match.rules-dir", RULES::toString);
	}

	@AfterAll
	static void clean() throws IOException {
		FileSystemUtils.deleteRecursively(RULES);
	}

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<String> send(String user, String method, String path, Object body)
			throws IOException, InterruptedException {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((user + ":" + user + "-password").getBytes(StandardCharsets.UTF_8)))
			.header("Accept", "application/json");
		if (body == null) {
			b.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			b.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
		}
		return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	JsonNode ok(HttpResponse<String> r) {
		assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
		return json.readTree(r.body());
	}

	String managerText() throws IOException {
		return Files.readString(RULES.resolve(MANAGER));
	}

	String activeVersion() throws Exception {
		return ok(send("viewer", "GET", "/api/rules", null)).path("status").path("active").path("id").asString();
	}

	static int lineOf(String text, String line) {
		return text.substring(0, text.indexOf(line)).split("\n", -1).length;
	}

	@Test
	@Order(1)
	void listsAndReadsTheActiveFiles() throws Exception {
		JsonNode files = ok(send("viewer", "GET", "/api/rules/files", null));
		JsonNode manager = null;
		for (JsonNode f : files) {
			if (f.path("path").asString().equals(MANAGER)) {
				manager = f;
			}
		}
		assertThat(manager).as("the file list has " + MANAGER).isNotNull();
		assertThat(manager.path("type").asString()).isEqualTo("DSLR");
		assertThat(manager.path("lines").asInt()).isEqualTo((int) managerText().lines().count());
		JsonNode file = ok(send("viewer", "GET",
				"/api/rules/file?path=" + URLEncoder.encode(MANAGER, StandardCharsets.UTF_8), null));
		assertThat(file.path("text").asString()).isEqualTo(managerText());
		assertThat(file.path("version").asString()).isEqualTo(activeVersion());
		HttpResponse<String> missing = send("viewer", "GET", "/api/rules/file?path=nope/none.dslr", null);
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("customerservice/manager.dslr");
	}

	@Test
	@Order(2)
	void aMistakeIsNamedWithFileAndLineAndAFailingScenarioByName() throws Exception {
		String text = managerText();
		JsonNode mistake = ok(send("analyst", "POST", "/api/rules/check",
				Map.of("files", Map.of(MANAGER, text.replace(MUST_HAVE, MUST_HAVE.replace("不低于", "不低与"))))));
		assertThat(mistake.path("accepted").asBoolean()).isFalse();
		assertThat(mistake.path("problems").get(0).path("file").asString()).isEqualTo("rules/" + MANAGER);
		assertThat(mistake.path("problems").get(0).path("line").asInt()).isEqualTo(lineOf(text, MUST_HAVE));

		JsonNode stricter = ok(
				send("analyst", "POST", "/api/rules/check", Map.of("files", Map.of(MANAGER, stricter(text)))));
		assertThat(stricter.path("accepted").asBoolean()).isFalse();
		assertThat(stricter.path("problems")).isEmpty();
		assertThat(stricter.path("scenarios")
			.valueStream()
			.filter(s -> !s.path("passed").asBoolean())
			.map(s -> s.path("name").asString())).contains("恰好满足每项要求 (exactly at every threshold)");

		JsonNode unchanged = ok(send("analyst", "POST", "/api/rules/check", Map.of("files", Map.of(MANAGER, text))));
		assertThat(unchanged.path("accepted").asBoolean()).isTrue();
		assertThat(unchanged.path("version").asString()).isEqualTo(activeVersion());
		assertThat(unchanged.path("scenarios").size()).isGreaterThan(5);
	}

	@Test
	@Order(3)
	void nothingIsWrittenWhenAnEditFailsIsStaleOrPointsOutside() throws Exception {
		String text = managerText();
		String before = activeVersion();
		HttpResponse<String> failing = send("analyst", "POST", "/api/rules/activate",
				Map.of("files", Map.of(MANAGER, stricter(text))));
		assertThat(failing.statusCode()).as(failing.body()).isEqualTo(422);
		assertThat(failing.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
		JsonNode problem = json.readTree(failing.body());
		assertThat(problem.path("problems")
			.valueStream()
			.filter(p -> p.path("file").asString().equals("rules/customerservice/manager.scenarios.yaml"))
			.map(p -> p.path("message").asString())).anyMatch(m -> m.contains("恰好满足每项要求"));

		HttpResponse<String> stale = send("analyst", "POST", "/api/rules/activate",
				Map.of("files", Map.of(MANAGER, text + "\n// a comment\n"), "baseVersion", "000000000000"));
		assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);

		HttpResponse<String> outside = send("analyst", "POST", "/api/rules/activate",
				Map.of("files", Map.of("../escaped.dslr", text)));
		assertThat(outside.statusCode()).as(outside.body()).isEqualTo(400);
		assertThat(json.readTree(outside.body()).path("problems").get(0).path("field").asString())
			.isEqualTo("files[../escaped.dslr]");
		assertThat(RULES.resolveSibling("escaped.dslr")).doesNotExist();

		HttpResponse<String> notRules = send("analyst", "POST", "/api/rules/activate",
				Map.of("files", Map.of("customerservice/notes.txt", "x")));
		assertThat(notRules.statusCode()).as(notRules.body()).isEqualTo(400);

		HttpResponse<String> recruiter = send("recruiter", "POST", "/api/rules/activate",
				Map.of("files", Map.of(MANAGER, text + "\n// a comment\n")));
		assertThat(recruiter.statusCode()).isEqualTo(403);

		assertThat(managerText()).isEqualTo(text);
		assertThat(RULES.resolve("customerservice/notes.txt")).doesNotExist();
		assertThat(activeVersion()).isEqualTo(before);
	}

	@Test
	@Order(4)
	void anEditThatPassesIsWrittenActivatedAndCanBeRolledBack() throws Exception {
		String text = managerText();
		String before = activeVersion();
		String edited = text.replace(MUST_HAVE, MUST_HAVE + "\n    // raised by the analyst after the review");
		JsonNode status = ok(send("analyst", "POST", "/api/rules/activate",
				Map.of("files", Map.of(MANAGER, edited), "baseVersion", before)));
		assertThat(status.path("lastAttemptAccepted").asBoolean()).isTrue();
		String after = status.path("active").path("id").asString();
		assertThat(after).isNotEqualTo(before);
		assertThat(managerText()).isEqualTo(edited);
		assertThat(activeVersion()).isEqualTo(after);
		assertThat(ok(send("viewer", "GET", "/api/rules/versions/" + before + "/diff/" + after, null)).path(MANAGER)
			.toString()).contains("raised by the analyst");

		ok(send("analyst", "POST", "/api/rules/versions/" + before + "/rollback", null));
		assertThat(managerText()).isEqualTo(text);
		assertThat(activeVersion()).isEqualTo(before);
	}

	@Test
	@Order(5)
	void theVocabularyOffersTheSentencesAndTheNamesTheyTake() throws Exception {
		JsonNode v = ok(send("analyst", "GET", "/api/rules/vocabulary", null));
		JsonNode mustHave = v.path("sentences")
			.valueStream()
			.filter(s -> s.path("text").asString().equals("岗位 {role} 必须 {competency} 不低于 {level}级"))
			.findFirst()
			.orElseThrow();
		assertThat(mustHave.path("kind").asString()).isEqualTo("then");
		assertThat(mustHave.path("placeholders").toString()).isEqualTo("[\"role\",\"competency\",\"level\"]");
		assertThat(mustHave.path("file").asString()).isEqualTo("common/vocabulary.dsl");
		assertThat(v.path("competencies").toString()).contains("\"cs-dept/service-awareness\"");
		assertThat(v.path("roles").toString()).contains("\"cs-dept-manager\"");
		assertThat(v.path("grades").toString()).contains("\"CET-6\"");
		assertThat(v.path("bands").get(0).asString()).isEqualTo("ready-now");
	}

}
