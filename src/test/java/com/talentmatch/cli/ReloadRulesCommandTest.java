package com.talentmatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reload-rules} against a stand-in service on a free port, and against none. */
class ReloadRulesCommandTest {

	final StringWriter out = new StringWriter();

	final StringWriter err = new StringWriter();

	@TempDir
	Path tmp;

	int run(String... args) {
		return Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
	}

	Path token() throws IOException {
		return Files.writeString(tmp.resolve("token"), "tm_secret\n");
	}

	/** A service answering {@code status} with {@code body}; the caller stops it. */
	static HttpServer service(int status, String body, AtomicReference<String> authorization) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/api/rules/reload", exchange -> {
			authorization
				.set(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Authorization"));
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(status, bytes.length);
			exchange.getResponseBody().write(bytes);
			exchange.close();
		});
		server.start();
		return server;
	}

	@Test
	void postsToTheGivenUrlWithTheTokenAndSaysWhichUrlItUsed() throws IOException {
		AtomicReference<String> seen = new AtomicReference<>();
		HttpServer server = service(200, "{\"active\":\"abc\"}", seen);
		try {
			String url = "http://127.0.0.1:" + server.getAddress().getPort();
			assertThat(run("reload-rules", "--url", url + "/", "--token-file", token().toString())).as(err.toString())
				.isZero();
			assertThat(seen.get()).isEqualTo("POST Bearer tm_secret");
			assertThat(out.toString()).contains("POST " + url + "/api/rules/reload: HTTP 200")
				.contains("{\"active\":\"abc\"}");
		}
		finally {
			server.stop(0);
		}
	}

	@Test
	void exitsOneWhenTheServiceRefuses() throws IOException {
		HttpServer server = service(403, "{\"title\":\"Forbidden\"}", new AtomicReference<>());
		try {
			String url = "http://127.0.0.1:" + server.getAddress().getPort();
			assertThat(run("reload-rules", "--url", url, "--token-file", token().toString())).isOne();
			assertThat(out.toString()).contains(url + "/api/rules/reload: HTTP 403").contains("Forbidden");
		}
		finally {
			server.stop(0);
		}
	}

	@Test
	void namesTheUrlItCouldNotReach() throws IOException {
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		String url = "http://127.0.0.1:" + port;
		assertThat(run("reload-rules", "--url", url, "--token-file", token().toString())).isEqualTo(3);
		assertThat(err.toString()).contains("could not reach " + url + ": connection refused");
	}

	@Test
	void refusesAUrlThatIsNotHttp() throws IOException {
		assertThat(run("reload-rules", "--url", "localhost:8080", "--token-file", token().toString())).isEqualTo(3);
		assertThat(err.toString()).contains("--url must be an http:// or https:// URL")
			.contains("not 'localhost:8080'");
		assertThat(run("reload-rules", "--url", "ftp://host/x", "--token-file", token().toString())).isEqualTo(3);
	}

	@Test
	void refusesToCallWithoutAToken() {
		assertThat(run("reload-rules", "--url", "http://127.0.0.1:1", "--token-file", tmp.resolve("none").toString()))
			.isEqualTo(3);
		assertThat(err.toString()).contains("cannot read the token file");
	}

}
