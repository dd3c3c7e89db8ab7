package com.talentmatch.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.util.FileSystemUtils;

import com.talentmatch.audit.AuditVerifier;
import com.talentmatch.audit.JdbcAuditLog;
import com.talentmatch.store.EmbeddedStore;

/**
 * Audit log costs on a scratch embedded store with a connection pool, as the service has
 * it: one append (its own transaction: read the last entry, insert the next), and
 * verifying the whole chain.
 *
 * <pre>{@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.talentmatch.bench.AuditBenchmark -Dexec.args=20000}</pre>
 */
public final class AuditBenchmark {

	private AuditBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int entries = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
		Path dir = Files.createTempDirectory("audit-bench");
		EmbeddedStore store = EmbeddedStore.open(dir);
		try (HikariDataSource pool = new HikariDataSource()) {
			pool.setJdbcUrl(store.url());
			pool.setUsername(store.user());
			pool.setPassword(store.password());
			Flyway.configure().dataSource(pool).load().migrate();
			JdbcAuditLog log = new JdbcAuditLog(new JdbcTemplate(pool), new DataSourceTransactionManager(pool));
			for (int i = 0; i < 500; i++) {
				log.record("warm-up", "ranking", "role/r", Map.of("rankingRun", i));
			}
			long start = System.nanoTime();
			for (int i = 0; i < entries; i++) {
				log.record("recruiter-" + (i % 16), "ranking", "role/cs-dept-manager", Map.of("rankingRun", i,
						"inputHash", "ab".repeat(32), "total", 300, "eligible", 41, "ruleVersion", "3f2a9c1b7d4e"));
			}
			double appendMicros = (System.nanoTime() - start) / 1000.0 / entries;
			long verifyStart = System.nanoTime();
			AuditVerifier.Verification v;
			try (Connection c = pool.getConnection()) {
				v = AuditVerifier.verify(c);
			}
			double verifyMillis = (System.nanoTime() - verifyStart) / 1e6;
			System.out.printf("append: %.0f µs per entry (%,d entries, one thread)%n", appendMicros, entries);
			System.out.printf("verify: %.0f ms for %s (%.1f µs per entry)%n", verifyMillis, v.message(),
					verifyMillis * 1000 / v.entries());
		}
		finally {
			FileSystemUtils.deleteRecursively(dir);
		}
	}

}
