package com.talentmatch;

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
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Boots the whole application on a random port with a fresh file store, and uses it over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.servlet.multipart.max-file-size=64KB", "spring.servlet.multipart.max-request-size=64KB",
				"talent-match.evidence.max-text-chars=2000" })
class TalentMatchApplicationTest {

	static final Path STORE = Path.of("target", "test-store", UUID.randomUUID().toString());

	@DynamicPropertySource
	static void store(DynamicPropertyRegistry registry) {
		registry.add("talent-match.store-dir", STORE::toString);
	}

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> upload(String path, String fileName, byte[] content) throws IOException, InterruptedException {
		String boundary = "----tm" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	String matchRequest(String model, String text) {
		return json.writeValueAsString(java.util.Map.of("model", model, "text", text));
	}

	JsonNode body(HttpResponse<String> response) {
		return json.readTree(response.body());
	}

	@Test
	void servesEverySeedModelWithLevelsAndIndicatorText() throws Exception {
		JsonNode models = body(get("/api/models"));
		assertThat(models.size()).isGreaterThanOrEqualTo(14);
		JsonNode gz = body(get("/api/models/gzmcc-core"));
		assertThat(gz.get("competencies").size()).isEqualTo(6);
		JsonNode firstLevel = gz.get("competencies").get(0).get("levels").get(0);
		assertThat(firstLevel.get("code").asString()).isEqualTo("1");
		assertThat(firstLevel.get("indicators").get(0).get("text").asString()).isNotBlank();
		JsonNode hit = body(get("/api/competencies?q=" + URLEncoder.encode("语言知识", StandardCharsets.UTF_8)));
		assertThat(hit.get(0).get("competency").get("levels").get(1).get("grades").get(0).get("grade").asString())
			.isEqualTo("CET-6");
	}

	@Test
	void importsAFourLevelFrameworkMakesItSearchableAndRefusesABadCopyWhole() throws Exception {
		byte[] good = Files.readAllBytes(Path.of("data/examples/digital-skills-framework.csv"));
		String badText = new String(good, StandardCharsets.UTF_8).replace("digital-skills,", "digital-skills-2,")
			.replace(",Working,Plans and runs interviews", ",Intermediate,Plans and runs interviews");
		HttpResponse<String> refused = upload("/api/models/import", "bad.csv", badText.getBytes(StandardCharsets.UTF_8));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = body(refused).get("problems").get(0);
		assertThat(problem.get("line").asInt()).isEqualTo(7);
		assertThat(problem.get("field").asString()).isEqualTo("level");
		assertThat(get("/api/models/digital-skills-2").statusCode()).isEqualTo(404);

		HttpResponse<String> created = upload("/api/models/import", "digital-skills.csv", good);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode found = body(get("/api/competencies?q=user+research"));
		assertThat(found.get(0).get("modelId").asString()).isEqualTo("digital-skills");
		JsonNode model = body(get("/api/models/digital-skills"));
		assertThat(model.get("origin").asString()).isEqualTo("import");
		assertThat(model.get("scale").get(3).get("code").asString()).isEqualTo("Expert");

		assertThat(upload("/api/models/import", "digital-skills.csv", good).statusCode()).isEqualTo(409);
		assertThat(body(get("/api/imports")).get(0).get("modelId").asString()).isEqualTo("digital-skills");
		assertThat(upload("/api/models/import?replace=true", "digital-skills.csv", good).statusCode()).isEqualTo(201);
		HttpResponse<String> overSeed = upload("/api/models/import", "cs.csv",
				new String(good, StandardCharsets.UTF_8).replace("digital-skills,", "cs-dept,")
					.getBytes(StandardCharsets.UTF_8));
		assertThat(overSeed.statusCode()).isEqualTo(409);
		assertThat(body(get("/api/models/cs-dept")).get("origin").asString()).isEqualTo("seed");
	}

	@Test
	void refusesUnsupportedAndOversizedFiles() throws Exception {
		assertThat(upload("/api/models/import", "framework.txt", "x".getBytes(StandardCharsets.UTF_8)).statusCode())
			.isEqualTo(415);
		byte[] big = new byte[100 * 1024];
		java.util.Arrays.fill(big, (byte) 'a');
		HttpResponse<String> tooLarge = upload("/api/models/import", "big.csv", big);
		assertThat(tooLarge.statusCode()).isEqualTo(413);
	}

	@Test
	void publishesOpenApiAndSwaggerUi() throws Exception {
		HttpResponse<String> docs = get("/v3/api-docs");
		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(docs.body()).contains("/api/models/import", "/api/competencies", "/api/grade-scales/{id}");
		assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
	}

	@Test
	void interviewNotesGiveLevelsWithSentencesAndHighlightedIndicators() throws Exception {
		String notes = "面试记录:她能预见到不同客户的关注点,针对不同对象采取相应的沟通策略。"
				+ "对不同情境所要求的沟通方式有系统的认识,能灵活调整。周末喜欢爬山。已通过英语六级。";
		HttpResponse<String> response = post("/api/evidence/match", matchRequest("cs-dept", notes));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode result = body(response);
		JsonNode communication = null;
		for (JsonNode c : result.get("competencies")) {
			if (c.get("competency").asString().equals("communication")) {
				communication = c;
			}
		}
		assertThat(communication).isNotNull();
		assertThat(communication.get("level").asString()).isEqualTo("3");
		JsonNode first = result.get("sentences").get(communication.get("sentences").get(0).asInt());
		assertThat(first.get("claimed").asBoolean()).isTrue();
		assertThat(first.get("highlighted").asString()).contains("<em>");
		assertThat(first.get("levelIndicator").get("highlighted").asString()).contains("<em>");
		assertThat(result.get("grades").get(0).get("grade").asString()).isEqualTo("CET-6");
	}

	@Test
	void badEvidenceRequestsAreRefusedClearly() throws Exception {
		assertThat(post("/api/evidence/match", matchRequest("cs-dept", "   ")).statusCode()).isEqualTo(400);
		assertThat(post("/api/evidence/match", matchRequest("cs-dept", "很".repeat(2001))).statusCode()).isEqualTo(413);
		assertThat(post("/api/evidence/match", matchRequest("no-such-model", "倾听客户")).statusCode()).isEqualTo(404);
		HttpResponse<String> noIndicators = post("/api/evidence/match", matchRequest("cs-roles", "倾听客户"));
		assertThat(noIndicators.statusCode()).isEqualTo(400);
		assertThat(noIndicators.body()).contains("no indicator text");
	}

	@Test
	void evidenceDocumentsAreSearchableWithHighlightsAndFilters() throws Exception {
		HttpResponse<String> created = post("/api/evidence/documents", """
				{"candidateId":"e1001","source":"interview","recordedOn":"2026-10-08",
				 "text":"她负责跨部门的流程设计,梳理了投诉处理流程。能预见到不同客户的关注点,针对不同对象采取相应的沟通策略。"}""");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		post("/api/evidence/documents", """
				{"candidateId":"e1002","source":"360","text":"他喜欢打篮球,周末常去郊游。"}""");
		JsonNode hits = body(get("/api/evidence/search?q=" + URLEncoder.encode("跨部门 流程设计", StandardCharsets.UTF_8)
				+ "&limit=100"));
		assertThat(hits.findValuesAsString("candidateId")).contains("e1001").doesNotContain("e1002");
		JsonNode mine = body(get("/api/evidence/search?q=" + URLEncoder.encode("跨部门 流程设计", StandardCharsets.UTF_8)
				+ "&candidate=e1001"));
		assertThat(mine.size()).isEqualTo(1);
		assertThat(mine.get(0).get("snippets").get(0).asString()).contains("<em>");
		JsonNode byCompetency = body(get("/api/evidence/search?q=" + URLEncoder.encode("客户", StandardCharsets.UTF_8)
				+ "&model=cs-dept&competency=communication&candidate=e1001"));
		assertThat(byCompetency.size()).isEqualTo(1);
		assertThat(body(get("/api/evidence/search?q=" + URLEncoder.encode("客户", StandardCharsets.UTF_8)
				+ "&model=cs-dept&competency=loyalty-awareness&candidate=e1001")).size()).isZero();
		assertThat(body(get("/api/evidence/search?q=" + URLEncoder.encode("流程", StandardCharsets.UTF_8)
				+ "&candidate=e1002")).size()).isZero();
		long id = body(created).get("id").asLong();
		assertThat(body(get("/api/evidence/documents/" + id)).get("source").asString()).isEqualTo("interview");
		assertThat(post("/api/evidence/documents", """
				{"candidateId":"e1003","source":"gossip","text":"x"}""").statusCode()).isEqualTo(400);
		assertThat(get("/api/evidence/search?q=x&competency=communication").statusCode()).isEqualTo(400);
		assertThat(get("/api/evidence/documents/999999").statusCode()).isEqualTo(404);
	}

	@Test
	void anImportedFrameworkIsMatchableRightAway() throws Exception {
		String csv = new String(Files.readAllBytes(Path.of("data/examples/digital-skills-framework.csv")),
				StandardCharsets.UTF_8).replace("digital-skills,", "digital-skills-e2e,");
		assertThat(upload("/api/models/import", "dse.csv", csv.getBytes(StandardCharsets.UTF_8)).statusCode())
			.isEqualTo(201);
		JsonNode result = body(post("/api/evidence/match", matchRequest("digital-skills-e2e",
				"She planned and ran interviews with users, then reported what she learned.")));
		assertThat(result.get("competencies").get(0).get("competency").asString()).isEqualTo("user-research");
	}

	static final String MANAGER_AT_THRESHOLD = """
			{"role":"客户服务部经理","candidate":{"id":"c-100","grades":["CET-6"],"levels":[
			 {"competency":"cs-dept/service-awareness","level":"3","source":"assessment"},
			 {"competency":"cs-dept/customer-service-knowledge","level":"2","source":"manager"},
			 {"competency":"cs-roles/influence","level":"2"},
			 {"competency":"gzmcc-core/customer-orientation","level":"2"},
			 {"competency":"gzmcc-core/communication-understanding","level":"2"},
			 {"competency":"gzmcc-core/teamwork","level":"1"}]}}""";

	@Test
	void evaluatesACandidateWithTheRuleFileAndLineBehindEachRequirement() throws Exception {
		HttpResponse<String> response = post("/api/rules/evaluate", MANAGER_AT_THRESHOLD);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode e = body(response);
		assertThat(e.get("eligible").asBoolean()).isTrue();
		assertThat(e.get("band").asString()).isEqualTo("ready-now");
		assertThat(e.get("roleName").asString()).isEqualTo("客户服务部经理");
		JsonNode first = e.get("outcomes").get(0);
		assertThat(first.get("met").asBoolean()).isTrue();
		assertThat(first.get("requirement").get("file").asString()).startsWith("rules/customerservice/");
		assertThat(first.get("requirement").get("line").asInt()).isPositive();
		assertThat(first.get("reasonZh").asString()).contains("满足");
		assertThat(first.get("reasonEn").asString()).contains("met");
		JsonNode overview = body(get("/api/rules"));
		assertThat(overview.get("status").get("active").get("id").asString()).isEqualTo(e.get("ruleVersion").asString());
	}

	@Test
	void theCliReloadsTheRunningServicesRules() {
		java.io.StringWriter out = new java.io.StringWriter();
		int code = com.talentmatch.cli.CliAccess.run(new String[] { "reload-rules", "--url", "http://localhost:" + port,
				"--user", "analyst" }, out);
		assertThat(code).as(out.toString()).isZero();
		assertThat(out.toString()).contains("\"lastAttemptAccepted\":true");
	}

	@Test
	void badEvaluationRequestsAreRefusedClearly() throws Exception {
		HttpResponse<String> badLevel = post("/api/rules/evaluate", MANAGER_AT_THRESHOLD.replace("\"level\":\"3\"", "\"level\":\"9\""));
		assertThat(badLevel.statusCode()).isEqualTo(400);
		assertThat(badLevel.body()).contains("level '9' is not in the scale of cs-dept/service-awareness");
		assertThat(post("/api/rules/evaluate", MANAGER_AT_THRESHOLD.replace("客户服务部经理", "宇航员")).statusCode()).isEqualTo(404);
		assertThat(post("/api/rules/evaluate", MANAGER_AT_THRESHOLD.replace("\"assessment\"", "\"horoscope\"")).statusCode())
			.isEqualTo(400);
	}

	@Test
	void whatIfShowsWhatAProposedRuleChangeWouldDo() throws Exception {
		String manager = Files.readString(Path.of("rules/customerservice/manager.dslr"))
			.replace("必须 cs-dept/service-awareness 不低于 3级", "必须 cs-dept/service-awareness 不低于 4级");
		String request = json.writeValueAsString(java.util.Map.of("role", "客户服务部经理", "files",
				java.util.Map.of("customerservice/manager.dslr", manager), "candidates",
				java.util.List.of(json.readTree(MANAGER_AT_THRESHOLD).get("candidate"))));
		HttpResponse<String> refused = post("/api/rules/what-if", request);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("rules/customerservice/manager.dslr").contains("has no level '4'");
		String proposal = json.writeValueAsString(java.util.Map.of("role", "客户服务部经理", "files",
				java.util.Map.of("customerservice/manager.dslr", manager.replace("不低于 4级", "不低于 3级")
					.replace("要求 影响力 不低于 2级 权重 2", "必须 影响力 不低于 3级")),
				"candidates", java.util.List.of(json.readTree(MANAGER_AT_THRESHOLD).get("candidate"))));
		JsonNode result = body(post("/api/rules/what-if", proposal)).get(0);
		assertThat(result.get("changed").asBoolean()).isTrue();
		assertThat(result.get("active").get("eligible").asBoolean()).isTrue();
		assertThat(result.get("proposed").get("eligible").asBoolean()).isFalse();
	}
}
