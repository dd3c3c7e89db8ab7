package com.talentmatch.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads and validates a whole {@code data/} directory: every {@code models/*.yaml} and
 * {@code grades/*.yaml}, then the references between them. Either everything is valid or
 * an {@link InvalidDataException} lists every problem with file and line.
 *
 * <pre>{@code
 * CatalogueLoader.Loaded data = CatalogueLoader.load(Path.of("data"));
 * }</pre>
 */
public final class CatalogueLoader {

	private CatalogueLoader() {
	}

	/**
	 * A valid {@code data/} directory.
	 *
	 * @param models models, in file name order
	 * @param gradeScales grade scales, in file name order
	 */
	public record Loaded(List<CompetencyModel> models, List<GradeScale> gradeScales) {
	}

	/** Reads {@code dataDir}; throws {@link InvalidDataException} naming each problem. */
	public static Loaded load(Path dataDir) {
		List<DataProblem> problems = new ArrayList<>();
		String prefix = dataDir.toAbsolutePath().normalize().getFileName() + "/";
		if (!Files.isDirectory(dataDir.resolve("models"))) {
			throw new InvalidDataException(List.of(new DataProblem(prefix + "models", 0, null,
					"directory not found under " + dataDir.toAbsolutePath() + " (set talent-match.data-dir)")));
		}
		List<ModelReader.Result> modelFiles = new ArrayList<>();
		for (Path p : yamlFiles(dataDir.resolve("models"))) {
			String file = prefix + dataDir.relativize(p).toString().replace('\\', '/');
			byte[] bytes = read(p);
			try {
				modelFiles.add(new ModelReader(problems).read(Utf8.decode(bytes, file), file));
			}
			catch (InvalidDataException e) {
				problems.addAll(e.problems());
			}
		}
		List<GradeScale> scales = new ArrayList<>();
		Map<String, String> scaleFiles = new HashMap<>();
		Path gradesDir = dataDir.resolve("grades");
		for (Path p : Files.isDirectory(gradesDir) ? yamlFiles(gradesDir) : List.<Path>of()) {
			String file = prefix + dataDir.relativize(p).toString().replace('\\', '/');
			byte[] bytes = read(p);
			try {
				GradeScale s = new GradeScaleReader(problems).read(Utf8.decode(bytes, file), file);
				if (s == null) {
					continue;
				}
				String other = scaleFiles.putIfAbsent(s.id(), file);
				if (other != null) {
					problems.add(new DataProblem(file, 1, "id",
							"grade scale id '" + s.id() + "' is already defined in " + other));
				}
				scales.add(s);
			}
			catch (InvalidDataException e) {
				problems.addAll(e.problems());
			}
		}
		List<CompetencyModel> models = checkAcrossFiles(modelFiles, scales, problems);
		if (!problems.isEmpty()) {
			throw new InvalidDataException(problems);
		}
		return new Loaded(models, scales);
	}

	private static List<CompetencyModel> checkAcrossFiles(List<ModelReader.Result> files, List<GradeScale> scales,
			List<DataProblem> problems) {
		Map<String, ModelReader.Result> byId = new HashMap<>();
		Map<String, String> roleFiles = new HashMap<>();
		List<CompetencyModel> models = new ArrayList<>();
		for (ModelReader.Result r : files) {
			if (r.model() == null) {
				continue;
			}
			ModelReader.Result other = byId.putIfAbsent(r.model().id(), r);
			if (other != null) {
				problems.add(new DataProblem(r.file(), r.line(), "id",
						"model id '" + r.model().id() + "' is already defined in " + other.file()));
				continue;
			}
			for (RoleProfile role : r.model().roles()) {
				String where = roleFiles.putIfAbsent(role.id(), r.file());
				if (where != null) {
					problems.add(new DataProblem(r.file(), r.line(), "roles",
							"role id '" + role.id() + "' is already defined in " + where));
				}
			}
			models.add(r.model());
		}
		Catalogue catalogue = Catalogue.of(0, models, scales);
		for (ModelReader.Result r : files) {
			for (Reference ref : r.references()) {
				String message = resolve(catalogue, ref);
				if (message != null) {
					problems.add(ref.broken(message));
				}
			}
		}
		return models;
	}

	private static String resolve(Catalogue catalogue, Reference ref) {
		int slash = ref.target().indexOf('/');
		String owner = ref.target().substring(0, slash);
		String local = ref.target().substring(slash + 1);
		if (ref.kind() == Reference.Kind.GRADE) {
			GradeScale scale = catalogue.gradeScale(owner).orElse(null);
			if (scale == null) {
				return "unknown grade scale '" + owner + "'; known: " + catalogue.gradeScales().keySet();
			}
			return scale.grade(local).isPresent() ? null : "grade scale '" + owner + "' has no grade '" + local
					+ "'; it has " + scale.grades().stream().map(Grade::code).toList();
		}
		CompetencyModel model = catalogue.model(owner).orElse(null);
		if (model == null) {
			return "unknown model '" + owner + "'";
		}
		return model.competency(local).isPresent() ? null : "model '" + owner + "' has no competency '" + local + "'";
	}

	private static List<Path> yamlFiles(Path dir) {
		try (Stream<Path> s = Files.list(dir)) {
			return s.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot list " + dir, e);
		}
	}

	private static byte[] read(Path p) {
		try {
			return Files.readAllBytes(p);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + p, e);
		}
	}

}
