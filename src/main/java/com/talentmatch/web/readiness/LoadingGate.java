package com.talentmatch.web.readiness;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationListener;

/**
 * Whether the service has loaded what it needs to answer: the catalogue, the rules, the
 * evidence index and the demo pool ({@link #STEPS}). Each loader publishes
 * {@link LoadingCompleted} when it is done; until every step has, readiness is
 * {@link ReadinessState#REFUSING_TRAFFIC} (the readiness probe says OUT_OF_SERVICE) and
 * {@link LoadingFilter} answers {@code /api/**} with 503. When the last step is done the
 * gate publishes {@link ReadinessState#ACCEPTING_TRAFFIC} and logs one line with the
 * service's address and how long the start took.
 *
 * <p>
 * {@link #expect(String)} makes the gate wait for another step (a test holds the service
 * in loading with it). Thread-safe.
 */
public class LoadingGate implements ApplicationListener<LoadingCompleted> {

	private static final Logger log = LoggerFactory.getLogger(LoadingGate.class);

	/** What the service waits for at startup. */
	public static final List<String> STEPS = List.of(LoadingCompleted.CATALOGUE, LoadingCompleted.RULES,
			LoadingCompleted.EVIDENCE_INDEX, LoadingCompleted.DEMO_POOL);

	private final Set<String> pending = new LinkedHashSet<>();

	private final ApplicationEventPublisher events;

	private final ServiceAddress address;

	private volatile boolean ready;

	private boolean announced;

	LoadingGate(List<String> steps, ApplicationEventPublisher events, ServiceAddress address) {
		this.pending.addAll(steps);
		this.events = events;
		this.address = address;
	}

	@Override
	public void onApplicationEvent(LoadingCompleted event) {
		complete(event.step());
	}

	/** Marks a step done; the last one opens the gate. */
	public void complete(String step) {
		boolean opened;
		synchronized (this) {
			if (!pending.remove(step) || !pending.isEmpty()) {
				log.debug("Loaded {}; waiting for {}", step, pending);
				return;
			}
			opened = !ready;
			ready = true;
		}
		if (opened) {
			AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
			announce();
		}
	}

	/**
	 * Makes the gate wait for one more step; the service refuses traffic until it is
	 * done.
	 */
	public void expect(String step) {
		boolean closed;
		synchronized (this) {
			if (!pending.add(step)) {
				return;
			}
			closed = ready;
			ready = false;
		}
		if (closed) {
			AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
		}
	}

	/** Whether every step is done. */
	public boolean ready() {
		return ready;
	}

	/** The steps not done yet, in the order they were expected. */
	public synchronized List<String> pending() {
		return List.copyOf(pending);
	}

	private void announce() {
		synchronized (this) {
			if (announced) {
				return;
			}
			announced = true;
		}
		double seconds = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
		log.info("talent-match ready in {} s: {} (API docs: {})", String.format(java.util.Locale.ROOT, "%.1f", seconds),
				address.root(), address.swaggerUi());
	}

}
