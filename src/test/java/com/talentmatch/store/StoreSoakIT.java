package com.talentmatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application, with connections recycled every 30 s (the pool's shortest
 * max-lifetime), keeps accepting and returning every write on every write endpoint for
 * two minutes ({@code -Dsoak.seconds} to change). Half-way, the store is backed up by the
 * CLI in another process and restored into another directory. Failed on H2 2.4.240 within
 * the first recycle. Runs in {@code ./mvnw verify} after the jar is built.
 */
class StoreSoakIT {

	@TempDir
	Path work;

	@Test
	void everyWriteIsAcceptedAndReadBackAcrossPoolRecycles() throws Exception {
		long seconds = Long.getLong("soak.seconds", 120);
		try (StoreSoak soak = new StoreSoak(Path.of("target", "talent-match.jar"), work,
				List.of("--spring.datasource.hikari.max-lifetime=30000"))) {
			soak.run(Duration.ofSeconds(seconds), Duration.ZERO);
			System.out.println("StoreSoakIT: " + soak.summary());
			assertThat(soak.failures.size())
				.as("failures (the first ten: %s); application log in %s", soak.failures.stream().limit(10).toList(),
						soak.log())
				.isZero();
			assertThat(soak.serverErrors).as("5xx answers").isZero();
			assertThat(soak.rounds).as("rounds of writes").isGreaterThan(10);
			assertThat(soak.backedUp).as("backed up while serving, and restored").isTrue();
			assertThat(soak.recycledConnections()).as("connections the pool closed at their max-lifetime")
				.isGreaterThanOrEqualTo(seconds / 30 * 5);
		}
	}

}
