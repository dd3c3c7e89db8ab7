package com.talentmatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded store is closed to everyone but this application and its CLI on this
 * machine.
 */
class EmbeddedStoreTest {

	@TempDir
	Path tmp;

	@Test
	void aNewStoreHasARandomOwnerOnlyPasswordAndRefusesTheEmptyOne() throws Exception {
		EmbeddedStore store = EmbeddedStore.open(tmp.resolve("a"));
		try (Connection c = store.connect()) {
			c.createStatement().execute("CREATE TABLE t (x INT)");
		}
		assertThat(store.password()).hasSizeGreaterThanOrEqualTo(32)
			.isNotEqualTo(EmbeddedStore.open(tmp.resolve("b")).password());
		assertThat(properties(store).getProperty("password")).isEqualTo(store.password());
		assertThat(PosixFilePermissions
			.toString(Files.getPosixFilePermissions(store.directory().resolve("store.properties"))))
			.isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.directory())))
			.isEqualTo("rwx------");
		assertThatThrownBy(() -> DriverManager.getConnection(store.url(), "sa", "").close())
			.isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("28000"));
		assertThat(EmbeddedStore.open(tmp.resolve("a")).password()).as("kept across opens").isEqualTo(store.password());
	}

	@Test
	void theAutoServerListensOnLoopbackOnly() throws Exception {
		EmbeddedStore store = EmbeddedStore.open(tmp.resolve("a"));
		try (Connection c = store.connect()) {
			String server = lockFile(store).getProperty("server");
			assertThat(server).as("address the lock file gives to other processes").startsWith("localhost:");
			int port = Integer.parseInt(server.substring(server.indexOf(':') + 1));
			List<String> listening = listeningAddresses(port);
			assertThat(listening).as("sockets listening on port %d", port)
				.isNotEmpty()
				.allMatch(a -> a.equals("0100007F"));
		}
	}

	@Test
	void aStoreFromAnEarlierVersionGetsItsPasswordOnFirstOpen() throws Exception {
		Path dir = Files.createDirectories(tmp.resolve("old"));
		try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("talentmatch"), "sa", "")) {
			c.createStatement().execute("CREATE TABLE t (x INT); INSERT INTO t VALUES (42)");
		}
		EmbeddedStore store = EmbeddedStore.open(dir);
		try (Connection c = store.connect(); var rs = c.createStatement().executeQuery("SELECT x FROM t")) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getInt(1)).isEqualTo(42);
		}
		assertThat(properties(store).getProperty("password-applied")).isEqualTo("true");
		assertThatThrownBy(() -> DriverManager.getConnection(store.url(), "sa", "").close())
			.isInstanceOf(SQLException.class);
	}

	@Test
	void aCopyWhoseLockFilePointsAtTheRunningOriginalIsRefusedNotFollowed() throws Exception {
		EmbeddedStore original = EmbeddedStore.open(tmp.resolve("live"));
		try (Connection c = original.connect()) {
			c.createStatement().execute("CREATE TABLE t (x INT); INSERT INTO t VALUES (1)");
			Path copy = copy(original.directory(), tmp.resolve("restored"));
			assertThat(copy.resolve("talentmatch.lock.db")).exists();
			// What H2 alone does with the copy: it follows the lock file to the
			// original's server.
			try (Connection followed = DriverManager.getConnection(
					"jdbc:h2:file:" + copy.resolve("talentmatch") + ";AUTO_SERVER=TRUE", "sa", original.password())) {
				followed.createStatement().execute("INSERT INTO t VALUES (2)");
			}
			try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM t")) {
				rs.next();
				assertThat(rs.getInt(1)).as("the copy's write landed in the original").isEqualTo(2);
			}
			assertThatThrownBy(() -> EmbeddedStore.open(copy)).isInstanceOf(StoreRefusedException.class)
				.hasMessageContaining("was copied from " + original.directory())
				.hasMessageContaining("delete " + copy.resolve("talentmatch.lock.db"));
		}
	}

	@Test
	void aStoreOfAnotherHostIsRefusedWhileItHasALockFile() throws Exception {
		EmbeddedStore store = EmbeddedStore.open(tmp.resolve("shared"));
		try (Connection c = store.connect()) {
			c.createStatement().execute("CREATE TABLE t (x INT)");
		}
		Path props = store.directory().resolve("store.properties");
		Files.writeString(props, Files.readString(props).replaceAll("(?m)^host=.*$", "host=hr-server-2"));
		Files.writeString(store.directory().resolve("talentmatch.lock.db"),
				"#FileLock\nmethod=file\nserver=localhost:9\n");
		assertThatThrownBy(() -> EmbeddedStore.open(store.directory())).isInstanceOf(StoreRefusedException.class)
			.hasMessageContaining("on host hr-server-2");
	}

	@Test
	void aStoreMovedWhileStoppedOpensInItsNewPlace() throws Exception {
		EmbeddedStore store = EmbeddedStore.open(tmp.resolve("before"));
		try (Connection c = store.connect()) {
			c.createStatement().execute("CREATE TABLE t (x INT); INSERT INTO t VALUES (7)");
		}
		Path moved = Files.move(store.directory(), tmp.resolve("after"));
		EmbeddedStore reopened = EmbeddedStore.open(moved);
		try (Connection c = reopened.connect(); var rs = c.createStatement().executeQuery("SELECT x FROM t")) {
			assertThat(rs.next()).isTrue();
		}
		assertThat(properties(reopened).getProperty("directory")).isEqualTo(moved.toRealPath().toString());
	}

	@Test
	void aStoreWithoutItsPasswordIsRefusedWithWhatToDo() throws Exception {
		EmbeddedStore store = EmbeddedStore.open(tmp.resolve("a"));
		Path props = store.directory().resolve("store.properties");
		Files.writeString(props, Files.readString(props).replaceAll("(?m)^password=.*$", ""));
		assertThatThrownBy(() -> EmbeddedStore.open(store.directory())).isInstanceOf(StoreRefusedException.class)
			.hasMessageContaining("has no password");
		assertThatThrownBy(() -> EmbeddedStore.openExisting(tmp.resolve("nothing-here")))
			.isInstanceOf(StoreRefusedException.class)
			.hasMessageContaining("there is no store in");
	}

	private static Properties properties(EmbeddedStore store) throws IOException {
		return load(store.directory().resolve("store.properties"));
	}

	private static Properties lockFile(EmbeddedStore store) throws IOException {
		return load(store.directory().resolve("talentmatch.lock.db"));
	}

	private static Properties load(Path file) throws IOException {
		Properties p = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			p.load(in);
		}
		return p;
	}

	/**
	 * Local addresses (hex, as the kernel lists them) of sockets listening on
	 * {@code port}.
	 */
	private static List<String> listeningAddresses(int port) throws IOException {
		List<String> out = new ArrayList<>();
		for (String table : new String[] { "/proc/net/tcp", "/proc/net/tcp6" }) {
			Path p = Path.of(table);
			if (!Files.exists(p)) {
				continue;
			}
			for (String line : Files.readAllLines(p).subList(1, Files.readAllLines(p).size())) {
				String[] f = line.trim().split("\\s+");
				String[] local = f[1].split(":");
				if (f[3].equals("0A") && Integer.parseInt(local[1], 16) == port) {
					out.add(local[0].length() == 32 && local[0].startsWith("0000000000000000FFFF0000")
							? local[0].substring(24) : local[0]);
				}
			}
		}
		return out;
	}

	private static Path copy(Path from, Path to) throws IOException {
		FileSystemUtils.copyRecursively(from, to);
		return to;
	}

}
