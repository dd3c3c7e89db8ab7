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
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.talentmatch.security.EndpointAccess;
import com.talentmatch.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Boots the whole application on a random port with a fresh file store, and uses it over
 * HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "talent-match.demo=true", "spring.servlet.multipart.max-file-size=64KB",
				"spring.servlet.multipart.max-request-size=64KB", "talent-match.evidence.max-text-chars=2000" })
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

	/** HTTP Basic credentials of a demo user (password {@code <name>-password}). */
	static String basic(String user) {
		return "Basic " + java.util.Base64.getEncoder()
			.encodeToString((user + ":" + user + "-password").getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Who the plain helpers sign in as: the rule editor for rule changes, the admin for
	 * everything else.
	 */
	static String userFor(String path) {
		return path.startsWith("/api/rules/what-if") || path.startsWith("/api/rules/reload")
				|| path.startsWith("/api/rules/preview") || path.endsWith("/rollback") ? "analyst" : "admin";
	}

	HttpRequest.Builder request(String path, String user) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", basic(user));
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(request(path, userFor(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> anonymous(String method, String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString("{}"))
			.build(), HttpResponse.BodyHandlers.ofString());
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
		return http
			.send(request(path, userFor(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
		return post(path, json, userFor(path));
	}

	HttpResponse<String> postAs(String path, String json, String user) throws IOException, InterruptedException {
		return http.send(request(path, user).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	String matchRequest(String model, String text) {
		return json.writeValueAsString(java.util.Map.of("model", model, "text", text));
	}

	JsonNode body(HttpResponse<String> response) {
		return json.readTree(response.body());
	}

	/** A new API token of a demo user, written to a file. */
	Path tokenFile(String user) throws IOException, InterruptedException {
		Path file = Files.createTempFile("token", ".txt");
		Files.writeString(file, token(user));
		return file;
	}

	String token(String user) throws IOException, InterruptedException {
		HttpResponse<String> created = postAs("/api/tokens", "{\"name\":\"test\"}", user);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return body(created).get("token").asString();
	}

	/** The demo user of each role. */
	static final java.util.Map<Role, String> DEMO_USER = java.util.Map.of(Role.RECRUITER, "recruiter",
			Role.TALENT_REVIEWER, "reviewer", Role.RULE_EDITOR, "analyst", Role.ADMIN, "admin", Role.VIEWER, "viewer");

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Test
	void everyEndpointRefusesAnonymousCallersAndWrongRolesAndLetsTheRightOnesIn() throws Exception {
		java.util.Map<String, String> tokens = new java.util.HashMap<>();
		for (String user : DEMO_USER.values()) {
			tokens.put(user, token(user));
		}
		HttpResponse<String> noExport = postAs("/api/users",
				"{\"username\":\"recruiter-no-export\",\"password\":\"recruiter-no-export-password\",\"roles\":[\"recruiter\"]}",
				"admin");
		assertThat(noExport.statusCode()).as(noExport.body()).isEqualTo(201);
		tokens.put("recruiter-no-export", token("recruiter-no-export"));
		var mapping = context.getBean("requestMappingHandlerMapping",
				org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping.class);
		java.util.Set<EndpointAccess.Rule> used = new java.util.HashSet<>();
		for (var info : mapping.getHandlerMethods().keySet()) {
			for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
				if (!pattern.startsWith("/api/")) {
					continue;
				}
				for (var method : info.getMethodsCondition().getMethods()) {
					String where = method + " " + pattern;
					EndpointAccess.Rule rule = EndpointAccess.RULES_TABLE.stream()
						.filter(r -> r.method().name().equals(method.name()) && (r.pattern().equals(pattern)
								|| r.pattern().endsWith("/**") && pattern.startsWith(r.pattern().replace("/**", "/"))))
						.findFirst()
						.orElse(null);
					assertThat(rule).as("%s is in EndpointAccess (and the README's access table)", where).isNotNull();
					used.add(rule);
					String path = pattern.replaceAll("\\{[^}]+}", "999999");
					assertThat(call(method.name(), path, null).statusCode()).as("anonymous " + where).isEqualTo(401);
					for (Role role : Role.values()) {
						int status = call(method.name(), path, tokens.get(DEMO_USER.get(role))).statusCode();
						if (rule.roles().contains(role)) {
							assertThat(status).as(role.code() + " " + where).isNotIn(401, 403).isLessThan(500);
						}
						else {
							assertThat(status).as(role.code() + " " + where).isEqualTo(403);
						}
					}
					int recruiterWithoutExport = call(method.name(), path, tokens.get("recruiter-no-export"))
						.statusCode();
					if (rule.export() || !rule.roles().contains(Role.RECRUITER)) {
						assertThat(recruiterWithoutExport).as("recruiter without export " + where).isEqualTo(403);
					}
				}
			}
		}
		assertThat(EndpointAccess.RULES_TABLE.stream().filter(r -> !r.pattern().endsWith("/**")))
			.as("every row of the access table is an endpoint")
			.allMatch(used::contains);
	}

	HttpResponse<String> call(String method, String path, String token) throws IOException, InterruptedException {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json")
			.method(method, method.equals("GET") || method.equals("DELETE") ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString("{}"));
		if (token != null) {
			b.header("Authorization", "Bearer " + token);
		}
		return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void signInIsRefusedAlikeForUnknownUsersAndWrongPasswordsAndThrottled() throws Exception {
		HttpResponse<String> wrongPassword = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
				.header("Authorization",
						"Basic " + java.util.Base64.getEncoder()
							.encodeToString("viewer:not-the-password".getBytes(StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> unknown = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
				.header("Authorization",
						"Basic " + java.util.Base64.getEncoder()
							.encodeToString("nobody-here:not-the-password".getBytes(StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(wrongPassword.statusCode()).isEqualTo(401);
		assertThat(unknown.statusCode()).isEqualTo(401);
		assertThat(unknown.body()).isEqualTo(wrongPassword.body());
		assertThat(unknown.headers().firstValue("Content-Type"))
			.hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
		String guess = "Basic "
				+ java.util.Base64.getEncoder().encodeToString("guessed-name:wrong".getBytes(StandardCharsets.UTF_8));
		java.util.List<Integer> statuses = new java.util.ArrayList<>();
		for (int i = 0; i < 7; i++) {
			statuses.add(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
				.header("Authorization", guess)
				.build(), HttpResponse.BodyHandlers.ofString()).statusCode());
		}
		assertThat(statuses).containsExactly(401, 401, 401, 401, 401, 429, 429);
		assertThat(get("/api/me").statusCode()).as("other users still sign in").isEqualTo(200);
	}

	@Test
	void malformedOversizedAndUrlCredentialsAreRefusedWith401() throws Exception {
		String token = token("viewer");
		assertThat(http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me?access_token=" + token))
				.build(), HttpResponse.BodyHandlers.ofString())
			.body()).contains("a token in the URL is refused");
		for (String header : new String[] { "Basic %%%not-base64%%%", "Bearer " + "x".repeat(5000), "Bearer tm_unknown",
				"Basic " + "QUFB".repeat(1500) }) {
			HttpResponse<String> r = http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
					.header("Authorization", header)
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(r.statusCode()).as(header.substring(0, Math.min(20, header.length()))).isEqualTo(401);
		}
		HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
			.header("Authorization", "Bearer " + token)
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(body(me).get("username").asString()).isEqualTo("viewer");
		assertThat(me.headers().firstValue("Cache-Control"))
			.hasValueSatisfying(v -> assertThat(v).contains("no-store"));
		assertThat(me.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(me.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(me.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying(v -> assertThat(v).contains("frame-ancestors 'none'"));
		assertThat(me.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		assertThat(me.headers().firstValue("Strict-Transport-Security")).as("plain HTTP: no HSTS").isEmpty();
		HttpResponse<String> behindTls = http.send(
				request("/api/me", "viewer").header("X-Forwarded-Proto", "https").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(behindTls.headers().firstValue("Strict-Transport-Security")).as("behind a TLS proxy").isPresent();
		HttpResponse<String> login = http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.body()).as("the login form carries a CSRF token").contains("name=\"_csrf\"");
		JsonNode mine = body(http.send(request("/api/tokens", "viewer").build(), HttpResponse.BodyHandlers.ofString()));
		long id = mine.get(0).get("id").asLong();
		assertThat(
				http.send(request("/api/tokens/" + id, "viewer").DELETE().build(), HttpResponse.BodyHandlers.ofString())
					.statusCode())
			.isEqualTo(204);
		assertThat(http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofString())
			.statusCode()).as("revoked").isEqualTo(401);
	}

	@Test
	void recruitersNeitherSeeNorSetPerformanceAndPotential() throws Exception {
		JsonNode asRecruiter = body(
				http.send(request("/api/candidates/E0012", "recruiter").build(), HttpResponse.BodyHandlers.ofString()));
		assertThat(asRecruiter.has("performance")).isFalse();
		assertThat(body(
				http.send(request("/api/candidates/E0012", "reviewer").build(), HttpResponse.BodyHandlers.ofString()))
			.get("performance")
			.isNumber()).isTrue();
		HttpResponse<String> rated = postAs("/api/candidates",
				"{\"id\":\"R0001\",\"name\":\"评分\",\"type\":\"internal\",\"performance\":3}", "recruiter");
		assertThat(rated.statusCode()).isEqualTo(400);
		assertThat(rated.body()).contains("set by talent reviewers and admins only");
	}

	@Test
	void theStoreIsClosedToOtherProcessesAndItsServerListensOnLoopback() throws Exception {
		java.util.Properties lock = new java.util.Properties();
		try (var in = Files.newInputStream(STORE.resolve("talentmatch.lock.db"))) {
			lock.load(in);
		}
		assertThat(lock.getProperty("server")).startsWith("localhost:");
		assertThat(java.nio.file.attribute.PosixFilePermissions
			.toString(Files.getPosixFilePermissions(STORE.resolve("store.properties")))).isEqualTo("rw-------");
		String url = "jdbc:h2:file:" + STORE.toRealPath().resolve("talentmatch") + ";AUTO_SERVER=TRUE";
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> java.sql.DriverManager.getConnection(url, "sa", "").close())
			.isInstanceOfSatisfying(java.sql.SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("28000"));
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
		HttpResponse<String> refused = upload("/api/models/import", "bad.csv",
				badText.getBytes(StandardCharsets.UTF_8));
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
		String notes = "面试记录:她能预见到不同客户的关注点,针对不同对象采取相应的沟通策略。" + "对不同情境所要求的沟通方式有系统的认识,能灵活调整。周末喜欢爬山。已通过英语六级。";
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
		JsonNode hits = body(
				get("/api/evidence/search?q=" + URLEncoder.encode("跨部门 流程设计", StandardCharsets.UTF_8) + "&limit=100"));
		assertThat(hits.findValuesAsString("candidateId")).contains("e1001").doesNotContain("e1002");
		JsonNode mine = body(get("/api/evidence/search?q=" + URLEncoder.encode("跨部门 流程设计", StandardCharsets.UTF_8)
				+ "&candidate=e1001"));
		assertThat(mine.size()).isEqualTo(1);
		assertThat(mine.get(0).get("snippets").get(0).asString()).contains("<em>");
		JsonNode byCompetency = body(get("/api/evidence/search?q=" + URLEncoder.encode("客户", StandardCharsets.UTF_8)
				+ "&model=cs-dept&competency=communication&candidate=e1001"));
		assertThat(byCompetency.size()).isEqualTo(1);
		assertThat(body(get("/api/evidence/search?q=" + URLEncoder.encode("客户", StandardCharsets.UTF_8)
				+ "&model=cs-dept&competency=loyalty-awareness&candidate=e1001"))
			.size()).isZero();
		assertThat(body(
				get("/api/evidence/search?q=" + URLEncoder.encode("流程", StandardCharsets.UTF_8) + "&candidate=e1002"))
			.size()).isZero();
		long id = body(created).get("id").asLong();
		assertThat(body(get("/api/evidence/documents/" + id)).get("source").asString()).isEqualTo("interview");
		JsonNode listed = body(get("/api/evidence/documents?candidate=e1001"));
		assertThat(listed.findValuesAsString("id")).containsExactly(String.valueOf(id));
		assertThat(listed.get(0).get("text").asString()).startsWith("她负责跨部门的流程设计");
		assertThat(body(get("/api/evidence/documents?candidate=nobody-here")).size()).isZero();
		assertThat(get("/api/evidence/documents").statusCode()).as("the candidate is required").isEqualTo(400);
		assertThat(post("/api/evidence/documents", """
				{"candidateId":"e1003","source":"gossip","text":"x"}""").statusCode()).isEqualTo(400);
		assertThat(get("/api/evidence/search?q=x&competency=communication").statusCode()).isEqualTo(400);
		assertThat(get("/api/evidence/documents/999999").statusCode()).isEqualTo(404);
	}

	@Test
	void anImportedFrameworkIsMatchableRightAway() throws Exception {
		String csv = new String(Files.readAllBytes(Path.of("data/examples/digital-skills-framework.csv")),
				StandardCharsets.UTF_8)
			.replace("digital-skills,", "digital-skills-e2e,");
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
		assertThat(overview.get("status").get("active").get("id").asString())
			.isEqualTo(e.get("ruleVersion").asString());
	}

	@Test
	void theCliReloadsTheRunningServicesRules() throws Exception {
		java.io.StringWriter out = new java.io.StringWriter();
		int code = com.talentmatch.cli.CliAccess.run(new String[] { "reload-rules", "--url", "http://localhost:" + port,
				"--token-file", tokenFile("analyst").toString() }, out);
		assertThat(code).as(out.toString()).isZero();
		assertThat(out.toString()).contains("\"lastAttemptAccepted\":true");
	}

	@Test
	void badEvaluationRequestsAreRefusedClearly() throws Exception {
		HttpResponse<String> badLevel = post("/api/rules/evaluate",
				MANAGER_AT_THRESHOLD.replace("\"level\":\"3\"", "\"level\":\"9\""));
		assertThat(badLevel.statusCode()).isEqualTo(400);
		assertThat(badLevel.body()).contains("level '9' is not in the scale of cs-dept/service-awareness");
		assertThat(post("/api/rules/evaluate", MANAGER_AT_THRESHOLD.replace("客户服务部经理", "宇航员")).statusCode())
			.isEqualTo(404);
		assertThat(post("/api/rules/evaluate", MANAGER_AT_THRESHOLD.replace("\"assessment\"", "\"horoscope\""))
			.statusCode()).isEqualTo(400);
	}

	@Test
	void whatIfShowsWhatAProposedRuleChangeWouldDo() throws Exception {
		String manager = Files.readString(Path.of("rules/customerservice/manager.dslr"))
			.replace("必须 cs-dept/service-awareness 不低于 3级", "必须 cs-dept/service-awareness 不低于 4级");
		String request = json.writeValueAsString(
				java.util.Map.of("role", "客户服务部经理", "files", java.util.Map.of("customerservice/manager.dslr", manager),
						"candidates", java.util.List.of(json.readTree(MANAGER_AT_THRESHOLD).get("candidate"))));
		HttpResponse<String> refused = post("/api/rules/what-if", request);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("rules/customerservice/manager.dslr").contains("has no level '4'");
		String proposal = json.writeValueAsString(java.util.Map.of("role", "客户服务部经理", "files",
				java.util.Map.of("customerservice/manager.dslr",
						manager.replace("不低于 4级", "不低于 3级").replace("要求 影响力 不低于 2级 权重 2", "必须 影响力 不低于 3级")),
				"candidates", java.util.List.of(json.readTree(MANAGER_AT_THRESHOLD).get("candidate"))));
		JsonNode result = body(post("/api/rules/what-if", proposal)).get(0);
		assertThat(result.get("changed").asBoolean()).isTrue();
		assertThat(result.get("active").get("eligible").asBoolean()).isTrue();
		assertThat(result.get("proposed").get("eligible").asBoolean()).isFalse();
	}

	@Test
	void theEvidenceStatusSaysWhetherTheSemanticViewTakesPartAndHowFarTaggingIs() throws Exception {
		HttpResponse<String> response = http.send(request("/api/evidence/status", "viewer").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode status = body(response);
		assertThat(status.get("semantic").asBoolean()).as("test contexts match lexically").isFalse();
		long end = System.currentTimeMillis() + 20_000;
		while (status.get("tagging").get("running").asBoolean() && System.currentTimeMillis() < end) {
			Thread.sleep(100);
			status = body(
					http.send(request("/api/evidence/status", "viewer").build(), HttpResponse.BodyHandlers.ofString()));
		}
		assertThat(status.get("tagging").get("running").asBoolean()).isFalse();
		assertThat(status.get("tagging").get("tagged").asInt()).as("every stored document is tagged")
			.isEqualTo(status.get("tagging").get("total").asInt());
		assertThat(http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/evidence/status")).build(),
					HttpResponse.BodyHandlers.ofString())
			.statusCode()).isEqualTo(401);
	}

	@Test
	void previewShowsWhoMovesOnTheLivePoolAndWhy() throws Exception {
		String manager = Files.readString(Path.of("rules/customerservice/manager.dslr"));
		String stricter = manager.replace("必须 cs-dept/service-awareness 不低于 3级", "必须 cs-dept/service-awareness 不低于 4级");
		HttpResponse<String> refused = post("/api/rules/preview", json.writeValueAsString(java.util.Map.of("role",
				"客户服务部经理", "files", java.util.Map.of("customerservice/manager.dslr", stricter))));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("rules/customerservice/manager.dslr").contains("has no level '4'");
		String mustInfluence = manager.replace("要求 影响力 不低于 2级 权重 2", "必须 影响力 不低于 3级");
		HttpResponse<String> response = post("/api/rules/preview", json.writeValueAsString(java.util.Map.of("role",
				"客户服务部经理", "files", java.util.Map.of("customerservice/manager.dslr", mustInfluence))));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode preview = body(response);
		assertThat(preview.get("role").asText()).isEqualTo("cs-dept-manager");
		assertThat(preview.get("total").asInt()).isGreaterThanOrEqualTo(300);
		assertThat(preview.get("moves").get("out").asInt()).as("people with 影响力 2 are no longer eligible").isPositive();
		JsonNode out = null;
		for (JsonNode c : preview.get("changes")) {
			if (c.get("move").asText().equals("out")) {
				out = c;
				break;
			}
		}
		assertThat(out).isNotNull();
		assertThat(out.get("eligibleBefore").asBoolean()).isTrue();
		assertThat(out.get("eligibleAfter").asBoolean()).isFalse();
		assertThat(out.get("rankAfter").asInt()).isGreaterThan(out.get("rankBefore").asInt());
		assertThat(out.get("why").toString()).contains("must-have").contains("rules/customerservice/manager.dslr:22");
		assertThat(post("/api/rules/preview", "{\"role\":\"客户服务部经理\",\"files\":{}}", "recruiter").statusCode())
			.as("recruiters do not change rules")
			.isEqualTo(403);
	}

	/** POST signed in as the demo user {@code user}. */
	HttpResponse<String> post(String path, String json, String user) throws IOException, InterruptedException {
		return postAs(path, json, user);
	}

	@Test
	void ranksTheDemoPoolWithRulesAndEvidenceAndAuditsTheRun() throws Exception {
		HttpResponse<String> response = post("/api/rankings", "{\"role\":\"客户服务部经理\",\"size\":50}", "recruiter");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode ranking = body(response);
		assertThat(ranking.get("total").asInt()).isGreaterThanOrEqualTo(300);
		JsonNode items = ranking.get("items");
		assertThat(items.size()).isEqualTo(50);
		boolean seenIneligible = false;
		double lastScore = Double.MAX_VALUE;
		for (JsonNode item : items) {
			boolean eligible = item.get("eligible").asBoolean();
			assertThat(eligible && seenIneligible).as("eligible people come first").isFalse();
			if (eligible == !seenIneligible && item.get("score").asDouble() > lastScore) {
				throw new AssertionError("scores must not rise within a group at rank " + item.get("rank"));
			}
			seenIneligible |= !eligible;
			lastScore = eligible == !seenIneligible ? item.get("score").asDouble() : lastScore;
		}
		JsonNode first = items.get(0);
		JsonNode outcome = first.get("outcomes").get(0);
		assertThat(outcome.get("requirement").get("rule").asString()).isNotBlank();
		assertThat(outcome.get("requirement").get("file").asString()).startsWith("rules/customerservice/");
		assertThat(outcome.get("reasonZh").asString()).isNotBlank();
		boolean anyEvidence = false;
		for (JsonNode item : items) {
			for (JsonNode sentences : item.get("evidence")) {
				anyEvidence = true;
				assertThat(sentences.get(0).get("highlighted").asString()).contains("<em>");
			}
		}
		assertThat(anyEvidence).as("evidence sentences behind evidence-sourced levels").isTrue();
		JsonNode audit = body(get("/api/audit/rankings?role=cs-dept-manager"));
		assertThat(audit.get(0).get("id").asLong()).isEqualTo(ranking.get("runId").asLong());
		assertThat(audit.get(0).get("ruleVersion").asString()).isEqualTo(ranking.get("ruleVersion").asString());
		assertThat(audit.get(0).get("createdBy").asString()).isEqualTo("recruiter");
		assertThat(audit.get(0).get("inputHash").asString()).hasSize(64);
		JsonNode internalOnly = body(
				post("/api/rankings", "{\"role\":\"cs-dept-manager\",\"type\":\"internal\",\"size\":5}", "recruiter"));
		for (JsonNode item : internalOnly.get("items")) {
			assertThat(item.get("type").asString()).isEqualTo("internal");
		}
		assertThat(post("/api/rankings", "{\"role\":\"cs-dept-manager\",\"size\":0}", "recruiter").statusCode())
			.isEqualTo(400);
		assertThat(post("/api/rankings", "{\"role\":\"宇航员\"}", "recruiter").statusCode()).isEqualTo(404);
	}

	@Test
	void decisionsAreMadeByPeopleWithReasons() throws Exception {
		String body = "{\"candidateId\":\"E0012\",\"role\":\"客户服务部经理\",\"decision\":\"shortlist\",\"reason\":\"面试表现突出\"}";
		assertThat(anonymous("POST", "/api/decisions").statusCode()).as("nobody signed in").isEqualTo(401);
		assertThat(post("/api/decisions", body, "viewer").statusCode()).as("a viewer decides nothing").isEqualTo(403);
		assertThat(post("/api/decisions", body.replace("面试表现突出", " "), "recruiter").statusCode()).as("no reason")
			.isEqualTo(400);
		assertThat(post("/api/decisions", body.replace("shortlist", "auto-reject"), "recruiter").statusCode())
			.isEqualTo(400);
		assertThat(post("/api/decisions", body.replace("E0012", "nobody"), "recruiter").statusCode()).isEqualTo(404);
		HttpResponse<String> created = post("/api/decisions", body, "recruiter");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode list = body(get("/api/decisions?candidate=E0012"));
		assertThat(list.get(0).get("decidedBy").asString()).isEqualTo("recruiter");
		assertThat(list.get(0).get("role").asString()).isEqualTo("cs-dept-manager");
		assertThat(list.get(0).get("roleName").asString()).isEqualTo("客户服务部经理");
		assertThat(list.get(0).get("candidateName").asString()).isNotBlank();
		String byName = "/api/decisions?candidate=E0012&role=" + URLEncoder.encode("客户服务部经理", StandardCharsets.UTF_8);
		assertThat(body(get(byName))).as("a role by its name finds what its id finds")
			.isEqualTo(body(get("/api/decisions?candidate=E0012&role=cs-dept-manager")))
			.isNotEmpty();
		assertThat(post("/api/rankings", "{\"role\":\"cs-dept-manager\",\"size\":1}", "recruiter").statusCode())
			.isEqualTo(200);
		JsonNode runs = body(get("/api/audit/rankings?role=" + URLEncoder.encode("客户服务部经理", StandardCharsets.UTF_8)));
		assertThat(runs).isNotEmpty();
		assertThat(runs.get(0).get("role").asString()).isEqualTo("cs-dept-manager");
		assertThat(runs.get(0).get("roleName").asString()).isEqualTo("客户服务部经理");
		assertThat(body(get("/api/decisions?role=nobody"))).isEmpty();
	}

	/**
	 * Every seed role's ranking of the demo pool: each item says what decided its place
	 * against both neighbours, and two people are ordered by id only when every fact the
	 * role looks at is the same.
	 */
	@Test
	void noTwoPeopleWithDifferentFactsTieInTheRankingOfASeedRole() throws Exception {
		for (JsonNode role : body(get("/api/rules")).get("roles")) {
			String key = role.get("role").asString();
			if (key.equals("客服通用")) {
				assertThat(post("/api/rankings", "{\"role\":\"客服通用\"}", "recruiter").statusCode())
					.as("a family is no role to rank for")
					.isEqualTo(404);
				continue;
			}
			List<JsonNode> items = new java.util.ArrayList<>();
			for (int page = 0; page < 2; page++) {
				JsonNode r = body(post("/api/rankings", "{\"role\":\"" + key + "\",\"size\":200,\"page\":" + page + "}",
						"recruiter"));
				r.get("items").forEach(items::add);
			}
			assertThat(items).hasSizeGreaterThanOrEqualTo(300);
			for (int i = 0; i + 1 < items.size(); i++) {
				JsonNode a = items.get(i);
				JsonNode b = items.get(i + 1);
				JsonNode above = a.get("placement").get(a.get("placement").size() - 1);
				JsonNode below = b.get("placement").get(0);
				assertThat(above.get("relation").asString()).isEqualTo("above");
				assertThat(above.get("candidateId").asString()).isEqualTo(b.get("candidateId").asString());
				assertThat(below.get("relation").asString()).isEqualTo("below");
				assertThat(below.get("criterion").asString()).isEqualTo(above.get("criterion").asString());
				assertThat(above.get("en").asString()).startsWith("above " + b.get("candidateId").asString() + ": ");
				assertThat(above.get("zh").asString()).startsWith("排在 " + b.get("candidateId").asString() + " 之前: ");
				if (above.get("criterion").asString().equals("id")) {
					assertThat(facts(b))
						.as(key + ": " + a.get("candidateId") + " and " + b.get("candidateId")
								+ " are ordered by id, so the role must see the same facts")
						.isEqualTo(facts(a));
				}
			}
		}
	}

	/**
	 * What a role looks at of one ranked person: every outcome, the evidence, ratings.
	 */
	private static String facts(JsonNode item) {
		StringBuilder sb = new StringBuilder();
		for (JsonNode o : item.get("outcomes")) {
			sb.append(o.get("requirement").get("target").asString())
				.append('=')
				.append(o.path("actual").asString(""))
				.append('@')
				.append(o.path("actualSource").asString(""))
				.append(o.path("waiver").asString(""))
				.append(';');
		}
		JsonNode st = item.get("standing");
		for (JsonNode o : item.get("outcomes")) {
			for (JsonNode sentence : item.get("evidence").path(o.get("requirement").get("target").asString())) {
				sb.append(sentence.get("score").asDouble()).append(',');
			}
		}
		return sb.append(st.path("performance").toString())
			.append(st.path("potential").toString())
			.append(st.path("recency").toString())
			.append(item.get("adjustments").toString())
			.toString();
	}

	@Test
	void theRankingWarmUpRanksAPracticePoolForEveryRoleAndRecordsNothing() throws Exception {
		com.talentmatch.ranking.RankingWarmUp warmUp = context.getBean(com.talentmatch.ranking.RankingWarmUp.class);
		// off in the tests' properties: nothing runs in the background, and waiting
		// returns
		assertThat(warmUp.await(java.time.Duration.ofSeconds(5))).isTrue();
		int roles = context.getBean(com.talentmatch.rules.RuleService.class).evaluator().rules().roles().size();
		long runs = context.getBean(com.talentmatch.ranking.RankingService.class).audit(null).size();
		com.talentmatch.ranking.RankingWarmUp.Result r = warmUp.warmUp(java.time.Duration.ofMinutes(1), 1);
		// one round, not cut short: the 2,000 people of the practice pool for each role
		assertThat(r.roles()).isEqualTo(roles).isGreaterThan(5);
		assertThat(r.evaluations()).isEqualTo(2_000 * roles);
		assertThat(context.getBean(com.talentmatch.ranking.RankingService.class).audit(null)).hasSize((int) runs);
		assertThat(body(get("/api/candidates/warm-up-0")).path("status").asInt()).isEqualTo(404);
	}

	@Test
	void oneRankedPersonComesWithTheirRankInThePool() throws Exception {
		JsonNode page = body(
				post("/api/rankings", "{\"role\":\"cs-dept-manager\",\"page\":1,\"size\":20}", "recruiter"));
		JsonNode third = page.get("items").get(2);
		JsonNode one = body(post("/api/rankings",
				"{\"role\":\"cs-dept-manager\",\"candidate\":\"" + third.get("candidateId").asString() + "\"}",
				"recruiter"));
		assertThat(one.get("items")).hasSize(1);
		assertThat(one.get("items").get(0).get("rank").asInt()).isEqualTo(third.get("rank").asInt()).isEqualTo(23);
		assertThat(one.get("items").get(0).get("outcomes")).isEqualTo(third.get("outcomes"));
		assertThat(one.get("total").asInt()).isEqualTo(page.get("total").asInt());
		HttpResponse<String> nobody = post("/api/rankings", "{\"role\":\"cs-dept-manager\",\"candidate\":\"X9999\"}",
				"recruiter");
		assertThat(nobody.statusCode()).isEqualTo(404);
		assertThat(nobody.body()).contains("X9999");
	}

	@Test
	void aCalibrationMoveChangesReadinessInSuccessionShownWithTheMove() throws Exception {
		String role = "/api/succession/" + URLEncoder.encode("客户服务部经理", StandardCharsets.UTF_8);
		JsonNode before = body(get(role)).get("slate");
		assertThat(before.get("ready-1-2y").findValuesAsString("candidateId")).as("performance 1: not ready now")
			.contains("E0143");
		assertThat(post("/api/nine-box/moves",
				"{\"candidateId\":\"E0143\",\"performance\":2,\"potential\":3,\"reason\":\"校准会议: 下半年绩效改善\"}",
				"reviewer")
			.statusCode()).isEqualTo(201);
		HttpResponse<String> again = post("/api/nine-box/moves",
				"{\"candidateId\":\"E0143\",\"performance\":2,\"potential\":3,\"reason\":\"同一格\"}", "reviewer");
		assertThat(again.statusCode()).as("a move to the box she is in changes nothing and is refused").isEqualTo(400);
		assertThat(again.body()).contains("already in box 2x3");
		JsonNode after = body(get(role)).get("slate");
		JsonNode e0143 = null;
		for (JsonNode s : after.get("ready-now")) {
			if (s.get("candidateId").asString().equals("E0143")) {
				e0143 = s;
			}
		}
		assertThat(e0143).as("the calibrated performance is what readiness uses").isNotNull();
		assertThat(e0143.get("performance").asInt()).isEqualTo(2);
		assertThat(e0143.get("calibration").get("reason").asString()).isEqualTo("校准会议: 下半年绩效改善");
		assertThat(e0143.get("calibration").get("fromPerformance").asInt()).isEqualTo(1);
		assertThat(e0143.get("calibration").get("movedBy").asString()).isEqualTo("reviewer");
		JsonNode ranked = body(post("/api/rankings", "{\"role\":\"客户服务部经理\",\"size\":30}", "recruiter"));
		for (JsonNode item : ranked.get("items")) {
			if (item.get("candidateId").asString().equals("E0143")) {
				assertThat(item.get("band").asString()).as("the ranking sees the move at once").isEqualTo("ready-now");
				assertThat(item.get("standing").get("performance").asInt()).isEqualTo(2);
			}
		}
		JsonNode grid = body(get("/api/nine-box"));
		for (JsonNode box : grid.get("boxes")) {
			if (box.get("performance").asInt() == 2 && box.get("potential").asInt() == 3) {
				assertThat(box.get("nameZh").asString()).isEqualTo("成长之星");
				assertThat(box.get("nameEn").asString()).isEqualTo("High potential");
				JsonNode p = null;
				for (JsonNode person : box.get("people")) {
					p = person.get("candidateId").asString().equals("E0143") ? person : p;
				}
				assertThat(p.get("ratedPerformance").asInt()).isEqualTo(1);
				assertThat(p.get("history").get(0).get("reason").asString()).isEqualTo("校准会议: 下半年绩效改善");
			}
		}
	}

	@Test
	void developmentPlansStartWhereThePersonIsOnTheirLadder() throws Exception {
		JsonNode supervisor = body(get("/api/candidates/E0001/development"));
		assertThat(supervisor.get("ladder").asString()).isEqualTo("客服");
		assertThat(supervisor.get("currentStep").asString()).isEqualTo("cs-relationship-supervisor");
		assertThat(supervisor.get("nextStep").asString()).isEqualTo("cs-dept-manager");
		assertThat(supervisor.get("nextStepName").asString()).isEqualTo("客户服务部经理");
		assertThat(supervisor.get("noteEn").asString()).contains("step 2").contains("客户服务部经理");
		JsonNode manager = body(get("/api/candidates/E0007/development"));
		assertThat(manager.get("atTop").asBoolean()).isTrue();
		assertThat(manager.has("nextStep")).isFalse();
		assertThat(manager.get("plan")).isEmpty();
		assertThat(manager.get("noteEn").asString()).startsWith("at the top of ladder 客服");
		JsonNode target = body(
				get("/api/candidates/E0007/development?target=" + URLEncoder.encode("售后服务主管", StandardCharsets.UTF_8)));
		assertThat(target.get("nextStep").asString()).isEqualTo("after-sales-service-supervisor");
		assertThat(get("/api/candidates/E0007/development?target=nobody").statusCode()).isEqualTo(404);
		List<String> benchRoles = body(get("/api/succession")).findValuesAsString("role");
		assertThat(benchRoles).contains("cs-dept-manager").doesNotContain("客服通用");
		assertThat(get("/api/succession/" + URLEncoder.encode("客服通用", StandardCharsets.UTF_8)).statusCode())
			.isEqualTo(404);
	}

	@Test
	void successionShowsReadinessBandsBenchAndTheCalibratedNineBox() throws Exception {
		JsonNode s = body(get("/api/succession/" + URLEncoder.encode("客户服务部经理", StandardCharsets.UTF_8)));
		assertThat(s.get("slate").propertyNames()).contains("ready-now", "ready-1-2y", "ready-3y", "not-ready");
		int total = 0;
		for (JsonNode n : s.get("bench")) {
			total += n.asInt();
		}
		assertThat(total).isGreaterThan(100);
		JsonNode readyNow = s.get("slate").get("ready-now");
		for (int i = 1; i < readyNow.size(); i++) {
			assertThat(readyNow.get(i).get("score").asDouble())
				.isLessThanOrEqualTo(readyNow.get(i - 1).get("score").asDouble());
		}
		JsonNode grid = body(get("/api/nine-box"));
		assertThat(grid.get("boxes").size()).isEqualTo(9);
		int people = 0;
		for (JsonNode box : grid.get("boxes")) {
			people += box.get("people").size();
		}
		assertThat(people).isGreaterThanOrEqualTo(150);
		String move = "{\"candidateId\":\"E0012\",\"performance\":3,\"potential\":1,\"reason\":\"校准会议:潜力评估偏高\"}";
		assertThat(post("/api/nine-box/moves", move, "recruiter").statusCode()).as("reviewers only").isEqualTo(403);
		assertThat(post("/api/nine-box/moves", move.replace("\"potential\":1", "\"potential\":4"), "reviewer")
			.statusCode()).isEqualTo(400);
		assertThat(post("/api/nine-box/moves", move.replace("E0012", "A0001"), "reviewer").statusCode()).as("external")
			.isEqualTo(400);
		assertThat(post("/api/nine-box/moves", move, "reviewer").statusCode()).isEqualTo(201);
		JsonNode after = body(get("/api/nine-box"));
		JsonNode box31 = null;
		for (JsonNode box : after.get("boxes")) {
			if (box.get("performance").asInt() == 3 && box.get("potential").asInt() == 1) {
				box31 = box;
			}
		}
		assertThat(box31.get("people").findValuesAsString("candidateId")).contains("E0012");
		assertThat(body(get("/api/nine-box/moves")).get(0).get("movedBy").asString()).isEqualTo("reviewer");
		assertThat(body(get("/api/succession")).size()).isGreaterThanOrEqualTo(10);
	}

	@Test
	void aCandidateFileWithOneBadRowIsRefusedWholeAndAGoodOneImportsAndRanks() throws Exception {
		String header = "id,name,type,department,current_role,performance,potential,grades,experience,levels,evidence\n";
		String good = header
				+ "X0001,测试一,external,,,,,CET-6|bachelor,在岗:2,cs-dept/service-awareness=3@assessment|cs-dept/customer-service-knowledge=3@assessment|cs-roles/influence=3@manager@2026-05-01|gzmcc-core/customer-orientation=3@assessment|gzmcc-core/communication-understanding=3@assessment|gzmcc-core/teamwork=3@assessment,她主动回访投诉客户并改进了服务流程。\n"
				+ "X0002,测试二,internal,客服二组,cs-relationship-specialist,2,3,CET-4,在岗:3|海外:1,cs-dept/communication=2@manager,\n";
		String bad = good.replace("cs-roles/influence=3@manager", "cs-roles/influence=7@manager");
		int before = body(get("/api/candidates")).size();
		HttpResponse<String> refused = upload("/api/candidates/import", "pool.csv",
				bad.getBytes(StandardCharsets.UTF_8));
		assertThat(refused.statusCode()).isEqualTo(400);
		JsonNode problem = body(refused).get("problems").get(0);
		assertThat(problem.get("line").asInt()).isEqualTo(2);
		assertThat(problem.get("field").asString()).isEqualTo("levels");
		assertThat(problem.get("message").asString()).contains("level '7' of cs-roles/influence");
		assertThat(body(get("/api/candidates")).size()).as("nothing stored").isEqualTo(before);
		HttpResponse<String> imported = upload("/api/candidates/import", "pool.csv",
				good.getBytes(StandardCharsets.UTF_8));
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		assertThat(body(imported).get("created").asInt()).isEqualTo(2);
		assertThat(body(get("/api/candidates/X0002")).get("department").asString()).isEqualTo("客服二组");
		assertThat(body(get("/api/candidates/X0001")).get("levels").toString()).contains("2026-05-01");
		JsonNode ranking = body(post("/api/rankings",
				"{\"role\":\"cs-dept-manager\",\"type\":\"external\",\"size\":200}", "recruiter"));
		assertThat(ranking.get("items").findValuesAsString("candidateId")).contains("X0001");
		HttpResponse<String> export = get("/api/candidates/export?format=csv");
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.body()).contains("X0001,测试一,external")
			.contains("ID,Name,Type,Department,Current role,Performance,Potential,Grades,Experience,Levels,Evidence");
		assertThat(get("/api/candidates/export?format=pdf").statusCode()).isEqualTo(400);
		assertThat(get("/api/candidates/nobody").statusCode()).isEqualTo(404);
	}

	@Test
	void developmentViewGivesBestFitRolesAndTheNextLadderStepWithIndicators() throws Exception {
		JsonNode d = body(get("/api/candidates/E0022/development"));
		assertThat(d.get("bestFits").size()).isEqualTo(5);
		assertThat(d.get("currentStep").asString()).isIn("ladder-foundation", "ladder-supervisor", "ladder-backbone");
		assertThat(d.get("nextStep").asString()).startsWith("ladder-").isNotEqualTo(d.get("currentStep").asString());
		assertThat(d.get("nextStepEvaluation").get("role").asString()).isEqualTo(d.get("nextStep").asString());
		int unmet = 0;
		for (JsonNode o : d.get("nextStepEvaluation").get("outcomes")) {
			unmet += o.get("met").asBoolean() ? 0 : 1;
		}
		assertThat(d.get("plan").size()).as("one plan item per unmet requirement").isEqualTo(unmet);
		for (JsonNode item : d.get("plan")) {
			assertThat(item.get("rule").asString()).isNotBlank();
			assertThat(item.get("competency").asString()).startsWith("employee-ladder/");
			assertThat(item.get("indicators").size()).isPositive();
		}
		assertThat(get("/api/candidates/nobody/development").statusCode()).isEqualTo(404);
	}

	@Test
	void aRankingDownloadsAsCsv() throws Exception {
		HttpResponse<String> csv = post("/api/rankings/export?format=csv",
				"{\"role\":\"cs-dept-manager\",\"type\":\"internal\"}", "recruiter");
		assertThat(csv.statusCode()).isEqualTo(200);
		String[] lines = csv.body().split("\r?\n");
		assertThat(lines[0]).contains("Rank,Candidate ID,Name,Internal/external,Department,Current role,Eligible");
		assertThat(lines[1]).startsWith("1,");
		assertThat(lines.length).isGreaterThan(150);
	}

	/**
	 * An admin who may export, named {@code name} (password {@code <name>-password}),
	 * made once.
	 */
	void admin(String name) throws IOException, InterruptedException {
		int status = postAs("/api/users", "{\"username\":\"" + name + "\",\"password\":\"" + name
				+ "-password\",\"roles\":[\"admin\"],\"mayExport\":true}", "admin")
			.statusCode();
		assertThat(status).isIn(201, 409);
	}

	HttpResponse<String> send(String method, String path, String body, String user)
			throws IOException, InterruptedException {
		return http.send(request(path, user).header("Content-Type", "application/json")
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody()
							: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void theAuditLogRecordsStartRankingsDecisionsExportsAndImportsAndVerifiesIntact() throws Exception {
		admin("auditor-1");
		JsonNode ranking = body(post("/api/rankings", "{\"role\":\"cs-dept-manager\",\"size\":5}", "auditor-1"));
		JsonNode ranked = body(get("/api/audit/events?action=ranking&actor=auditor-1")).get("events").get(0);
		assertThat(ranked.get("subject").asString()).isEqualTo("role/cs-dept-manager");
		assertThat(ranked.get("details").get("rankingRun").asLong()).isEqualTo(ranking.get("runId").asLong());
		assertThat(ranked.get("details").get("inputHash").asString()).isEqualTo(ranking.get("inputHash").asString());
		assertThat(ranked.get("ruleVersion").asString()).isEqualTo(ranking.get("ruleVersion").asString());
		HttpResponse<String> decided = post("/api/decisions",
				"{\"candidateId\":\"E0013\",\"role\":\"cs-dept-manager\","
						+ "\"decision\":\"hold\",\"reason\":\"待下季度复核\",\"rankingRun\":" + ranking.get("runId") + "}",
				"auditor-1");
		HttpResponse<String> decisions = get("/api/audit/events?action=decision&subject=candidate/E0013");
		JsonNode decision = body(decisions).get("events").get(0);
		assertThat(decision.get("actor").asString()).isEqualTo("auditor-1");
		assertThat(decision.get("details").get("decision").asLong()).isEqualTo(body(decided).get("id").asLong());
		assertThat(decision.get("details").get("kind").asString()).isEqualTo("hold");
		assertThat(decisions.body()).as("no reason in the log").doesNotContain("待下季度复核");
		assertThat(post("/api/rankings/export?format=csv", "{\"role\":\"cs-dept-manager\"}", "auditor-1").statusCode())
			.isEqualTo(200);
		assertThat(send("GET", "/api/candidates/export?format=xlsx", null, "auditor-1").statusCode()).isEqualTo(200);
		JsonNode exports = body(get("/api/audit/events?action=export&actor=auditor-1")).get("events");
		assertThat(exports.findValuesAsString("subject")).containsExactly("candidates", "role/cs-dept-manager");
		assertThat(exports.get(0).get("details").get("format").asString()).isEqualTo("xlsx");
		byte[] model = Files.readString(Path.of("data/examples/digital-skills-framework.csv"))
			.replace("digital-skills,", "digital-skills-audit,")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(upload("/api/models/import", "dsa.csv", model).statusCode()).isEqualTo(201);
		JsonNode imported = body(get("/api/audit/events?action=import&subject=model/digital-skills-audit"));
		assertThat(imported.get("events").get(0).get("details").get("contentHash").asString())
			.isEqualTo(com.talentmatch.catalogue.Hashes.sha256(model));
		JsonNode demo = body(get("/api/audit/events?action=import&subject=candidates&actor=demo")).get("events");
		assertThat(demo.get(0).get("details").get("rows").asInt()).isEqualTo(300);
		assertThat(body(get("/api/audit/events?action=rule-change&actor=start-up")).get("total").asInt()).isOne();
		assertThat(get("/api/audit/events?size=501").statusCode()).isEqualTo(400);
		assertThat(body(get("/api/audit/events?from=yesterday")).get("problems").get(0).get("field").asString())
			.isEqualTo("from");
		assertThat(body(get("/api/audit/events?to=2000-01-01")).get("total").asInt()).isZero();
		long total = body(get("/api/audit/events?size=1")).get("total").asLong();
		JsonNode verified = body(get("/api/audit/verify"));
		assertThat(verified.get("intact").asBoolean()).isTrue();
		assertThat(verified.get("entries").asLong()).isEqualTo(total);
		java.io.StringWriter out = new java.io.StringWriter();
		assertThat(com.talentmatch.cli.CliAccess.run(new String[] { "audit-verify", "--store-dir", STORE.toString() },
				out))
			.as(out.toString())
			.isZero();
		assertThat(out.toString()).startsWith("Audit log intact, ");
	}

	@Test
	void erasingAPersonRemovesTheirDocumentsIndexEntriesDecisionsAndMovesAndLeavesATombstone() throws Exception {
		admin("dpo-1");
		assertThat(send("PUT", "/api/candidates/Z0001", """
				{"name":"赵某某","type":"internal","performance":2,"potential":2,"grades":[],"experience":{},
				 "levels":[]}""", "reviewer").statusCode()).isEqualTo(200);
		long doc = body(post("/api/evidence/documents", """
				{"candidateId":"Z0001","source":"interview","text":"赵某某在紫藤仓储项目中主导了盘点流程改造。"}""", "reviewer")).get("id")
			.asLong();
		String search = "/api/evidence/search?q=" + URLEncoder.encode("紫藤 仓储 盘点", StandardCharsets.UTF_8);
		assertThat(body(get(search)).findValuesAsString("candidateId")).containsExactly("Z0001");
		assertThat(
				post("/api/decisions",
						"{\"candidateId\":\"Z0001\",\"role\":\"cs-dept-manager\","
								+ "\"decision\":\"reject\",\"reason\":\"赵某某经验不足\"}",
						"recruiter")
					.statusCode())
			.isEqualTo(201);
		assertThat(post("/api/nine-box/moves",
				"{\"candidateId\":\"Z0001\",\"performance\":1,\"potential\":3,\"reason\":\"赵某某潜力高\"}", "reviewer")
			.statusCode()).isEqualTo(201);

		assertThat(send("DELETE", "/api/candidates/Z0001", null, "dpo-1").statusCode()).isEqualTo(204);
		assertThat(body(get(search)).size()).as("the index forgot the text").isZero();
		assertThat(get("/api/evidence/documents/" + doc).statusCode()).isEqualTo(404);
		assertThat(get("/api/candidates/Z0001").statusCode()).isEqualTo(404);
		assertThat(body(get("/api/decisions?candidate=Z0001")).size()).isZero();
		assertThat(get("/api/nine-box/moves").body()).doesNotContain("Z0001");
		HttpResponse<String> trail = get("/api/audit/events?subject=candidate/Z0001");
		JsonNode tombstone = body(trail).get("events").get(0);
		assertThat(tombstone.get("action").asString()).isEqualTo("erasure");
		assertThat(tombstone.get("actor").asString()).isEqualTo("dpo-1");
		assertThat(tombstone.get("details").toString())
			.isEqualTo("{\"candidate\":1,\"decisions\":1,\"evidenceDocuments\":1,\"nineBoxMoves\":1}");
		assertThat(body(trail).findValuesAsString("action")).containsExactly("erasure", "nine-box-move", "decision");
		assertThat(trail.body()).doesNotContain("赵某某").doesNotContain("紫藤");
		assertThat(send("DELETE", "/api/candidates/Z0001", null, "dpo-1").statusCode()).isEqualTo(404);
		assertThat(body(get("/api/audit/verify")).get("intact").asBoolean()).isTrue();
	}

	@Test
	void whatIfRefusesAProposedRuleThatWritesAFileOrRunsAwayAndKeepsServing() throws Exception {
		Path target = STORE.resolve("written-by-what-if").toAbsolutePath();
		String writing = "package customerservice\nimport com.talentmatch.rules.facts.*\n\nrule \"写文件\"\nwhen\nthen\n"
				+ "    java.nio.file.Files.writeString(java.nio.file.Path.of(\""
				+ target.toString().replace("\\", "\\\\") + "\"), \"x\");\nend\n";
		String runaway = "package common\nimport com.talentmatch.rules.facts.*\n\nrule \"一直重算\"\nwhen\n"
				+ "    $a : Assessment( candidateId != null )\nthen\n    update($a);\nend\n";
		JsonNode candidate = json.readTree(MANAGER_AT_THRESHOLD).get("candidate");
		HttpResponse<String> refused = post("/api/rules/what-if",
				json.writeValueAsString(java.util.Map.of("role", "客户服务部经理", "files",
						java.util.Map.of("customerservice/write.drl", writing), "candidates",
						java.util.List.of(candidate))));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
		JsonNode problem = body(refused).get("problems").get(0);
		assertThat(problem.get("file").asString()).isEqualTo("rules/customerservice/write.drl");
		assertThat(problem.get("line").asInt()).isEqualTo(7);
		assertThat(problem.get("message").asString()).contains("java.nio.file.Files.writeString(")
			.contains("rules may not read or write files");
		assertThat(target).doesNotExist();
		HttpResponse<String> halted = post("/api/rules/what-if",
				json.writeValueAsString(java.util.Map.of("role", "客户服务部经理", "files",
						java.util.Map.of("common/loop.drl", runaway), "candidates", java.util.List.of(candidate))));
		assertThat(halted.statusCode()).isEqualTo(400);
		assertThat(body(halted).get("problems").get(0).get("message").asString()).contains("the rules were halted")
			.contains("the firing limit")
			.contains("rule \"一直重算\"");
		assertThat(post("/api/rules/evaluate", MANAGER_AT_THRESHOLD).statusCode()).isEqualTo(200);
	}

	@Test
	void selfIdentificationStaysApartAndTheAdverseImpactReportCountsTheRankingsSelections() throws Exception {
		java.util.List<String> ids = body(get("/api/candidates")).findValuesAsString("id");
		java.util.Map<String, String> gender = new java.util.HashMap<>();
		StringBuilder forms = new StringBuilder("candidate_id,gender,age_band\n");
		for (int i = 0; i < ids.size(); i++) {
			if (i % 9 != 8) {
				gender.put(ids.get(i), i % 10 == 9 ? "declined" : i % 2 == 0 ? "f" : "m");
				forms.append(ids.get(i)).append(',').append(gender.get(ids.get(i))).append(",30-39\n");
			}
		}
		HttpResponse<String> refused = upload("/api/fairness/self-identification/import", "forms.csv",
				(forms + "nobody,f,\n").getBytes(StandardCharsets.UTF_8));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(body(refused).get("problems").get(0).get("message").asString())
			.isEqualTo("no candidate with id 'nobody' in the store; import the candidate first");
		assertThat(body(get("/api/fairness/self-identification")).size()).as("nothing stored").isZero();
		HttpResponse<String> imported = upload("/api/fairness/self-identification/import", "forms.csv",
				forms.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		assertThat(body(imported).get("created").asInt()).isEqualTo(gender.size());
		assertThat(get("/api/candidates/" + ids.get(0)).body()).doesNotContain("\"f\"").doesNotContain("gender");
		assertThat(get("/api/candidates/export?format=csv").body().lines().findFirst().orElseThrow())
			.doesNotContain("gender");

		java.util.Map<String, int[]> expected = new java.util.TreeMap<>();
		java.util.Map<String, int[]> expectedTop = new java.util.TreeMap<>();
		for (int page = 0;; page++) {
			JsonNode items = body(
					post("/api/rankings", "{\"role\":\"cs-dept-manager\",\"size\":200,\"page\":" + page + "}", "admin"))
				.get("items");
			for (JsonNode item : items) {
				String group = gender.getOrDefault(item.get("candidateId").asString(), "not provided");
				boolean eligible = item.get("eligible").asBoolean();
				int[] all = expected.computeIfAbsent(group, g -> new int[2]);
				int[] top = expectedTop.computeIfAbsent(group, g -> new int[2]);
				all[0]++;
				top[0]++;
				all[1] += eligible ? 1 : 0;
				top[1] += eligible && item.get("rank").asInt() <= 50 ? 1 : 0;
			}
			if (items.size() < 200) {
				break;
			}
		}
		for (String query : new String[] { "", "&top=50" }) {
			HttpResponse<String> response = get(
					"/api/fairness/impact?role=" + URLEncoder.encode("客户服务部经理", StandardCharsets.UTF_8) + query);
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			JsonNode report = body(response);
			assertThat(report.get("people").asInt()).isEqualTo(ids.size());
			java.util.Map<String, int[]> actual = new java.util.TreeMap<>();
			for (JsonNode g : report.get("dimensions").get(0).get("groups")) {
				actual.put(g.get("group").asString(), new int[] { g.get("people").asInt(), g.get("selected").asInt() });
			}
			assertThat(actual).as(query).usingRecursiveComparison().isEqualTo(query.isEmpty() ? expected : expectedTop);
			assertThat(report.get("dimensions").get(1).get("groups").get(0).get("group").asString()).isEqualTo("30-39");
		}
		HttpResponse<String> xlsx = get("/api/fairness/impact/export?role=cs-dept-manager&top=50");
		assertThat(xlsx.statusCode()).isEqualTo(200);
		assertThat(get("/api/fairness/impact?role=cs-dept-manager&basis=decisions&top=5").statusCode()).isEqualTo(400);
		assertThat(get("/api/fairness/impact?role=宇航员").statusCode()).isEqualTo(404);

		assertThat(post("/api/candidates", "{\"id\":\"FZ001\",\"name\":\"测试\",\"type\":\"external\"}").statusCode())
			.isEqualTo(201);
		upload("/api/fairness/self-identification/import", "one.csv",
				"candidate_id,gender\nFZ001,f\n".getBytes(StandardCharsets.UTF_8));
		assertThat(body(get("/api/fairness/self-identification/FZ001")).get("answers").get("gender").asString())
			.isEqualTo("f");
		assertThat(http
			.send(request("/api/candidates/FZ001", "admin").DELETE().build(), HttpResponse.BodyHandlers.ofString())
			.statusCode()).isEqualTo(204);
		assertThat(get("/api/fairness/self-identification/FZ001").statusCode()).as("deleted with the candidate")
			.isEqualTo(404);
	}

	@Test
	void protectedAttributesAreRefusedAtImportAndRedactedFromEvidenceBeforeMatchingAndSearch() throws Exception {
		int before = body(get("/api/candidates")).size();
		HttpResponse<String> refused = upload("/api/candidates/import", "pool.csv",
				"id,name,type,性别\nX0901,测试,external,女\n".getBytes(StandardCharsets.UTF_8));
		assertThat(refused.statusCode()).isEqualTo(400);
		JsonNode problem = body(refused).get("problems").get(0);
		assertThat(problem.get("field").asString()).isEqualTo("性别");
		assertThat(problem.get("message").asString()).isEqualTo("'性别' is a protected attribute (gender): never used "
				+ "for matching; voluntary self-identification goes to /api/fairness/self-identification");
		assertThat(body(get("/api/candidates")).size()).isEqualTo(before);

		JsonNode match = body(
				post("/api/evidence/match", matchRequest("cs-dept", "她今年32岁，已婚。她能预见到不同客户的关注点,针对不同对象采取相应的沟通策略。")));
		JsonNode first = match.get("sentences").get(0);
		assertThat(first.get("sentence").get("text").asString()).isEqualTo("她今年[*]，[*]。");
		assertThat(first.get("redactions").toString()).isEqualTo("[{\"term\":\"N岁\",\"category\":\"age\","
				+ "\"start\":3,\"end\":6},{\"term\":\"已婚\",\"category\":\"marital\",\"start\":7,\"end\":9}]");
		assertThat(match.get("sentences").get(1).get("competency").asString()).isEqualTo("communication");

		HttpResponse<String> created = post("/api/evidence/documents", """
				{"candidateId":"e2001","source":"interview","text":"他已婚,育有一子,负责跨部门的流程设计。"}""");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode hits = body(get(
				"/api/evidence/search?q=" + URLEncoder.encode("流程设计", StandardCharsets.UTF_8) + "&candidate=e2001"));
		assertThat(hits.get(0).get("snippets").get(0).asString()).isEqualTo("他[*],[*],负责跨部门的<em>流程设计</em>。");
		assertThat(body(get(
				"/api/evidence/search?q=" + URLEncoder.encode("已婚 育有", StandardCharsets.UTF_8) + "&candidate=e2001"))
			.size()).as("protected words are not searchable").isZero();
	}

}
