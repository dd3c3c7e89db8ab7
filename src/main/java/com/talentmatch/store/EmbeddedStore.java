package com.talentmatch.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 file store in one directory, closed to everyone but this application
 * and its CLI on this machine:
 * <ul>
 * <li>the database user has a random password, generated on first start and kept in
 * {@code store.properties} (owner-only) in the store directory, which is owner-only
 * too;</li>
 * <li>H2's auto-server, through which the CLI uses the store while the service runs,
 * listens on loopback only;</li>
 * <li>{@code store.properties} also records the directory and host the store belongs to,
 * so that a copied store (a backup restored next to a running instance, a directory
 * shared from another host) whose H2 lock file points at another instance's database
 * server is refused instead of followed.</li>
 * </ul>
 * A store made by an earlier version (user {@code sa}, empty password) gets its password
 * on first open.
 *
 * <pre>{@code
 * EmbeddedStore store = EmbeddedStore.open(Path.of("var/store"));
 * try (Connection c = store.connect()) { ... }
 * }</pre>
 *
 * @param directory the store directory (absolute, real)
 * @param url the JDBC URL
 * @param user the database user
 * @param password the database password
 */
public record EmbeddedStore(Path directory, String url, String user, String password) {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedStore.class);

	/**
	 * The database's base name: files {@code talentmatch.mv.db} and, while it is open,
	 * {@code talentmatch.lock.db}.
	 */
	public static final String DATABASE = "talentmatch";

	static final String PROPERTIES = "store.properties";

	static final String USER = "sa";

	static {
		bindToLoopback();
	}

	/**
	 * Makes H2's servers (the auto-server among them) listen on loopback only. H2 reads
	 * this once, when its classes load, so it is called before any H2 class is used;
	 * {@link #open} refuses to go on if it came too late.
	 */
	public static void bindToLoopback() {
		System.setProperty("h2.bindAddress", "127.0.0.1");
	}

	/** The database file. */
	public Path databaseFile() {
		return directory.resolve(DATABASE + ".mv.db");
	}

	/**
	 * A new connection to the store (through the running service's auto-server when it
	 * has the store open).
	 */
	public Connection connect() throws SQLException {
		return DriverManager.getConnection(url, user, password);
	}

	/**
	 * Opens (creating it if needed) the store in {@code dir} for this process: makes the
	 * directory owner-only, reads or creates its credentials, sets the password of a
	 * store made by an earlier version, and refuses a lock file that belongs to a copy of
	 * the store elsewhere.
	 * @throws StoreRefusedException when the store must not be opened; the message says
	 * why and what to do
	 */
	public static EmbeddedStore open(Path dir) {
		checkLoopback();
		try {
			Files.createDirectories(dir);
			Path directory = dir.toRealPath();
			ownerOnly(directory, "rwx------");
			StoreIdentity identity = StoreIdentity.readOrCreate(directory.resolve(PROPERTIES), directory, host());
			String url = "jdbc:h2:file:" + directory.resolve(DATABASE) + ";AUTO_SERVER=TRUE";
			EmbeddedStore store = new EmbeddedStore(directory, url, USER, identity.password());
			identity = store.checkLock(identity);
			if (!identity.passwordApplied()) {
				store.applyPassword();
				identity = identity.withPasswordApplied();
				identity.write();
			}
			return store;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot open the store directory " + dir.toAbsolutePath(), e);
		}
	}

	/**
	 * Opens an existing store; refuses a directory without one instead of creating it.
	 */
	public static EmbeddedStore openExisting(Path dir) {
		if (!Files.isRegularFile(dir.resolve(DATABASE + ".mv.db"))) {
			throw new StoreRefusedException("there is no store in " + dir.toAbsolutePath() + " (no " + DATABASE
					+ ".mv.db); give the store directory with --store-dir");
		}
		return open(dir);
	}

	/**
	 * The lock file says the database is open; it must be this directory's, not a copy's
	 * from elsewhere.
	 */
	private StoreIdentity checkLock(StoreIdentity identity) throws IOException {
		if (identity.belongsTo(directory, host())) {
			return identity;
		}
		Path lock = directory.resolve(DATABASE + ".lock.db");
		if (Files.exists(lock)) {
			throw new StoreRefusedException("the store in " + directory + " was copied from " + identity.directory()
					+ " on host " + identity.host() + ", and its lock file " + lock.getFileName()
					+ " belongs to the database there: following it would read and write that database instead of "
					+ "this one. If no service runs on this copy, delete " + lock + " and start again.");
		}
		log.warn("The store in {} was moved or copied from {} on host {}; it now belongs here", directory,
				identity.directory(), identity.host());
		StoreIdentity moved = identity.movedTo(directory, host());
		moved.write();
		return moved;
	}

	/**
	 * Gives the {@code sa} user of a store made by an earlier version (empty password)
	 * its password.
	 */
	private void applyPassword() {
		if (!Files.exists(databaseFile())) {
			return; // the first connection creates the database with this password
		}
		try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
			s.execute("ALTER USER " + user + " SET PASSWORD '" + password + "'");
			log.info("The store in {} now has a password (in {}, readable by its owner only)", directory, PROPERTIES);
		}
		catch (SQLException e) {
			try (Connection c = connect()) {
				// set already, by a start that stopped before recording it
			}
			catch (SQLException again) {
				throw new StoreRefusedException("cannot open the store in " + directory + " with the password in "
						+ PROPERTIES + " nor with an empty one: " + again.getMessage().lines().findFirst().orElse(""));
			}
		}
	}

	private static void checkLoopback() {
		String bound = org.h2.engine.SysProperties.BIND_ADDRESS;
		if (!"127.0.0.1".equals(bound)) {
			throw new StoreRefusedException("H2 was loaded before the store could bind its server to loopback "
					+ "(h2.bindAddress is " + bound + "); call EmbeddedStore.bindToLoopback() first");
		}
	}

	static String host() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException e) {
			return "localhost";
		}
	}

	/** Owner-only permissions where the file system has POSIX permissions. */
	static void ownerOnly(Path p, String permissions) throws IOException {
		if (Files.getFileAttributeView(p, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
			Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(permissions));
		}
	}

	/**
	 * What {@code store.properties} holds: the password, whether the database has it yet,
	 * and where the store belongs.
	 */
	record StoreIdentity(Path file, String password, boolean passwordApplied, String directory, String host,
			String created) {

		static StoreIdentity readOrCreate(Path file, Path directory, String host) throws IOException {
			if (Files.exists(file)) {
				Properties p = new Properties();
				try (InputStream in = Files.newInputStream(file)) {
					p.load(in);
				}
				String password = p.getProperty("password");
				if (password == null || password.isBlank()) {
					throw new StoreRefusedException(file + " has no password: restore it from a backup, or move the "
							+ "store away to start afresh");
				}
				ownerOnly(file, "rw-------");
				return new StoreIdentity(file, password, Boolean.parseBoolean(p.getProperty("password-applied")),
						p.getProperty("directory", directory.toString()), p.getProperty("host", host),
						p.getProperty("created", ""));
			}
			byte[] random = new byte[24];
			new SecureRandom().nextBytes(random);
			StoreIdentity created = new StoreIdentity(file,
					Base64.getUrlEncoder().withoutPadding().encodeToString(random), false, directory.toString(), host,
					Instant.now().toString());
			created.write();
			return created;
		}

		boolean belongsTo(Path dir, String currentHost) {
			return directory.equals(dir.toString()) && host.equals(currentHost);
		}

		StoreIdentity withPasswordApplied() {
			return new StoreIdentity(file, password, true, directory, host, created);
		}

		StoreIdentity movedTo(Path dir, String currentHost) {
			return new StoreIdentity(file, password, passwordApplied, dir.toString(), currentHost, created);
		}

		/** Writes the file owner-only, replacing the old one in one step. */
		void write() throws IOException {
			Properties p = new Properties();
			p.setProperty("password", password);
			p.setProperty("password-applied", Boolean.toString(passwordApplied));
			p.setProperty("directory", directory);
			p.setProperty("host", host);
			p.setProperty("created", created);
			Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
			Files.deleteIfExists(tmp);
			Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
			if (Files.getFileAttributeView(file.getParent(),
					java.nio.file.attribute.PosixFileAttributeView.class) != null) {
				Files.createFile(tmp, PosixFilePermissions.asFileAttribute(ownerOnly));
			}
			try (OutputStream out = Files.newOutputStream(tmp)) {
				p.store(out, "talent-match store: the database password (keep this file private) and where the "
						+ "store belongs");
			}
			try {
				Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException e) {
				Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
			}
		}
	}
}
