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
		properties = { "spring.servlet.multipart.max-file-size=64KB", "spring.servlet.multipart.max-request-size=64KB" })
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
}
