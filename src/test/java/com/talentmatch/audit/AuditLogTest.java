package com.talentmatch.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import com.talentmatch.catalogue.Hashes;
import com.talentmatch.cli.CliAccess;
import com.talentmatch.store.EmbeddedStore;

/**
 * The hash chain over a real (migrated) store: an intact log verifies, and an edited,
 * removed, re-hashed or re-ordered entry is named; the CLI's exit codes.
 */
class AuditLogTest {

	@TempDir
	Path tmp;

	SimpleDriverDataSource dataSource;

	JdbcTemplate jdbc;

	JdbcAuditLog log;

	/** Held open so that the database stays open between statements. */
	Connection held;

	@BeforeEach
	void migratedStore() throws SQLException {
		EmbeddedStore store = EmbeddedStore.open(tmp.resolve("store"));
		held = store.connect();
		dataSource = new SimpleDriverDataSource(new org.h2.Driver(), store.url(), store.user(), store.password());
		Flyway.configure().dataSource(dataSource).load().migrate();
		jdbc = new JdbcTemplate(dataSource);
		log = newLog(Clock.fixed(Instant.parse("2026-12-01T10:02:11.120456Z"), ZoneOffset.UTC));
	}

	@AfterEach
	void close() throws SQLException {
		held.close();
	}

	JdbcAuditLog newLog(Clock clock) {
		return new JdbcAuditLog(jdbc, new DataSourceTransactionManager(dataSource), clock);
	}

	AuditVerifier.Verification verify() {
		return new AuditVerifier(dataSource).verify();
	}

	/** Five entries of different kinds, as the services write them. */
	List<AuditEntry> fiveEvents() {
		Map<String, Object> withNull = new HashMap<>();
		withNull.put("decision", 7);
		withNull.put("rankingRun", null);
		return List.of(
				log.append("file change on disk", "rule-change", "rules/3f2a9c1b7d4e",
						Map.of("ruleVersion", "3f2a9c1b7d4e", "hash", "ab".repeat(32), "files", 9, "catalogueRevision",
								4)),
				log.append("王敏", "ranking", "role/cs-dept-manager",
						Map.of("rankingRun", 12, "inputHash", "cd".repeat(32), "total", 300, "eligible", 41)),
				log.append("hr-lead", "decision", "candidate/E0012", withNull),
				log.append(null, "export", "candidates", Map.of("what", "candidates", "format", "csv", "rows", 300)),
				log.append("admin\nsecond line", "erasure", "candidate/E0099",
						Map.of("candidate", 1, "evidenceDocuments", List.of(1, 2))));
	}

	@Test
	void anIntactChainOfMixedEventsVerifies() {
		List<AuditEntry> written = fiveEvents();
		AuditVerifier.Verification v = verify();
		assertThat(v.intact()).isTrue();
		assertThat(v.entries()).isEqualTo(5);
		assertThat(v.message()).isEqualTo("intact, 5 entries");
		assertThat(v.head()).isEqualTo(written.get(4).hash());
		assertThat(written.get(0).prevHash()).isEqualTo(AuditChain.GENESIS);
		for (int i = 1; i < written.size(); i++) {
			assertThat(written.get(i).prevHash()).isEqualTo(written.get(i - 1).hash());
			assertThat(written.get(i).id()).isEqualTo(i + 1);
		}
		assertThat(written.get(3).actor()).isEqualTo(JdbcAuditLog.ANONYMOUS);
		assertThat(written.get(1).ruleVersion()).as("no activation recorded in this store").isNull();
		assertThat(written.get(1).catalogueRevision()).as("the store's revision").isZero();
		assertThat(written.get(0).ruleVersion()).isEqualTo("3f2a9c1b7d4e");
		assertThat(written.get(0).catalogueRevision()).isEqualTo(4);
	}

