package com.talentmatch.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Limits failed sign-ins per user name: after {@value #MAX_FAILURES} failures within
 * {@link #WINDOW}, further attempts for that name are refused (429) until the oldest
 * failure is out of the window. Unknown and known names are counted alike, so the limit
 * tells nothing about which names exist. Holds at most {@value #MAX_NAMES} names (least
 * recently failed dropped first). Thread-safe.
 */
@Component
class LoginThrottle {

	static final int MAX_FAILURES = 5;

	static final Duration WINDOW = Duration.ofMinutes(5);

	static final int MAX_NAMES = 10_000;

	private final Clock clock = Clock.systemUTC();

	private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
			return size() > MAX_NAMES;
		}
	};

	/** Seconds until {@code username} may try again, or 0 when it may now. */
	synchronized long retryAfter(String username) {
		Deque<Instant> f = failures.get(key(username));
		if (f == null) {
			return 0;
		}
		Instant now = clock.instant();
		while (!f.isEmpty() && f.peekFirst().isBefore(now.minus(WINDOW))) {
			f.pollFirst();
		}
		return f.size() < MAX_FAILURES ? 0 : Math.max(1, Duration.between(now, f.peekFirst().plus(WINDOW)).toSeconds());
	}

	synchronized void failed(String username) {
		failures.computeIfAbsent(key(username), k -> new ArrayDeque<>()).addLast(clock.instant());
	}

	synchronized void succeeded(String username) {
		failures.remove(key(username));
	}

	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent e) {
		failed(String.valueOf(e.getAuthentication().getName()));
	}

	@EventListener
	void on(AuthenticationSuccessEvent e) {
		succeeded(e.getAuthentication().getName());
	}

	private static String key(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

}
