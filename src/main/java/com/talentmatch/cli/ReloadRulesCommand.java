package com.talentmatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Asks a running service to reload its rules now, signed in with a rule editor's API
 * token (exit 1 when they were not accepted or the token was refused, 3 when unreachable,
 * the URL is not an http(s) URL, or no token was given). Prints the URL it used, also
 * when the service could not be reached.
 */
@Command(name = "reload-rules", description = "Tell the running service to reload rules/ now and print the result")
final class ReloadRulesCommand implements Callable<Integer> {

	@Option(names = "--url", defaultValue = "http://localhost:8080",
			description = "the running service (default: ${DEFAULT-VALUE})")
	String url;

	@Option(names = "--token-file", paramLabel = "FILE",
			description = "a file holding a rule editor's API token (default: the TALENT_MATCH_TOKEN environment variable)")
	Path tokenFile;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		String base = url.strip().replaceAll("/+$", "");
		URI endpoint;
		try {
			endpoint = URI.create(base + "/api/rules/reload");
			if (!List.of("http", "https").contains(String.valueOf(endpoint.getScheme()))
					|| endpoint.getHost() == null) {
				throw new IllegalArgumentException("not an http(s) URL");
			}
		}
		catch (IllegalArgumentException e) {
			err.println("--url must be an http:// or https:// URL such as http://localhost:8080, not '" + url + "'");
			return 3;
		}
		String token;
		try {
			token = tokenFile != null ? Files.readString(tokenFile).strip() : System.getenv("TALENT_MATCH_TOKEN");
		}
		catch (IOException e) {
			err.println("cannot read the token file " + tokenFile + ": " + e.getMessage());
			return 3;
		}
		if (token == null || token.isBlank()) {
			err.println("give a rule editor's API token (POST /api/tokens): --token-file FILE or TALENT_MATCH_TOKEN");
			return 3;
		}
		HttpRequest request = HttpRequest.newBuilder(endpoint)
			.timeout(Duration.ofMinutes(2))
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build();
		try {
			HttpResponse<String> response = HttpClient.newBuilder()
				.connectTimeout(Duration.ofSeconds(10))
				.build()
				.send(request, HttpResponse.BodyHandlers.ofString());
			out.println("POST " + endpoint + ": HTTP " + response.statusCode());
			out.println(response.body());
			return response.statusCode() == 200 ? 0 : 1;
		}
		catch (IOException e) {
			err.println("could not reach " + base + ": " + reason(e));
			return 3;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			err.println("interrupted while waiting for " + base);
			return 3;
		}
	}

	/** Why a request did not get an answer, in a few words. */
	static String reason(IOException e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
				return "unknown host";
			}
			if (t instanceof HttpTimeoutException) {
				return "no answer in time";
			}
			if (t instanceof ConnectException) {
				return "connection refused";
			}
		}
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}

}
