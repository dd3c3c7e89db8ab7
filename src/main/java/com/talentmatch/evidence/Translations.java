package com.talentmatch.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.InvalidDataException;
import com.talentmatch.catalogue.Utf8;

/**
 * Our English translations of Chinese indicator texts, one file per model in
 * {@code data/evidence/translations/<model>.tsv}: {@code competency, level, the indicator
 * verbatim, English}. The models keep their Chinese verbatim; a translation is indexed as
 * an extra document of the same indicator, marked {@link IndicatorDoc#translation()}, so
 * English evidence matches Chinese models. Immutable, thread-safe.
 */
public final class Translations {

	private static final Translations NONE = new Translations(Map.of());

	/** model → competency → indicator text → English. */
	private final Map<String, Map<String, Map<String, String>>> byModel;

	private Translations(Map<String, Map<String, Map<String, String>>> byModel) {
		this.byModel = byModel;
	}

	public static Translations none() {
		return NONE;
	}

	/**
	 * Loads every {@code *.tsv} of {@code dir}; a missing folder means none.
	 * @throws InvalidDataException naming the file and line of a malformed row
	 */
	public static Translations load(Path dir) {
		if (!Files.isDirectory(dir)) {
			return NONE;
		}
		Map<String, Map<String, Map<String, String>>> out = new HashMap<>();
		List<DataProblem> problems = new ArrayList<>();
		try (Stream<Path> files = Files.list(dir)) {
			for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList()) {
				String name = f.getFileName().toString();
				String model = name.substring(0, name.length() - 4);
				String where = "data/evidence/translations/" + name;
				String[] lines = Utf8.decode(Files.readAllBytes(f), where).split("\n", -1);
				for (int i = 0; i < lines.length; i++) {
					String line = lines[i].stripTrailing();
					if (line.isBlank() || line.startsWith("#")) {
						continue;
					}
					String[] c = line.split("\t", -1);
					if (c.length != 4 || c[0].isBlank() || c[2].isBlank() || c[3].isBlank()) {
						problems.add(new DataProblem(where, i + 1, null,
								"expected 4 tab-separated columns: competency, level, indicator (verbatim), English"));
						continue;
					}
					out.computeIfAbsent(model, k -> new HashMap<>())
						.computeIfAbsent(c[0], k -> new HashMap<>())
						.put(c[2].strip(), c[3].strip());
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + dir, e);
		}
		if (!problems.isEmpty()) {
			throw new InvalidDataException(problems);
		}
		return new Translations(out);
	}

	/** The English translation of an indicator, or {@code null}. */
	public String of(String model, String competency, String indicator) {
		return byModel.getOrDefault(model, Map.of()).getOrDefault(competency, Map.of()).get(indicator.strip());
	}

	/** Number of translated indicators. */
	public int size() {
		return byModel.values().stream().flatMap(m -> m.values().stream()).mapToInt(Map::size).sum();
	}

}
