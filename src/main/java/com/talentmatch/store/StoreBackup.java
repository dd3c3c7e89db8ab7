package com.talentmatch.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.springframework.util.FileSystemUtils;

/**
 * Backups of the embedded store, taken while the service runs, and their restore into a
 * store directory.
 *
 * <p>
 * A backup is one zip file: H2's {@code SCRIPT} of the database (the SQL that recreates
 * it, read as one statement while writes go on, so it holds every transaction committed
 * before it started; a file copy by {@code BACKUP TO} can miss the last commits), the
 * store's {@code store.properties} (its password, so the copy can be opened) and
 * {@code backup.properties} (when, and what it holds). It is as private as the store
 * itself: it is written owner-only. A restore writes into a directory no process has
 * open, never over a store unless asked to, and keeps the store it replaces.
 *
 * <pre>{@code
 * StoreBackup.backup(Path.of("var/store"), Path.of("backups/2026-12-01.zip"));
 * StoreBackup.restore(Path.of("backups/2026-12-01.zip"), Path.of("var/store-restored"), false);
 * }</pre>
 */
public final class StoreBackup {

	private static final String DATABASE_FILE = EmbeddedStore.DATABASE + ".mv.db";

	/** The backup's SQL script of the whole database. */
	private static final String SCRIPT_ENTRY = EmbeddedStore.DATABASE + ".sql";

	private static final String INFO_ENTRY = "backup.properties";

	/** The tables whose row counts a backup and a restore report. */
	private static final List<String> COUNTED = List.of("competency_model", "candidate", "evidence_document",
			"decision", "ranking_run", "rule_version");

	private StoreBackup() {
	}

	/**
	 * What a backup holds.
	 *
	 * @param file the backup file
	 * @param created when it was taken
	 * @param rows row counts of the main tables
	 * @param bytes the file's size
	 */
	public record Summary(Path file, String created, Map<String, Long> rows, long bytes) {
	}