	@Test
	void theHashIsTheDocumentedSerialisation() {
		AuditEntry e = fiveEvents().get(1);
		String canonical = "id=1:2\n" + "created_at=24:2026-12-01T10:02:11.120Z\n" + "actor=6:王敏\n"
				+ "action=7:ranking\n" + "subject=20:role/cs-dept-manager\n" + "details="
				+ e.details().getBytes(StandardCharsets.UTF_8).length + ":" + e.details() + "\n" + "rule_version=-\n"
				+ "catalogue_revision=1:0\n" + "prev_hash=64:" + e.prevHash() + "\n";
		assertThat(e.details())
			.isEqualTo("{\"eligible\":41,\"inputHash\":\"" + "cd".repeat(32) + "\",\"rankingRun\":12,\"total\":300}");
		assertThat(e.hash()).isEqualTo(Hashes.sha256(canonical.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void anEditedDetailsIsNamedWithTheHashExpectedAndFound() {
		List<AuditEntry> written = fiveEvents();
		jdbc.update("UPDATE audit_event SET details = ? WHERE id = 3", "{\"decision\":8,\"rankingRun\":null}");
		AuditVerifier.Verification v = verify();
		assertThat(v.intact()).isFalse();
		assertThat(v.brokenAt()).isEqualTo(3);
		assertThat(v.entries()).isEqualTo(2);
		assertThat(v.found()).isEqualTo("hash " + written.get(2).hash());
		assertThat(v.expected()).startsWith("hash ").isNotEqualTo(v.found());
		assertThat(v.message()).startsWith("broken at entry 3: its fields were changed after it was written");
	}

	@Test
	void anEditedActorIsNamed() {
		fiveEvents();
		jdbc.update("UPDATE audit_event SET actor = 'someone-else' WHERE id = 2");
		assertThat(verify().brokenAt()).isEqualTo(2);
	}

	@Test
	void aDeletedEntryBreaksTheLinkOfTheNextOne() {
		List<AuditEntry> written = fiveEvents();
		jdbc.update("DELETE FROM audit_event WHERE id = 3");
		AuditVerifier.Verification v = verify();
		assertThat(v.brokenAt()).isEqualTo(4);
		assertThat(v.expected()).isEqualTo("prev_hash " + written.get(1).hash());
		assertThat(v.found()).isEqualTo("prev_hash " + written.get(2).hash());
		assertThat(v.message()).contains("does not link to entry 2").contains("ids jump from 2 to 4");
	}

	@Test
	void aDeletedFirstEntryIsFound() {
		fiveEvents();
		jdbc.update("DELETE FROM audit_event WHERE id = 1");
		AuditVerifier.Verification v = verify();
		assertThat(v.brokenAt()).isEqualTo(2);
		assertThat(v.expected()).isEqualTo("prev_hash " + AuditChain.GENESIS);
	}

	@Test
	void anEditedEntryWithARecomputedHashBreaksTheNextLink() {
		List<AuditEntry> written = fiveEvents();
		AuditEntry e = written.get(2);
		AuditEntry forged = new AuditEntry(e.id(), e.createdAt(), "nobody", e.action(), e.subject(), e.details(),
				e.ruleVersion(), e.catalogueRevision(), e.prevHash(), null);
		jdbc.update("UPDATE audit_event SET actor = ?, hash = ? WHERE id = 3", "nobody", AuditChain.hash(forged));
		AuditVerifier.Verification v = verify();
		assertThat(v.brokenAt()).isEqualTo(4);
		assertThat(v.expected()).isEqualTo("prev_hash " + AuditChain.hash(forged));
		assertThat(v.found()).isEqualTo("prev_hash " + written.get(2).hash());
	}

	@Test
	void reorderedEntriesWithRecomputedHashesAreFound() {
		List<AuditEntry> written = fiveEvents();
		jdbc.update("UPDATE audit_event SET id = -3 WHERE id = 3");
		jdbc.update("UPDATE audit_event SET id = 3 WHERE id = 4");
		jdbc.update("UPDATE audit_event SET id = 4 WHERE id = -3");
		for (AuditEntry moved : List.of(renumbered(written.get(3), 3), renumbered(written.get(2), 4))) {
			jdbc.update("UPDATE audit_event SET hash = ? WHERE id = ?", AuditChain.hash(moved), moved.id());
		}
		AuditVerifier.Verification v = verify();
		assertThat(v.brokenAt()).isEqualTo(3);
		assertThat(v.expected()).isEqualTo("prev_hash " + written.get(1).hash());
		assertThat(v.found()).isEqualTo("prev_hash " + written.get(2).hash());
	}

	static AuditEntry renumbered(AuditEntry e, long id) {
		return new AuditEntry(id, e.createdAt(), e.actor(), e.action(), e.subject(), e.details(), e.ruleVersion(),
				e.catalogueRevision(), e.prevHash(), null);
	}

	@Test
	void concurrentAppendsFromTwoWritersNeverFork() throws Exception {
		JdbcAuditLog other = newLog(Clock.systemUTC());
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < 4; t++) {
				JdbcAuditLog writer = t % 2 == 0 ? log : other;
				int thread = t;
				done.add(pool.submit(() -> {
					for (int i = 0; i < 25; i++) {
						writer.record("writer-" + thread, "ranking", "role/r" + i, Map.of("n", i));
					}
				}));
			}
			for (Future<?> f : done) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}
		AuditVerifier.Verification v = verify();
		assertThat(v.message()).isEqualTo("intact, 100 entries");
	}

	@Test
	void detailsWithNamesOrFreeTextAreRefused() {
		assertThatThrownBy(() -> log.record("u", "decision", "candidate/E1", Map.of("reason", "面试表现突出")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("'reason'");
		assertThatThrownBy(() -> log.record("u", "decision", "candidate/E1", Map.of("name", "张三")))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> log.record("u", "import", "candidates", Map.of("file", "x".repeat(201))))
			.hasMessageContaining("201 characters");
		assertThatThrownBy(() -> log.record("u", "import", "candidates", Map.of("person", Map.of("id", 1))))
			.hasMessageContaining("give a text or a number");
		assertThatThrownBy(() -> log.record("u", " ", "candidates", Map.of()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event", Integer.class)).isZero();
		log.record("u", "import", "candidates", Map.of("file", "x".repeat(200)));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event", Integer.class)).isOne();
	}

	@Test
	void aLongActorIsCutNotRefused() {
		AuditEntry e = log.append("u".repeat(300), "export", "candidates", Map.of());
		assertThat(e.actor()).hasSize(200).endsWith("…");
		assertThat(verify().intact()).isTrue();
	}

	@Test
	void theCliExitsZeroWhenIntactAndOneNamingTheEntryWhenBroken() {
		fiveEvents();
		String dir = tmp.resolve("store").toString();
		StringWriter out = new StringWriter();
		assertThat(CliAccess.run(new String[] { "audit-verify", "--store-dir", dir }, out)).as(out.toString()).isZero();
		assertThat(out.toString()).startsWith("Audit log intact, 5 entries; head ");
		jdbc.update("UPDATE audit_event SET subject = 'candidate/E0013' WHERE id = 3");
		StringWriter broken = new StringWriter();
		assertThat(CliAccess.run(new String[] { "audit-verify", "--store-dir", dir }, broken)).isOne();
		assertThat(broken.toString()).startsWith("Audit log broken at entry 3: its fields were changed");
		StringWriter none = new StringWriter();
		assertThat(
				CliAccess.run(new String[] { "audit-verify", "--store-dir", tmp.resolve("nothing").toString() }, none))
			.isOne();
		assertThat(none.toString()).contains("there is no store in");
	}

}
