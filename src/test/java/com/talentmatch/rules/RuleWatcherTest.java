package com.talentmatch.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watcher outlives an error: a reload that throws is recorded in its state, and the
 * next change reloads again.
 */
class RuleWatcherTest {

	@Test
	void aFailedReloadIsRecordedAndTheWatcherGoesOn(@TempDir Path dir) throws Exception {
		RuleService rules = mock(RuleService.class);
		AtomicInteger calls = new AtomicInteger();
		when(rules.reload(anyString())).thenAnswer(i -> {
			if (calls.incrementAndGet() == 1) {
				throw new IllegalStateException("disk went away");
			}
			return null;
		});
		RuleWatcher watcher = new RuleWatcher(rules, new RuleProperties(dir, true, false, null));
		try {
			assertThat(watcher.state().watching()).isTrue();
			Files.writeString(dir.resolve("a.dslr"), "x");
			await(() -> watcher.state().restarts() == 1);
			assertThat(watcher.state().lastError()).contains("disk went away");
			assertThat(watcher.state().lastReload()).isNull();
			Files.writeString(dir.resolve("b.dslr"), "y");
			await(() -> watcher.state().lastReload() != null);
			assertThat(calls.get()).isEqualTo(2);
			assertThat(watcher.state().watching()).isTrue();
		}
		finally {
			watcher.destroy();
		}
	}

	@Test
	void aWatcherThatIsOffSaysSo(@TempDir Path dir) throws IOException {
		RuleWatcher watcher = new RuleWatcher(mock(RuleService.class), new RuleProperties(dir, false, false, null));
		assertThat(watcher.state().watching()).isFalse();
		watcher.destroy();
	}

	private static void await(BooleanSupplier condition) throws InterruptedException {
		long end = System.currentTimeMillis() + 20_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				throw new AssertionError("timed out");
			}
			Thread.sleep(50);
		}
	}

}
