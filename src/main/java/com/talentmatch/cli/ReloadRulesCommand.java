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
 * Asks a running service to reload its rules now (exit 1 when they were not accepted, 3
 * when unreachable).
 */
@Command(name = "reload-rules", description = "Tell the running service to reload rules/ now and print the result")
final class ReloadRulesCommand implements Callable<Integer> {

	@Option(names = "--url", defaultValue = "http://localhost:8080",
			description = "the service (default: ${DEFAULT-VALUE})")
	String url;

	@Option(names = "--user", description = "who reloads, recorded with the version")
	String user;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create(url.replaceAll("/+$", "") + "/api/rules/reload"))
			.timeout(Duration.ofMinutes(2))
			.POST(HttpRequest.BodyPublishers.noBody());
		if (user != null) {
			request.header("X-User", user);
		}
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
