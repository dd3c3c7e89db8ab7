package com.talentmatch.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An immutable snapshot of every model and grade scale, with look-ups. Thread-safe.
 *
 * <pre>{@code
 * Catalogue c = catalogueService.current();
 * c.competency("cs-dept/language-knowledge")
 * }</pre>
 *
 * @param revision store revision this snapshot was read at
 * @param models models by id, in id order
 * @param gradeScales grade scales by id, in id order
 */
public record Catalogue(long revision, Map<String, CompetencyModel> models, Map<String, GradeScale> gradeScales) {

	public Catalogue {
		models = Map.copyOf(models);
		gradeScales = Map.copyOf(gradeScales);
	}

	/** Builds a snapshot from lists. */
	public static Catalogue of(long revision, List<CompetencyModel> models, List<GradeScale> scales) {
		return new Catalogue(revision,
				models.stream().collect(Collectors.toMap(CompetencyModel::id, Function.identity())),
				scales.stream().collect(Collectors.toMap(GradeScale::id, Function.identity())));
	}

	public Optional<CompetencyModel> model(String id) {
		return Optional.ofNullable(models.get(id));
	}

	public Optional<GradeScale> gradeScale(String id) {
		return Optional.ofNullable(gradeScales.get(id));
	}

	/**
	 * A competency by its catalogue-wide key {@code model/competency}
	 * ({@code cs-dept/communication}).
	 */
	public Optional<Competency> competency(String key) {
		int slash = key == null ? -1 : key.indexOf('/');
		if (slash < 0) {
			return Optional.empty();
		}
		return model(key.substring(0, slash)).flatMap(m -> m.competency(key.substring(slash + 1)));
	}

	/**
	 * The name of role profile {@code id} (zh, else en), or {@code null} when none has
	 * this id.
	 */
	public String roleName(String id) {
		for (CompetencyModel m : models.values()) {
			for (RoleProfile r : m.roles()) {
				if (r.id().equals(id)) {
					return r.name().any();
				}
			}
		}
		return null;
	}

	/**
	 * The model with this id, else the one with this name (zh or en, any case; when one
	 * model has it).
	 */
	public Optional<CompetencyModel> findModel(String idOrName) {
		if (idOrName == null) {
			return Optional.empty();
		}
		CompetencyModel byId = models.get(idOrName);
		if (byId != null) {
			return Optional.of(byId);
		}
		List<CompetencyModel> named = models.values().stream().filter(m -> named(m.name(), idOrName)).toList();
		return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
	}

	private static boolean named(LocalizedText name, String query) {
		return name != null && (query.equals(name.zh()) || name.en() != null && query.equalsIgnoreCase(name.en()));
	}

	/**
	 * The model with this id or name; {@link NotFoundException} naming the known ids
	 * otherwise.
	 */
	public CompetencyModel requireModel(String idOrName) {
		return findModel(idOrName).orElseThrow(() -> new NotFoundException("no model with id or name '" + idOrName
				+ "'; known: " + sortedModels().stream().map(CompetencyModel::id).toList()));
	}

	/**
	 * A competency of a model, each by id or name (a competency also by an alias);
	 * {@link NotFoundException} naming what exists otherwise.
	 */
	public Competency requireCompetency(String model, String competency) {
		CompetencyModel m = requireModel(model);
		return m.competency(competency)
			.or(() -> m.competencies()
				.stream()
				.filter(c -> named(c.name(), competency) || c.aliases().contains(competency))
				.findFirst())
			.orElseThrow(() -> new NotFoundException("model '" + m.id() + "' has no competency '" + competency
					+ "'; it has " + m.competencies().stream().map(Competency::id).toList()));
	}

	/**
	 * The grade scale with this id; {@link NotFoundException} naming the known ids
	 * otherwise.
	 */
	public GradeScale requireGradeScale(String id) {
		return gradeScale(id).orElseThrow(() -> new NotFoundException("no grade scale with id '" + id + "'; known: "
				+ sortedGradeScales().stream().map(GradeScale::id).toList()));
	}

	/** Models sorted by id. */
	public List<CompetencyModel> sortedModels() {
		return models.values().stream().sorted(Comparator.comparing(CompetencyModel::id)).toList();
	}

	/** Grade scales sorted by id. */
	public List<GradeScale> sortedGradeScales() {
		return gradeScales.values().stream().sorted(Comparator.comparing(GradeScale::id)).toList();
	}

	/**
	 * Competencies whose name (zh or en), alias or id contains {@code query}, ignoring
	 * case; exact name matches first, then by model and competency id.
	 * @param query text to look for, not blank
	 * @param modelId restrict to one model, or {@code null} for all
	 */
	public List<CompetencyHit> searchCompetencies(String query, String modelId) {
		String q = query.trim();
		List<CompetencyHit> hits = new ArrayList<>();
		for (CompetencyModel m : sortedModels()) {
			if (modelId != null && !m.id().equals(modelId)) {
				continue;
			}
			for (Competency c : m.competencies()) {
				if (c.matchesName(q)) {
					boolean exact = q.equals(c.name().zh()) || q.equalsIgnoreCase(String.valueOf(c.name().en()));
					hits.add(new CompetencyHit(m.id(), m.name(), c, exact));
				}
			}
		}
		hits.sort(Comparator.comparing((CompetencyHit h) -> !h.exactName()));
		return hits;
	}

	/**
	 * A competency found by name.
	 *
	 * @param modelId the model it belongs to
	 * @param modelName that model's names
	 * @param competency the competency
	 * @param exactName true when the query equals its zh or en name
	 */
	public record CompetencyHit(String modelId, LocalizedText modelName, Competency competency, boolean exactName) {
	}
}
