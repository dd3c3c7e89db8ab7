package com.talentmatch.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole service in demo mode on a random port with a fresh store, shared by the web
 * tests (one Spring context for all of them).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "talent-match.demo=true")
public abstract class RunningService {

	static final Path STORE = Path.of("target", "test-store", "web-" + UUID.randomUUID());

	@DynamicPropertySource
	static void store(DynamicPropertyRegistry registry) {
		registry.add("talent-match.store-dir", STORE::toString);
	}

	@LocalServerPort
	protected int port;

	@Autowired
	protected JsonMapper json;

	protected final HttpClient http = HttpClient.newHttpClient();

	/**
	 * HTTP Basic of a demo user ({@code <name>-password}) or of {@code user:password}.
	 */
	protected static String basic(String user) {
		String credentials = user.contains(":") ? user : user + ":" + user + "-password";
		return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
	}

	protected HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
	}

	protected HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	protected HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
		HttpRequest.Builder b = request(path).GET();
		if (user != null) {
			b.header("Authorization", basic(user));
		}
		return send(b.build());
	}

	protected HttpResponse<String> postJson(String path, String body, String user)
			throws IOException, InterruptedException {
		return send(request(path).header("Authorization", basic(user))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build());
	}

	protected JsonNode body(HttpResponse<String> response) {
		return json.readTree(response.body());
	}

}
