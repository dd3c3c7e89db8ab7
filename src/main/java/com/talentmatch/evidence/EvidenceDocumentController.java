package com.talentmatch.evidence;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

@RestController
@RequestMapping("/api/evidence")
class EvidenceDocumentController {

	private final EvidenceSearch search;

	private final com.talentmatch.catalogue.CatalogueService catalogue;

	EvidenceDocumentController(EvidenceSearch search, com.talentmatch.catalogue.CatalogueService catalogue) {
		this.catalogue = catalogue;
		this.search = search;
	}

	/**
	 * A new evidence document.
	 *
	 * @param candidateId the person it is about
	 * @param source interview, 360, self, manager, resume or other
	 * @param recordedOn when it was written (optional)
	 * @param text the text
	 */
	record NewDocument(String candidateId, String source, LocalDate recordedOn, String text) {
	}

	@Operation(summary = "Store a candidate's evidence document (interview notes, 360 comment, résumé lines …)")
	@PostMapping("/documents")
	ResponseEntity<EvidenceDocument> add(@RequestBody NewDocument body, java.security.Principal principal) {
		String user = principal.getName();
		EvidenceDocument d = search.add(body.candidateId(), body.source(), body.recordedOn(), body.text(), user);
		return ResponseEntity.created(URI.create("/api/evidence/documents/" + d.id())).body(d);
	}

	@Operation(summary = "One evidence document")
	@GetMapping("/documents/{id}")
	EvidenceDocument get(@PathVariable long id) {
		return search.get(id);
	}

	@Operation(summary = "A person's evidence documents, as stored (the text as written), oldest first; an empty "
			+ "list when none are stored")
	@GetMapping("/documents")
	List<EvidenceDocument> list(@RequestParam String candidate) {
		return search.of(candidate);
	}

	@Operation(summary = "Full-text search of evidence documents, with highlighted sentences",
			description = "At least 60 % of the query's words must occur; filter by model and competency (documents "
					+ "whose sentences claim that competency), candidate and source.")
	@GetMapping("/search")
	List<EvidenceSearch.Hit> search(@RequestParam String q, @RequestParam(required = false) String model,
			@RequestParam(required = false) String competency, @RequestParam(required = false) String candidate,
			@RequestParam(required = false) String source, @RequestParam(defaultValue = "20") int limit) {
		var snapshot = catalogue.current();
		String modelId = model == null ? null : snapshot.requireModel(model).id();
		String competencyId = competency == null || model == null ? competency
				: snapshot.requireCompetency(modelId, competency).id();
		return search.search(q, modelId, competencyId, candidate, source, limit);
	}

}
