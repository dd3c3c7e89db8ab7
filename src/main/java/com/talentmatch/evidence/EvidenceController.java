package com.talentmatch.evidence;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.InvalidDataException;
import com.talentmatch.catalogue.Utf8;

import io.swagger.v3.oas.annotations.Operation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/evidence")
class EvidenceController {

	private final EvidenceService evidence;

	private final JsonMapper json;

	private final EvidenceSearch search;

	EvidenceController(EvidenceService evidence, JsonMapper json, EvidenceSearch search) {
		this.evidence = evidence;
		this.json = json;
		this.search = search;
	}

	/**
	 * What the matcher is doing.
	 *
	 * @param semantic whether the semantic view takes part now (false when it is switched
	 * off, or while the catalogue's vectors are being computed after a start)
	 * @param tagging the background tagging of stored documents: done, total, running
	 */
	record Status(boolean semantic, EvidenceSearch.Tagging tagging) {
	}

	@Operation(summary = "Whether the semantic view is ready, and the progress of tagging stored documents")
	@GetMapping("/status")
	Status status() {
		return new Status(evidence.semanticReady(), search.tagging());
	}

	@Operation(summary = "Match evidence text against a model's indicators",
			description = "Body: JSON {\"model\": \"cs-dept\", \"text\": \"...\"}, or plain text with ?model=. The text "
					+ "is split into sentences; each is matched to the best competency and level, with the indicator "
					+ "and the shared words highlighted; levels are inferred per competency and grades (CET-6, 英语六级) "
					+ "recognised. 400 empty text, invalid UTF-8 or a model without indicators; 404 unknown model; "
					+ "413 text over the limit.")
	@PostMapping(path = "/match", consumes = { MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_PLAIN_VALUE })
	MatchResult match(@RequestBody byte[] body, @RequestHeader("Content-Type") MediaType type,
			@RequestParam(required = false) String model) {
		String decoded = Utf8.decode(body, "request body");
		String text = decoded;
		String modelId = model;
		if (MediaType.APPLICATION_JSON.isCompatibleWith(type)) {
			JsonNode node = parse(decoded);
			text = node.path("text").isString() ? node.path("text").asString() : null;
			modelId = node.path("model").isString() ? node.path("model").asString() : model;
		}
		if (modelId == null || modelId.isBlank()) {
			throw new InvalidDataException(List.of(new DataProblem("request", 0, "model",
					"say which model to match against: \"model\" in the JSON body or ?model=")));
		}
		return evidence.match(modelId, text);
	}

	private JsonNode parse(String body) {
		try {
			JsonNode node = json.readTree(body);
			if (node == null || !node.isObject()) {
				throw new InvalidDataException(List.of(new DataProblem("request body", 1, null,
						"expected a JSON object {\"model\": ..., \"text\": ...}")));
			}
			return node;
		}
		catch (JacksonException e) {
			int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
			throw new InvalidDataException(List.of(new DataProblem("request body", Math.max(line, 0), null,
					"not valid JSON: " + e.getOriginalMessage())));
		}
	}

}
