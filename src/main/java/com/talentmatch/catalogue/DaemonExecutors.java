package com.talentmatch.catalogue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Background executors that never keep the JVM alive. */
public final class DaemonExecutors {

	private DaemonExecutors() {
	}

	/** One daemon thread called {@code name}, running tasks one at a time, in order. */
	public static ExecutorService single(String name) {
		return Executors.newSingleThreadExecutor(r -> {
			Thread t = new Thread(r, name);
			t.setDaemon(true);
			return t;
		});
	}

}
