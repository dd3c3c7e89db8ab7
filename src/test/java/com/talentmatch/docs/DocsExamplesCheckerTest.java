package com.talentmatch.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;

/**
 * The docs' example checker refuses what is wrong: a wrong status, a missing key, a wrong
 * value, an array that is not the one shown, an unknown curl option, a curl without its
 * status, a URL elsewhere; and it sends what curl would (query, body, multipart,
 * credentials). Against a small HTTP server, without the application.
 */
class DocsExamplesCheckerTest {

	static HttpServer server;

	static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path repository;

	@BeforeAll
	static void start() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/api/thing", e -> answer(e, 200, "application/json",
				"{\"id\":\"a-1\",\"total\":3,\"score\":0.50,\"ok\":true,\"items\":[{\"rank\":1,\"id\":\"x\"},"
						+ "{\"rank\":2,\"id\":\"y\"},{\"rank\":3,\"id\":\"z\"}],\"note\":\"serving 3f2a9c, since today\"}"));
		server.createContext("/api/created", e -> answer(e, 201, "text/plain", "Created it"));
		server.createContext("/api/echo", e -> {
			Map<String, Object> echo = new LinkedHashMap<>();
			echo.put("method", e.getRequestMethod());
			echo.put("query", e.getRequestURI().getRawQuery());
			echo.put("contentType", e.getRequestHeaders().getFirst("Content-Type"));
			echo.put("authorization", e.getRequestHeaders().getFirst("Authorization"));
			echo.put("body", new String(e.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			answer(e, 200, "application/json", JSON.writeValueAsString(echo));
		});
		server.start();
	}

	@AfterAll
	static void stop() {
		server.stop(0);
	}

	static void answer(HttpExchange e, int status, String type, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		e.getResponseHeaders().add("Content-Type", type);
		e.sendResponseHeaders(status, bytes.length);
		e.getResponseBody().write(bytes);
		e.close();
	}

	/** Runs every example of a markdown text; the first refusal is thrown. */
	void run(String markdown) throws Exception {
		ExampleRunner runner = new ExampleRunner(URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
				repository, repository.resolve("scratch"));
		for (CurlExample e : MarkdownExamples.examples("x.md", markdown.lines().toList())) {
			runner.run(e);
		}
	}

	static String example(String command, String comment) {
		return "Intro.\n\n```bash\n" + command + "\n" + comment + "\n```\n";
	}

	@Test
	void aRightExamplePasses() throws Exception {
		run(example("curl -s -u viewer:viewer-password localhost:8080/api/thing",
				"# 200 {\"id\":\"a-1\",\"total\":…,\"score\":0.5,\"ok\":true,\"items\":[{\"rank\":1,…},…],"
						+ "\"note\":\"serving …, since today\", …}"));
		run(example("curl -s 'http://localhost:8080/api/thing'",
				"# 200 {\"items\":[…,{\"id\":\"y\"},{\"rank\":3,\"id\":\"z\"}]}"));
		run(example("curl -s -X POST localhost:8080/api/created", "# 201 created …"));
	}

	@Test
	void aWrongStatusIsRefusedWithTheFileLineAndBothStatuses() {
		assertThatThrownBy(() -> run(example("curl -s localhost:8080/api/thing", "# 201 {\"id\":\"a-1\"}")))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("x.md:4")
			.hasMessageContaining("expected status 201, got 200");
	}

	@Test
	void aMissingKeyIsRefusedNamingItsPath() {
		assertThatThrownBy(() -> run(example("curl -s localhost:8080/api/thing",
				"# 200 {\"id\":\"a-1\",\n#  \"items\":[{\"rank\":1,\"band\":\"ready-now\"},…]}")))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("x.md:4")
			.hasMessageContaining("$.items[0].band: missing");
	}

	@Test
	void aWrongValueIsRefusedWithTheExpectedAndTheActual() {
		assertThatThrownBy(() -> run(example("curl -s localhost:8080/api/thing", "# 200 {\"total\":4}")))
			.hasMessageContaining("x.md:4")
			.hasMessageContaining("$.total: expected 4, got 3");
		assertThatThrownBy(() -> run(example("curl -s localhost:8080/api/thing", "# 200 {\"id\":\"a-2\"}")))
			.hasMessageContaining("$.id: expected \"a-2\", got \"a-1\"");
		assertThatThrownBy(
				() -> run(example("curl -s localhost:8080/api/thing", "# 200 {\"note\":\"serving …, since May\"}")))
			.hasMessageContaining("$.note");
		assertThatThrownBy(() -> run(example("curl -s localhost:8080/api/thing", "# 200 {\"ok\":false}")))
			.hasMessageContaining("$.ok: expected false, got true");
		assertThatThrownBy(() -> run(example("curl -s localhost:8080/api/thing", "# 200 {\"total\":\"3\"}")))
			.hasMessageContaining("$.total: expected the string \"3\", got 3");
		assertThatThrownBy(() -> run(example("curl -s -X POST localhost:8080/api/created", "# 201 deleted")))
			.hasMessageContaining("expected the output to show 'deleted'");
	}

	@Test
	void anArrayMustBeTheOneShownUnlessElided() {
		assertThatThrownBy(() -> run(example("curl -s localhost:8080/api/thing", "# 200 {\"items\":[{\"rank\":1}]}")))
			.hasMessageContaining("$.items: expected 1 element(s), got 3");
		assertThatThrownBy(() -> run(
				example("curl -s localhost:8080/api/thing", "# 200 {\"items\":[…,{\"id\":\"z\"},{\"id\":\"y\"}]}")))
			.hasMessageContaining("$.items: no element from index 3 on matches an object with [id]");
	}

	@Test
	void anUnknownCurlOptionIsRefusedNamingTheFileAndLine() {
		assertThatThrownBy(() -> run("# T\n\n```bash\ncurl -s -k \\\n  localhost:8080/api/thing\n# 200 {}\n```\n"))
			.isInstanceOf(DocExampleException.class)
			.hasMessageContaining("x.md:4")
			.hasMessageContaining("unknown curl option '-k'");
	}

	@Test
	void whatCannotBeCheckedIsRefused() {
		assertThatThrownBy(() -> run(example("curl -s localhost:8080/api/thing", "echo no status")))
			.hasMessageContaining("x.md:4")
			.hasMessageContaining("'# <status> <excerpt>'");
		assertThatThrownBy(() -> run(example("curl -s example.org/api/thing", "# 200 {}")))
			.hasMessageContaining("must be on localhost:8080");
		assertThatThrownBy(
				() -> run(example("curl -s -H \"Authorization: Bearer $TOKEN\" localhost:8080/api/thing", "# 200 {}")))
			.hasMessageContaining("shell variables");
		assertThatThrownBy(() -> run(example("curl -s localhost:8080/api/thing | jq .", "# 200 {}")))
			.hasMessageContaining("pipes");
		assertThatThrownBy(() -> run(example("curl -s -F file=@missing.csv localhost:8080/api/echo", "# 200 {}")))
			.hasMessageContaining("'missing.csv' does not exist");
		assertThatThrownBy(() -> run(example("curl -s localhost:8080/api/thing", "# 200 {\"id\":\"a-1\"")))
			.hasMessageContaining("does not parse");
	}

	@Test
	void aBlockMarkedNotRunAndOtherCommandsAreSkipped() throws Exception {
		run("<!-- not run -->\n```bash\ncurl -s -k nowhere\n```\n\n```bash\njava -jar x.jar list-models\n# 1 model\n```\n");
		assertThat(MarkdownExamples.examples("x.md", List.of("```bash", "ls", "```"))).isEmpty();
	}

	@Test
	void aFollowingJsonBlockIsTheExcerpt() throws Exception {
		String markdown = "```bash\ncurl -s localhost:8080/api/thing\n```\n\nThe answer:\n\n```json\n{\"id\":\"a-1\",\n \"total\":3}\n```\n";
		assertThat(MarkdownExamples.examples("x.md", markdown.lines().toList())).singleElement()
			.satisfies(e -> assertThat(e.status()).isEqualTo(200))
			.satisfies(e -> assertThat(e.excerptLine()).isEqualTo(8));
		run(markdown);
		assertThatThrownBy(() -> run(markdown.replace("\"total\":3", "\"total\":5"))).hasMessageContaining("x.md:2")
			.hasMessageContaining("excerpt at line 8")
			.hasMessageContaining("$.total: expected 5, got 3");
	}

	@Test
	void itSendsWhatCurlWould() throws Exception {
		Files.writeString(repository.resolve("people.csv"), "id,name\ne1,王敏\n");
		run(example(
				"curl -s -u recruiter:recruiter-password -G localhost:8080/api/echo --data-urlencode 'q=跨部门 流程' -d top=5",
				"# 200 {\"method\":\"GET\",\"query\":\"q=%E8%B7%A8%E9%83%A8%E9%97%A8%20%E6%B5%81%E7%A8%8B&top=5\","
						+ "\"authorization\":\"Basic cmVjcnVpdGVyOnJlY3J1aXRlci1wYXNzd29yZA==\",\"body\":\"\"}"));
		run(example(
				"curl -s -X PUT localhost:8080/api/echo -H 'Content-Type: application/json' -d '{\"role\":\n  \"经理\"}'",
				"# 200 {\"method\":\"PUT\",\"contentType\":\"application/json\",\"body\":\"{\\\"role\\\":\\n  \\\"经理\\\"}\"}"));
		run(example("curl -s localhost:8080/api/echo -F file=@people.csv -F replace=true",
				"# 200 {\"method\":\"POST\",\"contentType\":\"multipart/form-data; boundary=…\","
						+ "\"body\":\"…name=\\\"file\\\"; filename=\\\"people.csv\\\"…id,name\\ne1,王敏\\n…name=\\\"replace\\\"…true…\"}"));
		run(example("curl -s localhost:8080/api/thing -o out/thing.json", "# 200")
				+ example("curl -s localhost:8080/api/echo --data-binary @out/thing.json",
						"# 200 {\"body\":\"{\\\"id\\\":\\\"a-1\\\",…\"}"));
		run(example("curl -s -i -X POST localhost:8080/api/created",
				"# 201 HTTP/1.1 201…content-type: text/plain…Created it"));
	}

}
