package com.talentmatch.rules;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

import com.talentmatch.catalogue.DataProblem;

/**
 * Fires a session within a {@link RuleBudget}: a shared timer thread calls
 * {@link KieSession#halt()} when the time left for the call is used up, and
 * {@code fireAllRules} stops at the firing limit. Either way the call fails with a
 * {@link RuleBudgetExceededException} naming the rule that fired most. One instance per
 * call: it carries the time left across the call's sessions, which may fire on several
 * threads at once (each subtracts its own time, so the budget is of CPU time).
 */
final class BudgetedFiring {

	private static final ScheduledThreadPoolExecutor TIMER = timer();

	private final RuleBudget budget;

	private final Function<String, DataProblem> locate;

	private final java.util.concurrent.atomic.AtomicLong remainingNanos;

	/**
	 * @param budget the budget
	 * @param locate where a rule is written: a problem with its file and line (the
	 * message is replaced)
	 */
	BudgetedFiring(RuleBudget budget, Function<String, DataProblem> locate) {
		this.budget = budget;
		this.locate = locate;
		this.remainingNanos = new java.util.concurrent.atomic.AtomicLong(budget.time().toNanos());
	}

	private static ScheduledThreadPoolExecutor timer() {
		ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> {
			Thread thread = new Thread(r, "rule-budget");
			thread.setDaemon(true);
			return thread;
		});
		t.setRemoveOnCancelPolicy(true);
		return t;
	}

	/**
	 * Fires every rule of {@code session}, which is about {@code facts} facts
	 * (candidates, or declaring rules: {@code noun}); the caller disposes of it.
	 */
	void fire(KieSession session, int facts, String noun) {
		Map<String, int[]> counts = new HashMap<>();
		session.addEventListener(new DefaultAgendaEventListener() {
			@Override
			public void afterMatchFired(AfterMatchFiredEvent event) {
				counts.computeIfAbsent(event.getMatch().getRule().getName(), k -> new int[1])[0]++;
			}
		});
		AtomicBoolean halted = new AtomicBoolean();
		int limit = budget.firingLimit(facts);
		long start = System.nanoTime();
		ScheduledFuture<?> timer = TIMER.schedule(() -> {
			halted.set(true);
			session.halt();
		}, Math.max(remainingNanos.get(), 0), TimeUnit.NANOSECONDS);
		int fired;
		try {
			fired = session.fireAllRules(limit);
		}
		finally {
			timer.cancel(false);
			remainingNanos.addAndGet(start - System.nanoTime());
		}
		if (halted.get() || fired >= limit) {
			throw exceeded(counts, halted.get(), fired, facts + " " + noun, limit);
		}
	}

	private RuleBudgetExceededException exceeded(Map<String, int[]> counts, boolean time, int fired, String facts,
			int limit) {
		Map.Entry<String, int[]> top = counts.entrySet()
			.stream()
			.max(Comparator.comparingInt(e -> e.getValue()[0]))
			.orElse(null);
		String rule = top == null ? null : top.getKey();
		String what = time
				? "the rules were halted after " + budget.time().toMillis()
						+ " ms, the time budget of one evaluation (talent-match.rules-time-budget-ms)"
				: "the rules were halted after " + fired + " firings for " + facts + ", the firing limit ("
						+ budget.firingsPerFact() + " each + 1000 = " + limit + ")";
		String who = rule == null ? ""
				: ": rule \"" + rule + "\" fired " + top.getValue()[0] + " times. A rule that changes a fact its own "
						+ "conditions match fires again and again; add 'no-loop true', or a condition the change makes "
						+ "false";
		DataProblem at = rule == null ? new DataProblem("rules", 0, null, "") : locate.apply(rule);
		return new RuleBudgetExceededException(new DataProblem(at.file(), at.line(), at.field(),
				what + who + ". Nothing was changed; the service keeps serving."));
	}

}
