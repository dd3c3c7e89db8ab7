package com.talentmatch.docs;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends the docs' {@code curl} examples to a running service, in place of
 * {@code localhost:8080}, and checks each answer against what the docs show: the status,
 * then the excerpt of what curl would print (the body; with {@code -i} the status line
 * and headers before it; with {@code -o} the body is written to a scratch file, which a
 * later example may send with {@code @file}, and the excerpt is checked against it). A
 * JSON excerpt is checked as {@link JsonExcerpt}; a text excerpt must occur in the
 * output, {@code …} eliding, ignoring case.
 */
final class ExampleRunner {

	private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

	private final URI base;

	private final Path repository;

	private final Path scratch;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final JsonMapper json = JsonMapper.builder().build();

	/**
	 * @param base the running service, e.g. {@code http://localhost:51234}
	 * @param repository where {@code @file} paths are read from
	 * @param scratch where {@code -o} files are written (and read from first)
	 */
	ExampleRunner(URI base, Path repository, Path scratch) {
		this.base = base;
		this.repository = repository;
		this.scratch = scratch;
	}

	/**
	 * Runs one example; an {@link AssertionError} names its file and line and the
	 * difference.
	 */
	void run(CurlExample example) throws IOException, InterruptedException {
		String where = example.where();
		if (example.problem() != null) {
			throw new DocExampleException(where, example.problem());
		}
		CurlCommand command = CurlCommand.parse(example.command(), where, this::file);
		JsonExcerpt.Node expectedJson = null;
		String excerpt = example.excerpt();
		if (excerpt != null && (excerpt.startsWith("{") || excerpt.startsWith("["))) {
			expectedJson = JsonExcerpt.parse(excerpt, example.file() + ":" + example.excerptLine());
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(command.target()))
			.timeout(Duration.ofSeconds(60))
			.method(command.method(), command.body() == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofByteArray(command.body()));
		command.headers().forEach((name, value) -> {
			if (RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
				throw new DocExampleException(where, "the header " + name + " is set by curl itself");
			}
			request.header(name, value);
		});
		HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		String body = new String(response.body(), StandardCharsets.UTF_8);
		if (response.statusCode() != example.status()) {
			throw new AssertionError(where + ": " + command.method() + " " + command.target() + ": expected status "
					+ example.status() + ", got " + response.statusCode() + ": " + JsonExcerpt.shorten(body));
		}
		String printed = body;
		if (command.output() != null) {
			Path out = scratch.resolve(command.output()).normalize();
			Files.createDirectories(out.getParent());
			Files.write(out, response.body());
		}
		if (excerpt == null) {
			return;
		}
		if (expectedJson != null) {
			JsonNode actual;
			try {
				actual = json.readTree(body);
			}
			catch (JacksonException e) {
				throw new AssertionError(where + ": expected a JSON response, got: " + JsonExcerpt.shorten(body));
			}
			List<String> mismatches = JsonExcerpt.mismatches(expectedJson, actual);
			if (!mismatches.isEmpty()) {
				throw new AssertionError(
						where + ": the response differs from the excerpt at line " + example.excerptLine() + ":\n  "
								+ String.join("\n  ", mismatches) + "\nresponse: " + JsonExcerpt.shorten(body));
			}
			return;
		}
		if (command.include()) {
			StringBuilder head = new StringBuilder("HTTP/1.1 " + response.statusCode() + "\n");
			response.headers()
				.map()
				.forEach((name, values) -> values.forEach(v -> head.append(name + ": " + v + "\n")));
			printed = head + "\n" + body;
		}
		String shown = excerpt.toLowerCase(Locale.ROOT);
		if (!JsonExcerpt.textMatches(JsonExcerpt.ELLIPSIS + shown + JsonExcerpt.ELLIPSIS,
				printed.toLowerCase(Locale.ROOT))) {
			throw new AssertionError(
					where + ": expected the output to show '" + excerpt + "', got: " + JsonExcerpt.shorten(printed));
		}
	}

	/**
	 * A file named by {@code @file}: one an earlier example wrote, else one of the
	 * repository.
	 */
	Path file(String name) {
		Path written = scratch.resolve(name).normalize();
		if (written.startsWith(scratch) && Files.isRegularFile(written)) {
			return written;
		}
		Path file = repository.resolve(name).normalize();
		return file.startsWith(repository) ? file : null;
	}

}