	/**
	 * Backs up the store in {@code storeDir} (running or not) into the new file
	 * {@code zip}.
	 */
	public static Summary backup(Path storeDir, Path zip) {
		EmbeddedStore store = EmbeddedStore.openExisting(storeDir);
		Path target = zip.toAbsolutePath().normalize();
		if (Files.exists(target)) {
			throw new StoreRefusedException(target + " exists already; a backup never overwrites a file");
		}
		Path part = target.resolveSibling(target.getFileName() + ".part");
		Path script = target.resolveSibling(target.getFileName() + ".sql.part");
		try {
			Files.createDirectories(target.getParent());
			Files.deleteIfExists(part);
			Files.deleteIfExists(script);
			Map<String, Long> rows;
			try (Connection c = store.connect(); Statement s = c.createStatement()) {
				// SCRIPT reads through SQL, so it holds every committed transaction;
				// BACKUP TO copies the file
				// and can miss the last commits while the store writes in the background.
				s.execute("SCRIPT TO '" + script.toString().replace("'", "''") + "'");
				rows = counts(c);
			}
			EmbeddedStore.ownerOnly(script, "rw-------");
			String created = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
			Properties info = new Properties();
			info.setProperty("created", created);
			info.setProperty("store", store.directory().toString());
			rows.forEach((table, n) -> info.setProperty("rows." + table, Long.toString(n)));
			try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + part.toUri()),
					Map.of("create", "true"))) {
				Files.copy(script, fs.getPath(SCRIPT_ENTRY));
				Files.copy(store.directory().resolve(EmbeddedStore.PROPERTIES), fs.getPath(EmbeddedStore.PROPERTIES));
				try (OutputStream out = Files.newOutputStream(fs.getPath(INFO_ENTRY))) {
					info.store(out, "talent-match store backup");
				}
			}
			EmbeddedStore.ownerOnly(part, "rw-------");
			Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
			return new Summary(target, created, rows, Files.size(target));
		}
		catch (SQLException e) {
			throw new StoreRefusedException(
					"the store in " + store.directory() + " could not be backed up: " + firstLine(e));
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write the backup " + target, e);
		}
		finally {
			try {
				Files.deleteIfExists(script);
				Files.deleteIfExists(part);
			}
			catch (IOException e) {
				// best effort: the part file is never taken for a backup
			}
		}
	}

	/**
	 * Restores {@code zip} into {@code storeDir}. Refused while any process has that
	 * store open, and, unless {@code replace}, when the directory holds a store already;
	 * a replaced store is moved into a {@code replaced-<time>} folder inside the
	 * directory. The restored store is opened and counted before this returns; if it
	 * cannot be opened, the directory is left as it was.
	 */
	public static Summary restore(Path zip, Path storeDir, boolean replace) {
		Properties info = readBackup(zip);
		try {
			Files.createDirectories(storeDir);
			Path dir = storeDir.toRealPath();
			Path database = dir.resolve(DATABASE_FILE);
			Path aside = null;
			if (Files.exists(database) || Files.exists(dir.resolve(EmbeddedStore.PROPERTIES))) {
				if (!replace) {
					throw new StoreRefusedException(dir + " holds a store already; restore into an empty directory, "
							+ "or add --replace to set the present store aside (it is kept in " + dir
							+ "/replaced-<time>/)");
				}
				refuseIfOpen(dir);
				aside = dir.resolve("replaced-"
						+ DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(java.time.LocalDateTime.now()));
				Files.createDirectories(aside);
				for (String name : List.of(DATABASE_FILE, EmbeddedStore.PROPERTIES,
						EmbeddedStore.DATABASE + ".trace.db")) {
					if (Files.exists(dir.resolve(name))) {
						Files.move(dir.resolve(name), aside.resolve(name));
					}
				}
			}
			Path restoring = dir.resolve(".restoring");
			FileSystemUtils.deleteRecursively(restoring);
			Files.createDirectories(restoring);
			try (ZipFile z = new ZipFile(zip.toFile())) {
				Path script = restoring.resolve(SCRIPT_ENTRY);
				try (InputStream in = z.getInputStream(z.getEntry(SCRIPT_ENTRY))) {
					Files.copy(in, script);
				}
				Properties credentials = new Properties();
				try (InputStream in = z.getInputStream(z.getEntry(EmbeddedStore.PROPERTIES))) {
					credentials.load(in);
				}
				String url = "jdbc:h2:file:" + restoring.resolve(EmbeddedStore.DATABASE);
				try (Connection c = DriverManager.getConnection(url, EmbeddedStore.USER,
						credentials.getProperty("password", "")); Statement s = c.createStatement()) {
					s.execute("RUNSCRIPT FROM '" + script.toString().replace("'", "''") + "'");
				}
				catch (SQLException e) {
					FileSystemUtils.deleteRecursively(restoring);
					putBack(aside, dir);
					throw new StoreRefusedException(
							"the backup " + zip + " does not restore: " + firstLine(e) + "; " + dir + " is as it was");
				}
				EmbeddedStore.ownerOnly(restoring.resolve(DATABASE_FILE), "rw-------");
				try (InputStream in = z.getInputStream(z.getEntry(EmbeddedStore.PROPERTIES))) {
					Files.copy(in, dir.resolve(EmbeddedStore.PROPERTIES), StandardCopyOption.REPLACE_EXISTING);
				}
				Files.move(restoring.resolve(DATABASE_FILE), database, StandardCopyOption.ATOMIC_MOVE);
			}
			finally {
				FileSystemUtils.deleteRecursively(restoring);
			}
			try (Connection c = EmbeddedStore.open(dir).connect()) {
				return new Summary(dir, info.getProperty("created"), counts(c), Files.size(database));
			}
			catch (SQLException | RuntimeException e) {
				Files.deleteIfExists(database);
				Files.deleteIfExists(dir.resolve(EmbeddedStore.PROPERTIES));
				putBack(aside, dir);
				throw new StoreRefusedException("the backup " + zip + " was restored but does not open: "
						+ (e instanceof SQLException s ? firstLine(s) : e.getMessage()) + "; " + dir + " is as it was");
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot restore into " + storeDir.toAbsolutePath(), e);
		}
	}

	/** Moves a store set aside for a restore back into {@code dir}. */
	private static void putBack(Path aside, Path dir) throws IOException {
		if (aside == null) {
			return;
		}
		for (Path p : List.of(aside.resolve(DATABASE_FILE), aside.resolve(EmbeddedStore.PROPERTIES))) {
			if (Files.exists(p)) {
				Files.move(p, dir.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
	}

	/**
	 * The backup's {@code backup.properties}, after checking the file is a talent-match
	 * backup.
	 */
	private static Properties readBackup(Path zip) {
		if (!Files.isRegularFile(zip)) {
			throw new StoreRefusedException("no backup file " + zip.toAbsolutePath());
		}
		try (ZipFile z = new ZipFile(zip.toFile())) {
			for (String name : List.of(SCRIPT_ENTRY, EmbeddedStore.PROPERTIES, INFO_ENTRY)) {
				ZipEntry e = z.getEntry(name);
				if (e == null) {
					throw new StoreRefusedException(zip + " is not a talent-match backup: it has no " + name
							+ " (make backups with the backup command)");
				}
			}
			Properties info = new Properties();
			try (InputStream in = z.getInputStream(z.getEntry(INFO_ENTRY))) {
				info.load(in);
			}
			return info;
		}
		catch (IOException e) {
			throw new StoreRefusedException(
					zip + " is not a talent-match backup: not a readable zip file (" + e.getMessage() + ")");
		}
	}

	/**
	 * Refuses when a process has the store in {@code dir} open. Its lock file tells, once
	 * H2 itself has tried to open the database: another process's lock refuses the
	 * attempt, a stale one (left by a killed process) is taken over and removed, and one
	 * of this process stays.
	 */
	private static void refuseIfOpen(Path dir) {
		Path lock = dir.resolve(EmbeddedStore.DATABASE + ".lock.db");
		if (!Files.exists(lock)) {
			return;
		}
		String url = "jdbc:h2:file:" + dir.resolve(EmbeddedStore.DATABASE) + ";IFEXISTS=TRUE";
		try (Connection c = DriverManager.getConnection(url, EmbeddedStore.USER, "")) {
			// an empty password opens only a store of an earlier version; the lock file
			// is checked below
		}
		catch (SQLException e) {
			if (e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1) {
				throw inUse(dir);
			}
		}
		if (Files.exists(lock)) {
			throw inUse(dir);
		}
	}

	private static StoreRefusedException inUse(Path dir) {
		return new StoreRefusedException("the store in " + dir + " is in use: stop the service (and any command "
				+ "using it) before restoring over it");
	}

	private static Map<String, Long> counts(Connection c) throws SQLException {
		Map<String, Long> rows = new LinkedHashMap<>();
		for (String table : COUNTED) {
			try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
				rs.next();
				rows.put(table, rs.getLong(1));
			}
		}
		return rows;
	}

	private static String firstLine(SQLException e) {
		return String.valueOf(e.getMessage()).lines().findFirst().orElse("");
	}

}
