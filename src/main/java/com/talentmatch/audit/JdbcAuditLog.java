package com.talentmatch.audit;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log in the store's {@code audit_event} table, hash-chained as
 * {@link AuditChain} documents.
 * <p>
 * <b>Appends never fork the chain.</b> Within one process, {@link #record} is
 * {@code synchronized}, and reads the last entry and inserts the next one in one
 * transaction of its own (a new one, even when the caller has one open), committed before
 * the next append starts. Between processes sharing the store (the service and a CLI
 * command, or several replicas on one database), the database keeps the chain linear: the
 * appender assigns {@code id} = last id + 1 (the primary key) and {@code prev_hash} is
 * {@code UNIQUE}, so of two appends that read the same last entry only one is stored; the
 * other fails with a duplicate key and is retried on the new last entry (up to
 * {@value #ATTEMPTS} times). Several replicas under heavy load would do better with a
 * database lock taken before the read (PostgreSQL {@code pg_advisory_xact_lock}, or
 * {@code SELECT … FOR UPDATE} on a one-row head table) instead of retries.
 * <p>
 * Because the entry commits on its own, call {@link #record} after the change it records
 * has committed: a change that failed is then never logged. Nothing in the code updates
 * or deletes an entry.
 * <p>
 * {@code rule_version} and {@code catalogue_revision} are taken from the details
 * ({@code ruleVersion}, {@code catalogueRevision}) when the caller knows them, otherwise
 * from the store: the version of the last recorded rule activation and the current
 * catalogue revision. Thread-safe.
 */
@Service
public class JdbcAuditLog implements AuditLog {

	/** How many times an append that lost a race with another process is tried. */
	static final int ATTEMPTS = 50;

	/** Longest actor stored; a longer one is cut to this length, ending in {@code …}. */
	static final int MAX_ACTOR_CHARS = 200;

	/** Recorded when the caller names no actor (a request without a user). */
	public static final String ANONYMOUS = "anonymous";

	/**
	 * Detail keys that would carry personal data or free text; refused so that no call
	 * site puts a name or an evidence text into the log.
	 */
	static final Set<String> REFUSED_KEYS = Set.of("name", "names", "reason", "text", "evidence", "snippet", "snippets",
			"comment", "notes");

	/** Longest text value in details: ids, codes and hashes fit; prose does not. */
	static final int MAX_VALUE_CHARS = 200;

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.build();

	private final JdbcTemplate jdbc;

	private final TransactionTemplate tx;

	private final Clock clock;

	@Autowired
	public JdbcAuditLog(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this(jdbc, transactions, Clock.systemUTC());
	}

	JdbcAuditLog(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.tx = new TransactionTemplate(transactions);
		this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * {@inheritDoc}
	 * @throws IllegalArgumentException when {@code action} or {@code subject} is blank,
	 * or {@code details} holds a refused key ({@link #REFUSED_KEYS}), a text longer than
	 * {@value #MAX_VALUE_CHARS} characters, or a value that is not a text, number,
	 * boolean or a list of those
	 */
	@Override
	public synchronized void record(String actor, String action, String subject, Map<String, ?> details) {
		append(actor, action, subject, details);
	}

	/** Appends one entry and returns it as stored. */
	synchronized AuditEntry append(String actor, String action, String subject, Map<String, ?> details) {
		if (action == null || action.isBlank() || subject == null || subject.isBlank()) {
			throw new IllegalArgumentException("an audit entry needs an action and a subject");
		}
		Map<String, Object> sorted = new TreeMap<>();
		if (details != null) {
			details.forEach((k, v) -> sorted.put(k, checked(k, v)));
		}
		String who = actor == null || actor.isBlank() ? ANONYMOUS : actor.strip();
		if (who.length() > MAX_ACTOR_CHARS) {
			who = who.substring(0, MAX_ACTOR_CHARS - 1) + "…";
		}
		String stored = who;
		String text = JSON.writeValueAsString(sorted);
		for (int attempt = 1;; attempt++) {
			try {
				return tx.execute(status -> insert(stored, action, subject, text, sorted));
			}
			catch (DuplicateKeyException | TransientDataAccessException e) {
				if (attempt == ATTEMPTS) {
					throw e;
				}
				backOff(attempt);
			}
		}
	}

	private static Object checked(String key, Object value) {
		if (REFUSED_KEYS.contains(key)) {
			throw new IllegalArgumentException("audit details must not hold '" + key
					+ "': ids, codes and versions only, never names or free text");
		}
		if (value instanceof Collection<?> items) {
			return items.stream().map(v -> checked(key, v)).toList();
		}
		if (value instanceof CharSequence s && s.length() > MAX_VALUE_CHARS) {
			throw new IllegalArgumentException("audit detail '" + key + "' is " + s.length()
					+ " characters long; at most " + MAX_VALUE_CHARS + ": ids and codes, not text");
		}
		if (value == null || value instanceof CharSequence || value instanceof Number || value instanceof Boolean) {
			return value instanceof CharSequence s ? s.toString() : value;
		}
		throw new IllegalArgumentException(
				"audit detail '" + key + "' is a " + value.getClass().getSimpleName() + "; give a text or a number");
	}

	private AuditEntry insert(String actor, String action, String subject, String details, Map<String, Object> values) {
		List<Head> last = jdbc.query("SELECT id, hash FROM audit_event ORDER BY id DESC FETCH FIRST 1 ROWS ONLY",
				(rs, i) -> new Head(rs.getLong(1), rs.getString(2)));
		long id = last.isEmpty() ? 1 : last.get(0).id() + 1;
		String prev = last.isEmpty() ? AuditChain.GENESIS : last.get(0).hash();
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		String ruleVersion = values.get("ruleVersion") instanceof String v ? v : currentRuleVersion();
		Long revision = values.get("catalogueRevision") instanceof Number n ? Long.valueOf(n.longValue())
				: currentCatalogueRevision();
		AuditEntry unhashed = new AuditEntry(id, now, actor, action, subject, details, ruleVersion, revision, prev,
				null);
		AuditEntry e = unhashed.withHash(AuditChain.hash(unhashed));
		jdbc.update(con -> {
			PreparedStatement ps = con.prepareStatement("INSERT INTO audit_event (id, created_at, actor, action, "
					+ "subject, details, rule_version, catalogue_revision, prev_hash, hash) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
			ps.setLong(1, e.id());
			ps.setObject(2, OffsetDateTime.ofInstant(e.createdAt(), ZoneOffset.UTC));
			ps.setString(3, e.actor());
			ps.setString(4, e.action());
			ps.setString(5, e.subject());
			ps.setString(6, e.details());
			ps.setString(7, e.ruleVersion());
			ps.setObject(8, e.catalogueRevision(), java.sql.Types.BIGINT);
			ps.setString(9, e.prevHash());
			ps.setString(10, e.hash());
			return ps;
		});
		return e;
	}

	/** The last entry's id and hash. */
	private record Head(long id, String hash) {
	}

	private String currentRuleVersion() {
		return jdbc
			.queryForList("SELECT version_id FROM rule_activation ORDER BY id DESC FETCH FIRST 1 ROWS ONLY",
					String.class)
			.stream()
			.findFirst()
			.orElse(null);
	}

	private Long currentCatalogueRevision() {
		return jdbc.queryForList("SELECT revision FROM catalogue_revision WHERE id = 1", Long.class)
			.stream()
			.findFirst()
			.orElse(null);
	}

	/**
	 * Waits a little before the next attempt, randomly, so that two processes that keep
	 * reading the same last entry stop colliding.
	 */
	private static void backOff(int attempt) {
		try {
			Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 2L + Math.min(attempt, 10) * 2));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

}
