package com.talentmatch.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Asks a running service to reload its rules now, signed in with a rule editor's API
 * token (exit 1 when they were not accepted or the token was refused, 3 when unreachable
 * or no token was given).
 */
@Command(name = "reload-rules", description = "Tell the running service to reload rules/ now and print the result")
final class ReloadRulesCommand implements Callable<Integer> {

	@Option(names = "--url", defaultValue = "http://localhost:8080",
			description = "the service (default: ${DEFAULT-VALUE})")
	String url;

	@Option(names = "--token-file", paramLabel = "FILE",
			description = "a file holding a rule editor's API token (default: the TALENT_MATCH_TOKEN environment variable)")
	java.nio.file.Path tokenFile;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create(url.replaceAll("/+$", "") + "/api/rules/reload"))
			.timeout(Duration.ofMinutes(2))
			.POST(HttpRequest.BodyPublishers.noBody());
		String token;
		try {
			token = tokenFile != null ? java.nio.file.Files.readString(tokenFile).strip()
					: System.getenv("TALENT_MATCH_TOKEN");
		}
		catch (IOException e) {
			spec.commandLine().getErr().println("cannot read the token file " + tokenFile + ": " + e.getMessage());
			return 3;
		}
		if (token == null || token.isBlank()) {
			spec.commandLine()
				.getErr()
				.println("give a rule editor's API token (POST /api/tokens): --token-file FILE or TALENT_MATCH_TOKEN");
			return 3;
		}
		request.header("Authorization", "Bearer " + token);
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(request.build(), HttpResponse.BodyHandlers.ofString());
			spec.commandLine().getOut().println(response.body());
			return response.statusCode() == 200 ? 0 : 1;
		}
		catch (IOException e) {
			spec.commandLine().getErr().println("cannot reach " + url + ": " + e.getMessage());
			return 3;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return 3;
		}
	}

}
