package com.talentmatch.rules;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Watches the rules directory (and its sub-folders) and reloads the rules shortly after
 * files stop changing, so an analyst's saved edit is live within about a second. An error
 * (a folder that vanished, a failed reload) is logged and recorded in {@link #state()}
 * ({@code GET /api/rules}), and the watcher starts again after a second. Off with
 * {@code talent-match.rules-watch=false}.
 */
@Component
class RuleWatcher implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RuleWatcher.class);

	static final long QUIET_MILLIS = 400;

	private final RuleService rules;

	private final Path dir;

	private final WatchService watch;

	private final Thread thread;

	private volatile State state;

	/**
	 * What the watcher is doing.
	 *
	 * @param watching whether it watches the rules directory
	 * @param lastReload when a change last triggered a reload, or {@code null}
	 * @param restarts how often it started again after an error
	 * @param lastError the last error, or {@code null}
	 * @param lastErrorAt when it happened
	 */
	record State(boolean watching, Instant lastReload, int restarts, String lastError, Instant lastErrorAt) {
	}

	RuleWatcher(RuleService rules, RuleProperties properties) throws IOException {
		this.rules = rules;
		this.dir = properties.rulesDir();
		if (!properties.rulesWatch() || !Files.isDirectory(dir)) {
			this.watch = null;
			this.thread = null;
			this.state = new State(false, null, 0, null, null);
			return;
		}
		this.state = new State(true, null, 0, null, null);
		this.watch = FileSystems.getDefault().newWatchService();
		registerAll();
		this.thread = new Thread(this::run, "rules-watcher");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	private void registerAll() throws IOException {
		try (Stream<Path> dirs = Files.walk(dir)) {
			for (Path d : dirs.filter(Files::isDirectory).toList()) {
				d.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
						StandardWatchEventKinds.ENTRY_DELETE);
			}
		}
	}

	/** What the watcher is doing. */
	State state() {
		return state;
	}

	private void run() {
		while (true) {
			try {
				WatchKey key = watch.take();
				drain(key);
				WatchKey more;
				while ((more = watch.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
					drain(more);
				}
				registerAll();
				rules.reload(RuleService.FILE_CHANGE);
				State s = state;
				state = new State(true, Instant.now(), s.restarts(), s.lastError(), s.lastErrorAt());
			}
			catch (InterruptedException | ClosedWatchServiceException e) {
				Thread.currentThread().interrupt();
				state = new State(false, state.lastReload(), state.restarts(), state.lastError(), state.lastErrorAt());
				return;
			}
			catch (IOException | RuntimeException e) {
				State s = state;
				state = new State(true, s.lastReload(), s.restarts() + 1, String.valueOf(e), Instant.now());
				log.error("Rule watcher error; it starts again in a second (POST /api/rules/reload reloads now)", e);
				if (!pause()) {
					return;
				}
			}
		}
	}

	private static boolean pause() {
		try {
			Thread.sleep(1000);
			return true;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static void drain(WatchKey key) {
		key.pollEvents();
		key.reset();
	}

	@Override
	public void destroy() throws IOException {
		if (watch != null) {
			watch.close();
			thread.interrupt();
		}
	}

}
