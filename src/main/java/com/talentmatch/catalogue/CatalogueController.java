package com.talentmatch.catalogue;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;

@RestController
@RequestMapping("/api")
class CatalogueController {

	private final CatalogueService catalogue;

	CatalogueController(CatalogueService catalogue) {
		this.catalogue = catalogue;
	}

	/**
	 * A model without its competencies.
	 *
	 * @param id model id
	 * @param name names
	 * @param englishIsTranslation whether English is our translation
	 * @param source where it was read from
	 * @param origin {@code seed} or {@code import}
	 * @param scale ordered level scale
	 * @param competencies number of competencies
	 * @param indicators number of indicators
	 * @param roles role ids
	 * @param ambiguities number of recorded ambiguities
	 */
	record ModelSummary(String id, LocalizedText name, boolean englishIsTranslation, String source, String origin,
			List<ScaleLevel> scale, int competencies, int indicators, List<String> roles, int ambiguities) {

		static ModelSummary of(CompetencyModel m) {
			return new ModelSummary(m.id(), m.name(), m.englishIsTranslation(), m.source(), m.origin(), m.scale(),
					m.competencies().size(), m.competencies().stream().mapToInt(Competency::indicatorCount).sum(),
					m.roles().stream().map(RoleProfile::id).toList(), m.ambiguities().size());
		}
	}

	@Operation(summary = "List competency models")
	@GetMapping("/models")
	List<ModelSummary> models() {
		return catalogue.current().sortedModels().stream().map(ModelSummary::of).toList();
	}

	@Operation(summary = "One model with its scale, competencies, levels, indicators, roles and ambiguities")
	@GetMapping("/models/{id}")
	CompetencyModel model(@PathVariable String id) {
		return catalogue.current().requireModel(id);
	}

	@Operation(summary = "Delete an imported model (models from data/ are refused with 409)")
	@DeleteMapping("/models/{id}")
	ResponseEntity<Void> delete(@PathVariable String id) {
		catalogue.deleteImported(id);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "One competency of a model")
	@GetMapping("/models/{id}/competencies/{competencyId}")
	Competency competency(@PathVariable String id, @PathVariable String competencyId) {
		return catalogue.current().requireCompetency(id, competencyId);
	}

	@Operation(summary = "Search competencies by name, alias or id (zh or en, substring, case-insensitive)")
	@GetMapping("/competencies")
	List<Catalogue.CompetencyHit> search(@RequestParam String q, @RequestParam(required = false) String model) {
		if (q.isBlank()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "parameter 'q' must not be blank");
		}
		Catalogue snapshot = catalogue.current();
		return snapshot.searchCompetencies(q, model == null ? null : snapshot.requireModel(model).id());
	}

	/**
	 * A role profile and the model that defines it.
	 *
	 * @param modelId defining model
	 * @param role the role
	 */
	record RoleEntry(String modelId, RoleProfile role) {
	}

	@Operation(summary = "List the role profiles of all models")
	@GetMapping("/roles")
	List<RoleEntry> roles() {
		return catalogue.current()
			.sortedModels()
			.stream()
			.flatMap(m -> m.roles().stream().map(r -> new RoleEntry(m.id(), r)))
			.toList();
	}

	@Operation(summary = "List grade scales (CET-4 < CET-6 < TEM-8, degrees)")
	@GetMapping("/grade-scales")
	List<GradeScale> gradeScales() {
		return catalogue.current().sortedGradeScales();
	}

	@Operation(summary = "One grade scale")
	@GetMapping("/grade-scales/{id}")
	GradeScale gradeScale(@PathVariable String id) {
		return catalogue.current().requireGradeScale(id);
	}

}
