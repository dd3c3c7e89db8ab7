package com.talentmatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import com.talentmatch.store.EmbeddedStore;

/**
 * {@code backup} while the store is open and written to, {@code restore} into another
 * directory, and refusals.
 */
class BackupRestoreTest {

	final StringWriter out = new StringWriter();

	final StringWriter err = new StringWriter();

	@TempDir
	Path tmp;

	int run(String... args) {
		out.getBuffer().setLength(0);
		err.getBuffer().setLength(0);
		return Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
	}

	/** A store with the schema, as the service leaves it. */
	static EmbeddedStore migrated(Path dir) {
		EmbeddedStore store = EmbeddedStore.open(dir);
		Flyway.configure()
			.dataSource(new SimpleDriverDataSource(new org.h2.Driver(), store.url(), store.user(), store.password()))
			.load()
			.migrate();
		return store;
	}

	@Test
	void theExamplesInDocsStoreMdRun() throws Exception {
		EmbeddedStore store = migrated(tmp.resolve("var/store"));
		List<String> commands = Files.readAllLines(Path.of("docs/store.md"))
			.stream()
			.filter(l -> l.startsWith("java -jar target/talent-match.jar "))
			.toList();
		assertThat(commands).hasSize(2);
		try (Connection service = store.connect()) {
			addCandidate(service, "doc");
			for (String line : commands) {
				String[] args = line.substring("java -jar target/talent-match.jar ".length()).split("\\s+");
				for (int i = 0; i < args.length; i++) {
					if (args[i].startsWith("var/") || args[i].startsWith("backups/")) {
						args[i] = tmp.resolve(args[i]).toString();
					}
				}
				assertThat(run(args)).as(line + ": " + err).isZero();
				assertThat(out.toString()).contains("candidate=1");
			}
		}
		assertThat(tmp.resolve("var/store-restored/talentmatch.mv.db")).exists();
	}

	@Test
	void aBackupTakenWhileTheStoreIsInUseRestoresIntoANewDirectory() throws Exception {
		Path live = tmp.resolve("live");
		EmbeddedStore store = migrated(live);
		Path zip = tmp.resolve("backups/b1.zip");
		Path restored = tmp.resolve("restored");
		try (Connection service = store.connect()) {
			addCandidate(service, "before");
			assertThat(run("backup", "--store-dir", live.toString(), "--to", zip.toString())).as(err.toString())
				.isZero();
			assertThat(out.toString()).contains("candidate=1");
			addCandidate(service, "after");

			assertThat(run("restore", "--from", zip.toString(), "--store-dir", restored.toString())).as(err.toString())
				.isZero();
			assertThat(out.toString()).contains("candidate=1");
			try (Connection c = EmbeddedStore.open(restored).connect();
					var rs = c.createStatement().executeQuery("SELECT id FROM candidate")) {
				assertThat(rs.next()).isTrue();
				assertThat(rs.getString(1)).isEqualTo("before");
				assertThat(rs.next()).as("written after the backup").isFalse();
			}

			assertThat(run("restore", "--from", zip.toString(), "--store-dir", restored.toString())).isEqualTo(1);
			assertThat(err.toString()).contains("holds a store already").contains("--replace");
			assertThat(run("restore", "--from", zip.toString(), "--store-dir", live.toString(), "--replace"))
				.isEqualTo(1);
			assertThat(err.toString()).contains("is in use");
			try (var rs = service.createStatement().executeQuery("SELECT COUNT(*) FROM candidate")) {
				rs.next();
				assertThat(rs.getInt(1)).as("the store in use is untouched").isEqualTo(2);
			}
			assertThat(run("backup", "--store-dir", live.toString(), "--to", zip.toString())).isEqualTo(1);
			assertThat(err.toString()).contains("exists already");
		}
		assertThat(run("restore", "--from", zip.toString(), "--store-dir", restored.toString(), "--replace"))
			.as(err.toString())
			.isZero();
		try (var aside = Files.list(restored)) {
			assertThat(aside.filter(p -> p.getFileName().toString().startsWith("replaced-")).toList()).singleElement()
				.satisfies(p -> assertThat(p.resolve("talentmatch.mv.db")).exists());
		}
	}

	@Test
	void whatIsNotAStoreOrABackupIsRefused() throws IOException {
		assertThat(
				run("backup", "--store-dir", tmp.resolve("none").toString(), "--to", tmp.resolve("x.zip").toString()))
			.isEqualTo(1);
		assertThat(err.toString()).contains("there is no store in");
		Path notZip = Files.writeString(tmp.resolve("notes.zip"), "not a zip");
		assertThat(run("restore", "--from", notZip.toString(), "--store-dir", tmp.resolve("r").toString()))
			.isEqualTo(1);
		assertThat(err.toString()).contains("not a talent-match backup");
		Path otherZip = tmp.resolve("other.zip");
		try (var z = new ZipOutputStream(Files.newOutputStream(otherZip))) {
			z.putNextEntry(new ZipEntry("talentmatch.sql"));
			z.write(new byte[] { 1, 2, 3 });
		}
		assertThat(run("restore", "--from", otherZip.toString(), "--store-dir", tmp.resolve("r").toString()))
			.isEqualTo(1);
		assertThat(err.toString()).contains("it has no store.properties");
		assertThat(run("restore", "--from", tmp.resolve("missing.zip").toString())).isEqualTo(1);
		assertThat(err.toString()).contains("no backup file");
		Path broken = migrated(tmp.resolve("broken")).directory();
		Files.writeString(broken.resolve("store.properties"), "host=x\n");
		assertThat(run("list-models", "--store-dir", broken.toString())).isEqualTo(1);
		assertThat(err.toString()).startsWith("The store was not opened: ")
			.contains("has no password")
			.doesNotContain("\tat ");
	}

	private static void addCandidate(Connection c, String id) throws SQLException {
		c.createStatement()
			.executeUpdate("INSERT INTO candidate (id, name, type, grades, experience, updated_at) " + "VALUES ('" + id
					+ "', 'n', 'internal', '', '', CURRENT_TIMESTAMP)");
	}

}
