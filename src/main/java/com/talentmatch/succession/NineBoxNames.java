package com.talentmatch.succession;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names of the nine boxes, zh and en, from the one table
 * {@code src/main/resources/succession/nine-box.csv} (documented in
 * {@code docs/talent-review.md}).
 */
final class NineBoxNames {

	/**
	 * A box's name.
	 *
	 * @param code stable code ({@code star})
	 * @param zh name in Chinese
	 * @param en name in English
	 * @param meaning what it usually calls for
	 */
	record Name(String code, String zh, String en, String meaning) {
	}

	private static final Map<String, Name> NAMES = load();

	private NineBoxNames() {
	}

	/** The name of the box at {@code performance} × {@code potential} (1–3 each). */
	static Name of(int performance, int potential) {
		Name n = NAMES.get(performance + "x" + potential);
		if (n == null) {
			throw new IllegalArgumentException("no 9-box name for " + performance + "x" + potential);
		}
		return n;
	}

	private static Map<String, Name> load() {
		try (InputStream in = NineBoxNames.class.getResourceAsStream("/succession/nine-box.csv")) {
			if (in == null) {
				throw new IllegalStateException("succession/nine-box.csv is missing from the classpath");
			}
			List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
			Map<String, Name> out = new HashMap<>();
			for (String line : lines.subList(1, lines.size())) {
				if (line.isBlank()) {
					continue;
				}
				String[] f = line.split(",", 6);
				out.put(Integer.parseInt(f[0]) + "x" + Integer.parseInt(f[1]), new Name(f[2], f[3], f[4], f[5]));
			}
			if (out.size() != 9) {
				throw new IllegalStateException("succession/nine-box.csv names " + out.size() + " boxes, not 9");
			}
			return Map.copyOf(out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
