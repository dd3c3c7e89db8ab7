package com.talentmatch.web.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.talentmatch.web.RunningService;

import tools.jackson.databind.JsonNode;

/**
 * Requests no client that encodes would send, written byte for byte to a socket: every
 * answer is a problem detail, and no stack trace reaches the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class MalformedRequestsTest extends RunningService {

	record Raw(int status, String contentType, String body) {
	}

	Raw raw(byte[] requestLine, String... headers) throws IOException {
		ByteArrayOutputStream request = new ByteArrayOutputStream();
		request.write(requestLine);
		request.write("\r\nHost: localhost\r\nConnection: close\r\n".getBytes(StandardCharsets.US_ASCII));
		for (String h : headers) {
			request.write((h + "\r\n").getBytes(StandardCharsets.UTF_8));
		}
		request.write("\r\n".getBytes(StandardCharsets.US_ASCII));
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.toByteArray());
			out.flush();
			InputStream in = socket.getInputStream();
			String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			int headEnd = response.indexOf("\r\n\r\n");
			String head = response.substring(0, headEnd);
			String body = response.substring(headEnd + 4);
			if (head.toLowerCase().contains("transfer-encoding: chunked")) {
				body = unchunk(body);
			}
			int status = Integer.parseInt(head.substring(9, 12));
			String type = head.lines()
				.filter(l -> l.toLowerCase().startsWith("content-type:"))
				.map(l -> l.substring(13).strip())
				.findFirst()
				.orElse(null);
			return new Raw(status, type, body);
		}
	}

	private static String unchunk(String chunked) {
		StringBuilder out = new StringBuilder();
		String rest = chunked;
		while (true) {
			int eol = rest.indexOf("\r\n");
			int size = Integer.parseInt(rest.substring(0, eol).strip(), 16);
			if (size == 0) {
				return out.toString();
			}
			byte[] bytes = rest.substring(eol + 2).getBytes(StandardCharsets.UTF_8);
			String chunk = new String(bytes, 0, size, StandardCharsets.UTF_8);
			out.append(chunk);
			rest = rest.substring(eol + 2 + chunk.length() + 2);
		}
	}

	static byte[] line(String method, byte[] target) {
		ByteArrayOutputStream b = new ByteArrayOutputStream();
		b.writeBytes((method + " ").getBytes(StandardCharsets.US_ASCII));
		b.writeBytes(target);
		b.writeBytes(" HTTP/1.1".getBytes(StandardCharsets.US_ASCII));
		return b.toByteArray();
	}

	static byte[] line(String method, String target) {
		return line(method, target.getBytes(StandardCharsets.UTF_8));
	}

	String auth(String user) {
		return "Authorization: " + basic(user);
	}

	JsonNode problem(Raw r, int status) {
		assertThat(r.status()).as(r.body()).isEqualTo(status);
		assertThat(r.contentType()).as(r.body()).startsWith("application/problem+json");
		JsonNode p = json.readTree(r.body());
		assertThat(p.path("status").asInt()).isEqualTo(status);
		assertThat(p.path("title").asString()).isNotBlank();
		assertThat(p.path("detail").asString()).isNotBlank();
		return p;
	}

	static void noStackTrace(CapturedOutput output) {
		assertThat(output.getAll()).doesNotContain("\tat org.apache").doesNotContain("\tat java.base");
		assertThat(output.getAll()).doesNotContainIgnoringCase("<html");
	}

	@Test
	void rawUtf8SpacesAndBadEscapesInTheRequestLineAreProblemDetails(CapturedOutput output) throws IOException {
		// curl 'localhost:8080/api/competencies?q=沟通' sends these bytes
		JsonNode utf8 = problem(raw(line("GET", "/api/competencies?q=沟通"), auth("viewer")), 400);
		assertThat(utf8.path("detail").asString()).contains("percent-encoded").contains("%E6%B2%9F%E9%80%9A");
		problem(raw(line("GET", "/api/沟通"), auth("viewer")), 400);
		problem(raw(line("GET", "/api/competencies?q=a b"), auth("viewer")), 400);
		problem(raw(line("GET", "/api/competencies?q=%zz"), auth("viewer")), 400);
		problem(raw(line("GET", "/api/comp%zzetencies"), auth("viewer")), 400);
		problem(raw(line("GET", "/api/competencies?q=%E6%B2"), auth("viewer")), 400);
		noStackTrace(output);
	}

	@Test
	void relaxedCharactersInTheQueryReachTheService(CapturedOutput output) throws IOException {
		Raw pipe = raw(line("GET", "/api/competencies?q=a|b{}[]"), auth("viewer"));
		assertThat(pipe.status()).as(pipe.body()).isEqualTo(200);
		Raw encoded = raw(line("GET", "/api/competencies?q=%E6%B2%9F%E9%80%9A"), auth("viewer"));
		assertThat(encoded.status()).isEqualTo(200);
		assertThat(json.readTree(encoded.body()).isArray()).isTrue();
		assertThat(json.readTree(encoded.body()).size()).isPositive();
		noStackTrace(output);
	}

	@Test
	void malformedBodiesWrongTypesAndMethodsAreProblemDetails(CapturedOutput output) throws IOException {
		byte[] broken = "{\"role\": ".getBytes(StandardCharsets.UTF_8);
		JsonNode json = problem(raw(line("POST", "/api/rankings"), auth("recruiter"), "Content-Type: application/json",
				"Content-Length: " + broken.length + "\r\n\r\n{\"role\": "), 400);
		assertThat(json.path("detail").asString()).contains("not valid JSON").contains("line 1");
		JsonNode type = problem(raw(line("POST", "/api/rankings"), auth("recruiter"), "Content-Type: text/plain",
				"Content-Length: 1\r\n\r\nx"), 415);
		assertThat(type.path("detail").asString()).contains("text/plain");
		problem(raw(line("POST", "/api/fairness/impact"), auth("admin"), "Content-Length: 0"), 405);
		problem(raw(line("GET", "/api/fairness/nothing-here"), auth("admin")), 404);
		// under /api, what the access table does not list is refused to everyone, as a
		// problem detail
		problem(raw(line("GET", "/api/nothing-here"), auth("viewer")), 403);
		problem(raw(line("PATCH", "/api/candidates/E0001"), auth("recruiter")), 403);
		problem(raw(line("GET", "/api/nothing-here")), 401);
		noStackTrace(output);
	}

	@Test
	void tooLargeBodiesAndHeadersAreProblemDetails(CapturedOutput output) throws IOException {
		String big = "x".repeat(20_000);
		problem(raw(line("GET", "/api/models"), auth("viewer"), "X-Big: " + big), 400);
		Raw longUri = raw(line("GET", "/api/competencies?q=" + "a".repeat(20_000)), auth("viewer"));
		assertThat(longUri.status()).isIn(400, 414);
		problem(longUri, longUri.status());
		noStackTrace(output);
	}

}
