package com.talentmatch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.yaml.snakeyaml.Yaml;

import com.talentmatch.catalogue.Catalogue;
import com.talentmatch.catalogue.CatalogueLoader;
import com.talentmatch.catalogue.CompetencyModel;

import tools.jackson.databind.json.JsonMapper;

/**
 * Catalogue costs, side by side: loading and validating all of {@code data/} against a
 * bare YAML parse of the same files (the floor), the store's JSON round trip of every
 * model, and competency search.
 *
 * <pre>{@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.talentmatch.bench.CatalogueBenchmark}</pre>
 */
public final class CatalogueBenchmark {

	private CatalogueBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		Path data = Path.of(args.length > 0 ? args[0] : "data");
		List<String> texts = yamlTexts(data);
		int rounds = 30;

		double parseOnly = median(rounds, () -> texts.stream().mapToInt(t -> new Yaml().load(t).hashCode()).sum());
		double fullLoad = median(rounds, () -> CatalogueLoader.load(data).models().size());

		CatalogueLoader.Loaded loaded = CatalogueLoader.load(data);
		JsonMapper json = JsonMapper.builder().build();
		double jsonRoundTrip = median(rounds, () -> loaded.models()
			.stream()
			.mapToInt(m -> json.readValue(json.writeValueAsString(m), CompetencyModel.class).competencies().size())
			.sum());

		Catalogue catalogue = Catalogue.of(0, loaded.models(), loaded.gradeScales());
		List<String> queries = List.of("沟通", "客户", "communication", "团队", "影响力", "learning", "判断", "x-none");
		int searches = 1000;
		double search = median(rounds, () -> {
			int hits = 0;
			for (int i = 0; i < searches; i++) {
				hits += catalogue.searchCompetencies(queries.get(i % queries.size()), null).size();
			}
			return hits;
		});

		int indicators = loaded.models()
			.stream()
			.flatMap(m -> m.competencies().stream())
			.mapToInt(c -> c.indicatorCount())
			.sum();
		System.out.printf("data: %d files, %d models, %d indicators; median of %d rounds%n", texts.size(),
				loaded.models().size(), indicators, rounds);
		System.out.printf("bare YAML parse of all files      %8.2f ms%n", parseOnly);
		System.out.printf("load + validate all of data/      %8.2f ms   (%.2fx the bare parse)%n", fullLoad,
				fullLoad / parseOnly);
		System.out.printf("JSON round trip of every model    %8.2f ms   (%.2fx the bare parse)%n", jsonRoundTrip,
				jsonRoundTrip / parseOnly);
		System.out.printf("competency search                 %8.2f µs per query%n", search * 1000 / searches);
	}

	private static List<String> yamlTexts(Path data) throws IOException {
		try (Stream<Path> files = Stream.concat(Files.list(data.resolve("models")),
				Files.list(data.resolve("grades")))) {
			return files.filter(p -> p.toString().endsWith(".yaml")).sorted().map(p -> {
				try {
					return Files.readString(p);
				}
				catch (IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			}).toList();
		}
	}

	/**
	 * Median wall time in milliseconds, after as many warm-up runs; {@code work} returns
	 * a result to keep.
	 */
	private static double median(int rounds, Supplier<Object> work) {
		Object sink = null;
		for (int i = 0; i < rounds; i++) {
			sink = work.get();
		}
		double[] ms = new double[rounds];
		for (int i = 0; i < rounds; i++) {
			long t = System.nanoTime();
			sink = work.get();
			ms[i] = (System.nanoTime() - t) / 1e6;
		}
		if (sink == null) {
			throw new IllegalStateException();
		}
		Arrays.sort(ms);
		return ms[rounds / 2];
	}

}
