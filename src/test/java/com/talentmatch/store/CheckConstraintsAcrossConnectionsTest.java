package com.talentmatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The store keeps accepting writes after the connection that created the schema is gone —
 * what a connection pool does after its max-lifetime. H2 2.4.240 answers every write to a
 * table with a {@code CHECK (… IN (…))} constraint with "Check constraint invalid" from
 * then on (h2database #4308, #4292, #4342); this test fails on it.
 */
class CheckConstraintsAcrossConnectionsTest {

	private static final String CANDIDATE = "INSERT INTO candidate (id, name, type, performance, potential, grades,"
			+ " experience, updated_at) VALUES ('%s', 'n', '%s', %s, %s, '', '', CURRENT_TIMESTAMP)";

	private static final String DECISION = "INSERT INTO decision (candidate_id, role, decision, reason, decided_by,"
			+ " created_at) VALUES ('c', 'r', '%s', 'why', 'me', CURRENT_TIMESTAMP)";

	private static final String NINE_BOX = "INSERT INTO nine_box_move (candidate_id, performance, potential, reason,"
			+ " moved_by, created_at) VALUES ('c', %s, %s, 'why', 'me', CURRENT_TIMESTAMP)";

	/**
	 * For each check constraint of the schema: rows it accepts, and rows that break only
	 * that constraint.
	 */
	private static final Map<String, Case> CASES = Map.of("COMPETENCY_MODEL_ORIGIN",
			new Case(List.of(model("m1", "seed"), model("m2", "import")), List.of(model("m3", "copied"))),
			"EVIDENCE_DOCUMENT_SOURCE",
			new Case(List.of(evidence("interview"), evidence("360"), evidence("other")), List.of(evidence("hallway"))),
			"CANDIDATE_TYPE",
			new Case(
					List.of(CANDIDATE.formatted("c1", "internal", 1, 3),
							CANDIDATE.formatted("c2", "external", "NULL", "NULL")),
					List.of(CANDIDATE.formatted("c3", "contractor", 2, 2))),
			"CANDIDATE_PERFORMANCE",
			new Case(List.of(CANDIDATE.formatted("c4", "internal", 3, 1)),
					List.of(CANDIDATE.formatted("c5", "internal", 4, 1), CANDIDATE.formatted("c6", "internal", 0, 1))),
			"CANDIDATE_POTENTIAL",
			new Case(List.of(CANDIDATE.formatted("c7", "internal", 2, 2)),
					List.of(CANDIDATE.formatted("c8", "internal", 2, 4))),
			"DECISION_KIND",
			new Case(
					List.of(DECISION.formatted("shortlist"), DECISION.formatted("reject"),
							DECISION.formatted("promote"), DECISION.formatted("hold")),
					List.of(DECISION.formatted("hire"))),
			"NINE_BOX_RANGE", new Case(List.of(NINE_BOX.formatted(1, 3), NINE_BOX.formatted(3, 1)),
					List.of(NINE_BOX.formatted(4, 2), NINE_BOX.formatted(2, 0))));

	record Case(List<String> accepted, List<String> refused) {
	}

	@TempDir
	Path store;

	@Test
	void everyCheckConstraintAcceptsAndRefusesThroughANewConnection() throws SQLException {
		EmbeddedStore embedded = EmbeddedStore.open(store);
		// The pool's other connections: they keep the database open while the schema's
		// connection goes away.
		try (Connection pool = embedded.connect()) {
			Flyway.configure()
				.dataSource(new SimpleDriverDataSource(new org.h2.Driver(), embedded.url(), embedded.user(),
						embedded.password()))
				.locations("classpath:db/migration")
				.load()
				.migrate();
			assertThat(checkConstraints(pool)).as("every check constraint in the schema has a case here")
				.isEqualTo(new TreeSet<>(CASES.keySet()));

			try (Connection fresh = embedded.connect(); Statement statement = fresh.createStatement()) {
				for (var entry : CASES.entrySet()) {
					for (String sql : entry.getValue().accepted()) {
						assertThat(statement.executeUpdate(sql)).as(sql).isEqualTo(1);
					}
					for (String sql : entry.getValue().refused()) {
						assertThatThrownBy(() -> statement.executeUpdate(sql)).as(sql)
							.isInstanceOfSatisfying(SQLException.class,
									e -> assertThat(e.getSQLState()).as(e.getMessage()).isEqualTo("23513"))
							.hasMessageContaining(entry.getKey());
					}
				}
			}
		}
	}

	private static TreeSet<String> checkConstraints(Connection c) throws SQLException {
		List<String> names = new ArrayList<>();
		try (var rs = c.createStatement()
			.executeQuery("SELECT constraint_name FROM information_schema.table_constraints"
					+ " WHERE constraint_type = 'CHECK' AND table_schema = 'PUBLIC'")) {
			while (rs.next()) {
				names.add(rs.getString(1));
			}
		}
		return new TreeSet<>(names);
	}

	private static String model(String id, String origin) {
		return "INSERT INTO competency_model (id, origin, content_hash, body, updated_at) VALUES ('" + id + "', '"
				+ origin + "', 'h', '{}', CURRENT_TIMESTAMP)";
	}

	private static String evidence(String source) {
		return "INSERT INTO evidence_document (candidate_id, source, text, created_at) VALUES ('c', '" + source
				+ "', 't', CURRENT_TIMESTAMP)";
	}

}
