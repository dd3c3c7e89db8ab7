package com.talentmatch.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads every file of a rules directory (recursively; hidden files and README files are
 * skipped).
 */
public final class RuleFiles {

	private RuleFiles() {
	}

	public static List<RuleFile> read(Path dir) {
		if (!Files.isDirectory(dir)) {
			throw new UncheckedIOException(new IOException(
					"rules directory not found: " + dir.toAbsolutePath() + " (set talent-match.rules-dir)"));
		}
		try (Stream<Path> walk = Files.walk(dir)) {
			return walk.filter(Files::isRegularFile)
				.filter(p -> !p.getFileName().toString().startsWith("."))
				.sorted()
				.map(p -> new RuleFile(dir.relativize(p).toString().replace('\\', '/'), bytes(p)))
				.filter(f -> f.type() != RuleFile.Type.OTHER)
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + dir, e);
		}
	}

	private static byte[] bytes(Path p) {
		try {
			return Files.readAllBytes(p);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + p, e);
		}
	}

}
