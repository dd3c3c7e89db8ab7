package com.talentmatch.ranking;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.talentmatch.candidates.Candidate;
import com.talentmatch.candidates.CandidateService;
import com.talentmatch.catalogue.CatalogueProperties;
import com.talentmatch.rules.Evaluator;
import com.talentmatch.rules.RoleRequirements;
import com.talentmatch.rules.RuleService;
import com.talentmatch.table.TableFormat;

/**
 * Once the service is ready, ranks a practice pool for every role in the background and
 * throws the results away, so that the first ranking a recruiter asks for runs on
 * compiled code: a JVM runs new code slowly until it has run it often, and ranking 10,000
 * people the first time took 3–4 s instead of 0.6 s. The practice pool is the demo pool
 * file ({@code data/candidates/demo-pool.csv}, read, never stored), else the stored pool,
 * repeated up to {@value #POOL} people; evidence is not matched. Nothing is written: no
 * audit entry, no cache. Bounded by {@value #EVALUATIONS} evaluations and
 * {@code talent-match.ranking-warm-up-seconds}; off with
 * {@code talent-match.ranking-warm-up=false}.
 */
@Component
public class RankingWarmUp {

	private static final Logger log = LoggerFactory.getLogger(RankingWarmUp.class);

	/** People in the practice pool. */
	static final int POOL = 2_000;

	/** Evaluations, across roles and rounds, after which the warm-up stops. */
	static final int EVALUATIONS = 60_000;

	private final RankingService ranking;

	private final RuleService rules;

	private final CandidateService candidates;

	private final Path demoPool;

	private final boolean enabled;

	private final Duration limit;

	private final AtomicBoolean started = new AtomicBoolean();

	private final CountDownLatch done = new CountDownLatch(1);

	RankingWarmUp(RankingService ranking, RuleService rules, CandidateService candidates,
			CatalogueProperties properties, @Value("${talent-match.ranking-warm-up:true}") boolean enabled,
			@Value("${talent-match.ranking-warm-up-seconds:20}") int seconds) {
		this.ranking = ranking;
		this.rules = rules;
		this.candidates = candidates;
		this.demoPool = properties.dataDir().resolve("candidates/demo-pool.csv");
		this.enabled = enabled;
		this.limit = Duration.ofSeconds(seconds);
	}

	/** When the service first accepts traffic: warms up on a daemon thread. */
	@EventListener
	public void ready(AvailabilityChangeEvent<ReadinessState> event) {
		if (event.getState() != ReadinessState.ACCEPTING_TRAFFIC || !started.compareAndSet(false, true)) {
			return;
		}
		if (!enabled) {
			done.countDown();
			return;
		}
		Thread t = new Thread(() -> {
			try {
				Result r = warmUp(limit, EVALUATIONS);
				log.info("Ranking warmed up: {} evaluations over {} roles in {} ms", r.evaluations(), r.roles(),
						r.millis());
			}
			catch (RuntimeException e) {
				log.debug("The ranking warm-up stopped: {}", e.toString());
			}
			finally {
				done.countDown();
			}
		}, "ranking-warm-up");
		t.setDaemon(true);
		t.setPriority(Thread.MIN_PRIORITY);
		t.start();
	}

	/** Waits for the background warm-up; whether it is over. */
	public boolean await(Duration timeout) throws InterruptedException {
		return done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	/**
	 * What a warm-up did.
	 *
	 * @param evaluations people evaluated, all roles and rounds together
	 * @param roles roles ranked
	 * @param millis how long it took
	 */
	public record Result(int evaluations, int roles, long millis) {
	}

	/**
	 * Ranks the practice pool for every role, round after round, until {@code most}
	 * evaluations or {@code time} are done (a round is never cut short).
	 */
	public Result warmUp(Duration time, int most) {
		long start = System.nanoTime();
		List<Candidate> pool = practicePool();
		Evaluator evaluator = rules.evaluator();
		List<RoleRequirements> roles = List.copyOf(evaluator.rules().roles().values());
		int evaluations = 0;
		if (pool.isEmpty() || roles.isEmpty()) {
			return new Result(0, 0, 0);
		}
		while (evaluations < most && System.nanoTime() - start < time.toNanos()) {
			for (RoleRequirements role : roles) {
				List<RankingService.Judged> judged = ranking.judge(pool, role, evaluator, null, c -> List.of(),
						c -> null, p -> {
						});
				new RankOrder(evaluator.rules(), role.role()).sort(judged);
				evaluations += judged.size();
			}
		}
		return new Result(evaluations, roles.size(), (System.nanoTime() - start) / 1_000_000);
	}

	/** The demo pool file or the stored pool, repeated up to {@value #POOL} people. */
	private List<Candidate> practicePool() {
		List<Candidate> seed;
		try {
			seed = Files.exists(demoPool) ? candidates
				.readPool(Files.readAllBytes(demoPool), demoPool.getFileName().toString(), TableFormat.CSV)
				.candidates() : List.of();
		}
		catch (IOException | RuntimeException e) {
			seed = List.of();
		}
		if (seed.isEmpty()) {
			seed = candidates.all();
		}
		List<Candidate> pool = new ArrayList<>(POOL);
		for (int i = 0; !seed.isEmpty() && i < POOL; i++) {
			Candidate c = seed.get(i % seed.size());
			pool.add(new Candidate("warm-up-" + i, c.name(), c.type(), c.department(), c.currentRole(), c.performance(),
					c.potential(), c.grades(), c.experience(), c.levels()));
		}
		return pool;
	}

}
