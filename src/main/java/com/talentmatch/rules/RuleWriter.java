package com.talentmatch.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes rule files into the rules directory all or nothing: each file goes to a
 * temporary file beside it and is moved into place; when any write fails, the files
 * already written are put back as they were. {@link #restore} undoes a whole write.
 */
final class RuleWriter {

	private RuleWriter() {
	}

	/**
	 * What the files were before a write: path → old bytes, or {@code null} for a file
	 * that did not exist.
	 */
	record Backup(Path dir, Map<String, byte[]> before) {
	}

	/**
	 * Writes {@code files} (path relative to {@code dir} → new bytes, {@code null} to
	 * delete the file).
	 * @throws UncheckedIOException when a file cannot be written; nothing is changed then
	 */
	static Backup write(Path dir, Map<String, byte[]> files) {
		Map<String, byte[]> before = new LinkedHashMap<>();
		try {
			for (String path : files.keySet()) {
				Path p = dir.resolve(path);
				before.put(path, Files.isRegularFile(p) ? Files.readAllBytes(p) : null);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read the rules directory " + dir, e);
		}
		Backup backup = new Backup(dir, before);
		Map<String, byte[]> done = new LinkedHashMap<>();
		try {
			for (Map.Entry<String, byte[]> f : files.entrySet()) {
				put(dir, f.getKey(), f.getValue());
				done.put(f.getKey(), before.get(f.getKey()));
			}
		}
		catch (IOException e) {
			restore(new Backup(dir, done));
			throw new UncheckedIOException("cannot write the rules directory " + dir + "; nothing was changed", e);
		}
		return backup;
	}

	/** Puts every file of a backup back as it was. */
	static void restore(Backup backup) {
		try {
			for (Map.Entry<String, byte[]> f : backup.before().entrySet()) {
				put(backup.dir(), f.getKey(), f.getValue());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot restore the rules directory " + backup.dir(), e);
		}
	}

	private static void put(Path dir, String path, byte[] content) throws IOException {
		Path p = dir.resolve(path);
		if (content == null) {
			Files.deleteIfExists(p);
			return;
		}
		Files.createDirectories(p.getParent());
		Path tmp = p.resolveSibling("." + p.getFileName() + ".writing");
		Files.write(tmp, content);
		Files.move(tmp, p, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

}
