package com.talentmatch.web.readiness;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code loading} component of the readiness group: UP once {@link LoadingGate} is
 * open, OUT_OF_SERVICE with the steps still loading before.
 */
class LoadingHealthIndicator implements HealthIndicator {

	private final LoadingGate gate;

	LoadingHealthIndicator(LoadingGate gate) {
		this.gate = gate;
	}

	@Override
	public Health health() {
		return gate.ready() ? Health.up().build() : Health.outOfService().withDetail("loading", gate.pending()).build();
	}

}
