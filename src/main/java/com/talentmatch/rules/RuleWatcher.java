package com.talentmatch.rules;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * files stop changing, so an analyst's saved edit is live within about a second. Off with
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

	RuleWatcher(RuleService rules, RuleProperties properties) throws IOException {
		this.rules = rules;
		this.dir = properties.rulesDir();
		if (!properties.rulesWatch() || !Files.isDirectory(dir)) {
			this.watch = null;
			this.thread = null;
			return;
		}
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

	private void run() {
		try {
			while (true) {
				WatchKey key = watch.take();
				drain(key);
				WatchKey more;
				while ((more = watch.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
					drain(more);
				}
				registerAll();
				rules.reload(RuleService.FILE_CHANGE);
			}
		}
		catch (InterruptedException | ClosedWatchServiceException e) {
			Thread.currentThread().interrupt();
		}
		catch (IOException | RuntimeException e) {
			log.error("Rule watcher stopped; reload with POST /api/rules/reload", e);
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
