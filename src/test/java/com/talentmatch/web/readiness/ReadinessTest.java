package com.talentmatch.web.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;

import com.talentmatch.web.RunningService;

import tools.jackson.databind.JsonNode;

/**
 * Health without signing in, readiness following the loading gate, and business endpoints
 * refused with 503 while it is closed.
 */
class ReadinessTest extends RunningService {

	@Autowired
	LoadingGate gate;

	@Autowired
	ApplicationAvailability availability;

	@Autowired
	PathMappedEndpoints endpoints;

	@Test
	void everyStartupLoaderReportedAndTheServiceIsReady() throws Exception {
		assertThat(gate.pending()).as("a startup loader did not publish LoadingCompleted").isEmpty();
		assertThat(gate.ready()).isTrue();
		assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
		HttpResponse<String> readiness = get("/actuator/health/readiness", null);
		assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(200);
		assertThat(body(readiness).path("status").asString()).isEqualTo("UP");
		assertThat(body(readiness).path("components").path("loading").path("status").asString()).isEqualTo("UP");
	}

	@Test
	void healthAndItsProbesAnswerWithoutSigningIn() throws Exception {
		for (String path : new String[] { "/actuator/health", "/actuator/health/liveness",
				"/actuator/health/readiness" }) {
			HttpResponse<String> r = get(path, null);
			assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
			assertThat(body(r).path("status").asString()).as(path).isEqualTo("UP");
		}
		// the main health answer does not show details (disk paths, the database) to
		// anyone
		assertThat(get("/actuator/health", null).body()).doesNotContain("diskSpace").doesNotContain("H2");
	}

	@Test
	void nothingElseOfTheActuatorIsExposed() throws Exception {
		assertThat(endpoints.getAllPaths()).containsExactly("/actuator/health");
		for (String path : new String[] { "/actuator", "/actuator/env", "/actuator/beans", "/actuator/info",
				"/actuator/metrics", "/actuator/loggers" }) {
			HttpResponse<String> anonymous = get(path, null);
			assertThat(anonymous.statusCode()).as(path).isNotEqualTo(200);
			assertThat(anonymous.body()).as(path).doesNotContain("propertySources").doesNotContain("\"beans\"");
			HttpResponse<String> admin = get(path, "admin");
			assertThat(admin.statusCode()).as(path + " as admin").isNotEqualTo(200);
		}
	}

	@Test
	void whileLoadingBusinessEndpointsAnswer503AndNothingIsRecorded() throws Exception {
		int runsBefore = body(get("/api/audit/rankings", "admin")).size();
		gate.expect("test-hold");
		try {
			assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.REFUSING_TRAFFIC);
			HttpResponse<String> readiness = get("/actuator/health/readiness", null);
			assertThat(readiness.statusCode()).isEqualTo(503);
			JsonNode r = body(readiness);
			assertThat(r.path("status").asString()).isEqualTo("OUT_OF_SERVICE");
			assertThat(r.path("components").path("loading").path("details").path("loading").toString())
				.contains("test-hold");
			assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);

			HttpResponse<String> ranking = postJson("/api/rankings", "{\"role\":\"客户服务部经理\",\"size\":2}", "recruiter");
			assertThat(ranking.statusCode()).isEqualTo(503);
			assertThat(ranking.headers().firstValue("Retry-After")).hasValue("5");
			assertThat(ranking.headers().firstValue("Content-Type"))
				.hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
			JsonNode problem = body(ranking);
			assertThat(problem.path("status").asInt()).isEqualTo(503);
			assertThat(problem.path("detail").asString()).contains("test-hold");
			// before signing in too: nothing reaches the service
			assertThat(get("/api/models", null).statusCode()).isEqualTo(503);
			assertThat(get("/api/models", "viewer").statusCode()).isEqualTo(503);
			// the API documentation stays up
			assertThat(get("/v3/api-docs", null).statusCode()).isEqualTo(200);
		}
		finally {
			gate.complete("test-hold");
		}
		assertThat(gate.ready()).isTrue();
		assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
		assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
		assertThat(body(get("/api/audit/rankings", "admin")).size()).as("the refused ranking was not recorded")
			.isEqualTo(runsBefore);
		assertThat(postJson("/api/rankings", "{\"role\":\"客户服务部经理\",\"size\":2}", "recruiter").statusCode())
			.isEqualTo(200);
	}

}
