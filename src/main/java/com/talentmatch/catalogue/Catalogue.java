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
	 * The model with this id; {@link NotFoundException} naming the known ids otherwise.
	 */
	public CompetencyModel requireModel(String id) {
		return model(id).orElseThrow(() -> new NotFoundException(
				"no model with id '" + id + "'; known: " + sortedModels().stream().map(CompetencyModel::id).toList()));
	}

	/**
	 * A competency of a model; {@link NotFoundException} naming what exists otherwise.
	 */
	public Competency requireCompetency(String modelId, String competencyId) {
		CompetencyModel m = requireModel(modelId);
		return m.competency(competencyId)
			.orElseThrow(() -> new NotFoundException("model '" + modelId + "' has no competency '" + competencyId
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
