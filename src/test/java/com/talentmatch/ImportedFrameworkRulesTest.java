package com.talentmatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
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
import java.util.List;
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
 * The analyst's path of docs/importing.md on a running service, without a restart: import
 * a framework with its roles through the API, add a role through the API, drop its
 * requirement grid (a decision table) and a sentence file into the rules folder, and
 * evaluate; then edit one cell and see it live.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "talent-match.demo=true", "talent-match.demo-pool=false" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportedFrameworkRulesTest {

	static final Path EXAMPLE = Path.of("data/examples/service-delivery");

	static final Path STORE = Path.of("target", "test-store", UUID.randomUUID().toString());

	static final Path RULES = Path.of("target", "test-rules", UUID.randomUUID().toString());

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

	HttpResponse<String> send(String method, String path, String user, String contentType, byte[] body)
			throws IOException, InterruptedException {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", TalentMatchApplicationTest.basic(user));
		if (contentType != null) {
			b.header("Content-Type", contentType);
		}
		b.method(method,
				body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
		return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> json(String method, String path, String body) throws IOException, InterruptedException {
		return send(method, path, "analyst", "application/json", body.getBytes(StandardCharsets.UTF_8));
	}

	JsonNode body(HttpResponse<String> r) {
		return json.readTree(r.body());
	}

	/** A multipart upload of the framework file and, when given, its roles file. */
	HttpResponse<String> importFramework(String path, byte[] framework, byte[] roles)
			throws IOException, InterruptedException {
		return importFramework(path, "framework.csv", framework, roles);
	}

	HttpResponse<String> importFramework(String path, String fileName, byte[] framework, byte[] roles)
			throws IOException, InterruptedException {
		String boundary = "----tm" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		part(body, boundary, "file", fileName, framework);
		if (roles != null) {
			part(body, boundary, "roles", "roles.csv", roles);
		}
		body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send("POST", path, "analyst", "multipart/form-data; boundary=" + boundary, body.toByteArray());
	}

	static void part(ByteArrayOutputStream body, String boundary, String name, String file, byte[] content)
			throws IOException {
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + file
				+ "\"\r\nContent-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write("\r\n".getBytes(StandardCharsets.UTF_8));
	}

	static byte[] example(String file) throws IOException {
		return Files.readAllBytes(EXAMPLE.resolve(file));
	}

	JsonNode rulesStatus() throws IOException, InterruptedException {
		return body(send("GET", "/api/rules", "viewer", null, null)).get("status");
	}

	/** Waits until the watcher accepted a rule set other than {@code before}. */
	String awaitNewVersion(String before) {
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
			JsonNode s = rulesStatus();
			return s.get("lastAttemptAccepted").asBoolean() && !s.get("active").get("id").asString().equals(before);
		});
		try {
			return rulesStatus().get("active").get("id").asString();
		}
		catch (IOException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	static final String DESK_2_AT_THRESHOLD = """
			{"role":"sd-service-desk-2","candidate":{"id":"c-1","levels":[
			 {"competency":"service-delivery/incident-management","level":"Practitioner"},
			 {"competency":"service-delivery/customer-communication","level":"Practitioner"},
			 {"competency":"service-delivery/knowledge-management","level":"Foundation"},
			 {"competency":"service-delivery/problem-management","level":"Foundation"},
			 {"competency":"service-delivery/service-level-management","level":"Foundation"},
			 {"competency":"service-delivery/teamwork","level":"Foundation"}]}}""";

	@Test
	@Order(1)
	void aFrameworkWithABadRolesRowIsRefusedWholeWithFileRowAndColumn() throws Exception {
		String roles = new String(example("roles.csv"), StandardCharsets.UTF_8).replace("|teamwork,", "|team-work,");
		HttpResponse<String> r = importFramework("/api/models/import", example("framework.csv"),
				roles.getBytes(StandardCharsets.UTF_8));
		assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
		JsonNode first = body(r).get("problems").get(0);
		assertThat(first.get("file").asString()).isEqualTo("roles.csv");
		assertThat(first.get("line").asInt()).isEqualTo(2);
		assertThat(first.get("field").asString()).isEqualTo("competencies");
		assertThat(first.get("message").asString()).isEqualTo("model 'service-delivery' has no competency "
				+ "'team-work' (write <model>/<competency> for another model's)");
		assertThat(send("GET", "/api/models/service-delivery", "viewer", null, null).statusCode())
			.as("nothing was stored")
			.isEqualTo(404);
	}

	@Test
	@Order(2)
	void importsTheFrameworkWithItsTwentyRoleLevels() throws Exception {
		HttpResponse<String> r = importFramework("/api/models/import", example("framework.csv"), example("roles.csv"));
		assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
		assertThat(body(r).get("roles").asInt()).isEqualTo(20);
		assertThat(body(r).get("competencies").asInt()).isEqualTo(30);
		JsonNode role = body(
				send("GET", "/api/models/service-delivery/roles/sd-project-manager-4", "viewer", null, null));
		assertThat(role.get("family").asString()).isEqualTo("Project management");
		assertThat(role.get("competencies").get(0).asString()).isEqualTo("service-delivery/project-planning");
	}

	@Test
	@Order(3)
	void theApiAddsARoleRefusesATakenIdAndNamesWrongFields() throws Exception {
		String lead = """
				{"id":"sd-service-desk-lead","name":{"en":"Service desk team lead"},"family":"Service desk",
				 "competencies":["incident-management","team-leadership","cs-dept/communication"]}""";
		HttpResponse<String> created = json("POST", "/api/models/service-delivery/roles", lead);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(created.headers().firstValue("Location"))
			.hasValue("/api/models/service-delivery/roles/sd-service-desk-lead");
		assertThat(body(created).get("competencies").get(0).asString())
			.isEqualTo("service-delivery/incident-management");
		assertThat(json("POST", "/api/models/service-delivery/roles", lead).statusCode()).isEqualTo(409);
		assertThat(json("POST", "/api/models/service-delivery/roles",
				lead.replace("sd-service-desk-lead", "cs-dept-manager"))
			.statusCode()).as("a seed role's id").isEqualTo(409);
		assertThat(json("POST", "/api/models/cs-dept/roles", lead.replace("sd-service-desk-lead", "x")).statusCode())
			.as("a model from data/")
			.isEqualTo(409);
		HttpResponse<String> bad = json("POST", "/api/models/service-delivery/roles",
				"{\"id\":\"x-1\",\"nmae\":{\"en\":\"X\"},\"competencies\":[\"nothing\", 3]}");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(body(bad).get("problems").valueStream().map(p -> p.get("field").asString())).containsExactly("nmae",
				"competencies[1]");
		HttpResponse<String> unknown = json("POST", "/api/models/service-delivery/roles",
				"{\"id\":\"x-1\",\"name\":{\"en\":\"X\"},\"competencies\":[\"nothing\"]}");
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(body(unknown).get("problems").get(0).get("field").asString()).isEqualTo("competencies");
		assertThat(json("POST", "/api/models/no-such-model/roles", lead).statusCode()).isEqualTo(404);
		assertThat(send("POST", "/api/models/service-delivery/roles", "viewer", "application/json",
				lead.getBytes(StandardCharsets.UTF_8))
			.statusCode()).isEqualTo(403);
		HttpResponse<String> replaced = json("PUT", "/api/models/service-delivery/roles/sd-service-desk-lead",
				lead.replace("Service desk team lead", "Service desk lead"));
		assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
		assertThat(body(replaced).get("name").get("en").asString()).isEqualTo("Service desk lead");
	}

	@Test
	@Order(4)
	void rulesForImportedRolesAndCompetenciesGoLiveWithoutRestartAndAnEditedCellToo() throws Exception {
		String before = rulesStatus().get("active").get("id").asString();
		Path folder = Files.createDirectories(RULES.resolve("servicedelivery"));
		Files.write(folder.resolve("requirements.drl.csv"), example("requirements.drl.csv"));
		Files.write(folder.resolve("requirements.scenarios.yaml"), example("requirements.scenarios.yaml"));
		Files.writeString(folder.resolve("lead.dslr"), """
				package servicedelivery
				import com.talentmatch.rules.facts.*
				expander vocabulary.dsl

				rule "sd-service-desk-lead incident-management"
				when
				then
				    role sd-service-desk-lead must have service-delivery/incident-management at least level Expert
				end
				""");
		String loaded = awaitNewVersion(before);
		HttpResponse<String> r = json("POST", "/api/rules/evaluate", DESK_2_AT_THRESHOLD);
		assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
		JsonNode e = body(r);
		assertThat(e.get("eligible").asBoolean()).isTrue();
		assertThat(e.get("band").asString()).isEqualTo("ready-now");
		assertThat(e.get("outcomes")).hasSize(6);
		assertThat(e.get("outcomes").get(0).get("requirement").get("file").asString())
			.isEqualTo("rules/servicedelivery/requirements.drl.csv");
		JsonNode lead = body(json("POST", "/api/rules/evaluate",
				DESK_2_AT_THRESHOLD.replace("sd-service-desk-2", "sd-service-desk-lead")));
		assertThat(lead.get("eligible").asBoolean()).isFalse();
		assertThat(lead.get("outcomes").get(0).get("gap").asDouble()).isEqualTo(2.0);

		Path grid = folder.resolve("requirements.drl.csv");
		Files.writeString(grid,
				Files.readString(grid)
					.replace("sd-service-desk-2,service-delivery/incident-management,Practitioner",
							"sd-service-desk-2,service-delivery/incident-management,Senior")
					.replace("        service-delivery/incident-management: Practitioner\n",
							"        service-delivery/incident-management: Senior\n"));
		Path scenarios = folder.resolve("requirements.scenarios.yaml");
		Files.writeString(scenarios,
				Files.readString(scenarios)
					.replace("        service-delivery/incident-management: Practitioner\n",
							"        service-delivery/incident-management: Senior\n")
					.replace("        service-delivery/incident-management: Foundation\n",
							"        service-delivery/incident-management: Practitioner\n"));
		awaitNewVersion(loaded);
		JsonNode after = body(json("POST", "/api/rules/evaluate", DESK_2_AT_THRESHOLD));
		assertThat(after.get("eligible").asBoolean()).as("Practitioner is now one level short").isFalse();
		assertThat(after.get("outcomes").get(0).get("gap").asDouble()).isEqualTo(1.0);
	}

	/** A workbook: the framework on its first sheet, and a sheet named roles. */
	static byte[] workbook(String modelId, String[][] roles) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
			var framework = wb.createSheet("framework");
			List<List<String>> rows = new ArrayList<>();
			try (var parser = org.apache.commons.csv.CSVParser
				.parse(new String(example("framework.csv"), StandardCharsets.UTF_8).replace("service-delivery,",
						modelId + ","), org.apache.commons.csv.CSVFormat.DEFAULT)) {
				parser.forEach(r -> rows.add(r.toList()));
			}
			for (int i = 0; i < rows.size(); i++) {
				var row = framework.createRow(i);
				for (int c = 0; c < rows.get(i).size(); c++) {
					row.createCell(c).setCellValue(rows.get(i).get(c));
				}
			}
			var sheet = wb.createSheet("roles");
			for (int i = 0; i < roles.length; i++) {
				var row = sheet.createRow(i);
				for (int c = 0; c < roles[i].length; c++) {
					row.createCell(c).setCellValue(roles[i][c]);
				}
			}
			wb.write(out);
		}
		return out.toByteArray();
	}

	@Test
	@Order(5)
	void aWorkbooksRolesSheetIsImportedWithItAndItsProblemsNameTheSheet() throws Exception {
		String[] header = { "role_id", "role_name_en", "role_family", "competencies" };
		HttpResponse<String> bad = importFramework("/api/models/import", "book.xlsx",
				workbook("sd-book", new String[][] { header, { "sdb-1", "Book role", "Book", "testing|nothing" } }),
				null);
		assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
		JsonNode problem = body(bad).get("problems").get(0);
		assertThat(problem.get("file").asString()).isEqualTo("book.xlsx[roles]");
		assertThat(problem.get("line").asInt()).isEqualTo(2);
		assertThat(problem.get("field").asString()).isEqualTo("competencies");
		HttpResponse<String> good = importFramework("/api/models/import", "book.xlsx",
				workbook("sd-book",
						new String[][] { header, { "sdb-1", "Book role", "Book", "testing|cs-dept/communication" } }),
				null);
		assertThat(good.statusCode()).as(good.body()).isEqualTo(201);
		assertThat(body(good).get("roles").asInt()).isEqualTo(1);
		JsonNode role = body(send("GET", "/api/models/sd-book/roles/sdb-1", "viewer", null, null));
		assertThat(role.get("competencies").valueStream().map(JsonNode::asString)).containsExactly("sd-book/testing",
				"cs-dept/communication");
	}

	@Test
	@Order(6)
	void aMisspelledScenarioKeyFailsTheReloadAndGetApiRulesNamesItsFileLineAndKey() throws Exception {
		String good = rulesStatus().get("active").get("id").asString();
		Path typo = RULES.resolve("servicedelivery/typo.scenarios.yaml");
		Files.writeString(typo, """
				role: sd-service-desk-2
				scenarios:
				  - name: typo
				    expect:
				      bnad: ready-now
				""");
		HttpResponse<String> reload = send("POST", "/api/rules/reload", "analyst", null, null);
		assertThat(reload.statusCode()).as(reload.body()).isEqualTo(422);
		JsonNode status = rulesStatus();
		assertThat(status.get("active").get("id").asString()).isEqualTo(good);
		JsonNode failed = status.get("failedScenarios").get(0);
		assertThat(failed.get("file").asString()).isEqualTo("rules/servicedelivery/typo.scenarios.yaml");
		assertThat(failed.get("line").asInt()).isEqualTo(3);
		JsonNode failure = failed.get("failures").get(0);
		assertThat(failure.get("line").asInt()).isEqualTo(5);
		assertThat(failure.get("field").asString()).isEqualTo("expect.bnad");
		assertThat(failure.get("message").asString())
			.startsWith("unknown key 'bnad' in expect; allowed: [adjustedBy, band,");
		Files.delete(typo);
		assertThat(send("POST", "/api/rules/reload", "analyst", null, null).statusCode()).isEqualTo(200);
	}

}
