package com.talentmatch.web.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The gate opens on the last step only, and its filter refuses /api/** until then. */
@ExtendWith(OutputCaptureExtension.class)
class LoadingGateTest {

	final List<Object> published = new ArrayList<>();

	final LoadingGate gate = new LoadingGate(LoadingGate.STEPS, published::add,
			new ServiceAddress(new MockEnvironment().withProperty("server.port", "8080")));

	List<ReadinessState> states() {
		return published.stream()
			.filter(AvailabilityChangeEvent.class::isInstance)
			.map(e -> (ReadinessState) ((AvailabilityChangeEvent<?>) e).getState())
			.toList();
	}

	@Test
	void opensWhenTheLastStepIsDoneAndSaysWhereTheServiceIs(CapturedOutput output) {
		assertThat(gate.ready()).isFalse();
		gate.onApplicationEvent(new LoadingCompleted(this, LoadingCompleted.CATALOGUE));
		gate.onApplicationEvent(new LoadingCompleted(this, LoadingCompleted.RULES));
		gate.onApplicationEvent(new LoadingCompleted(this, LoadingCompleted.EVIDENCE_INDEX));
		assertThat(gate.ready()).isFalse();
		assertThat(gate.pending()).containsExactly(LoadingCompleted.DEMO_POOL);
		assertThat(states()).isEmpty();
		gate.onApplicationEvent(new LoadingCompleted(this, LoadingCompleted.DEMO_POOL));
		assertThat(gate.ready()).isTrue();
		assertThat(states()).containsExactly(ReadinessState.ACCEPTING_TRAFFIC);
		assertThat(output.getOut()).containsPattern(
				"talent-match ready in \\d+\\.\\d s: http://localhost:8080/ \\(API docs: http://localhost:8080/swagger-ui.html\\)");
	}

	@Test
	void aStepReportedTwiceOrUnknownDoesNotOpenIt() {
		gate.complete(LoadingCompleted.CATALOGUE);
		gate.complete(LoadingCompleted.CATALOGUE);
		gate.complete("something else");
		gate.complete(LoadingCompleted.RULES);
		gate.complete(LoadingCompleted.EVIDENCE_INDEX);
		assertThat(gate.ready()).isFalse();
	}

	@Test
	void expectingAStepClosesItAgain() {
		LoadingGate.STEPS.forEach(gate::complete);
		gate.expect("reindex");
		assertThat(gate.ready()).isFalse();
		assertThat(states()).containsExactly(ReadinessState.ACCEPTING_TRAFFIC, ReadinessState.REFUSING_TRAFFIC);
		gate.complete("reindex");
		assertThat(gate.ready()).isTrue();
	}

	@Test
	void theFilterRefusesTheApiWhileLoadingAndLetsTheRestThrough() throws Exception {
		LoadingFilter filter = new LoadingFilter(gate);
		MockHttpServletResponse refused = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(new MockHttpServletRequest("POST", "/api/rankings"), refused, chain);
		assertThat(refused.getStatus()).isEqualTo(503);
		assertThat(refused.getHeader("Retry-After")).isEqualTo("5");
		assertThat(refused.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(refused.getContentType()).startsWith("application/problem+json");
		assertThat(refused.getContentAsString()).contains("\"status\":503").contains("demo-pool");
		assertThat(chain.getRequest()).as("the request went no further").isNull();

		MockFilterChain health = new MockFilterChain();
		filter.doFilter(new MockHttpServletRequest("GET", "/actuator/health/readiness"), new MockHttpServletResponse(),
				health);
		assertThat(health.getRequest()).isNotNull();

		LoadingGate.STEPS.forEach(gate::complete);
		MockFilterChain open = new MockFilterChain();
		MockHttpServletResponse served = new MockHttpServletResponse();
		filter.doFilter(new MockHttpServletRequest("POST", "/api/rankings"), served, open);
		assertThat(open.getRequest()).isNotNull();
		assertThat(served.getStatus()).isEqualTo(200);
	}

}
