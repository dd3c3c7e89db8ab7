package com.talentmatch.candidates;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.InvalidDataException;
import com.talentmatch.security.EndpointAccess;
import com.talentmatch.table.ExportLanguage;
import com.talentmatch.table.TableFormat;

import io.swagger.v3.oas.annotations.Operation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/candidates")
class CandidateController {

	private final CandidateService candidates;

	private final JsonMapper json;

	CandidateController(CandidateService candidates, JsonMapper json) {
		this.candidates = candidates;
		this.json = json;
	}

	@Operation(summary = "List candidates, optionally by type (internal/external) and department")
	@GetMapping
	List<Candidate> list(@RequestParam(required = false) String type,
			@RequestParam(required = false) String department) {
		return candidates.all()
			.stream()
			.filter(c -> type == null || type.equals(c.type()))
			.filter(c -> department == null || department.equals(c.department()))
			.toList();
	}

	@Operation(summary = "One candidate")
	@GetMapping("/{id}")
	Candidate get(@PathVariable String id, Authentication caller) {
		Candidate c = candidates.get(id);
		return EndpointAccess.seesRatings(caller) ? c : c.withoutRatings();
	}

	@Operation(summary = "Create or replace a candidate (validated against the catalogue); protected attributes "
			+ "(gender, age, marital or childbearing status, ethnicity, religion) and unknown fields are refused")
	@PutMapping("/{id}")
	Candidate put(@PathVariable String id, @RequestBody JsonNode json, Authentication caller) {
		Candidate body = CandidateJson.read(json, this.json);
		if (body.id() != null && !body.id().equals(id)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "id in the path and the body differ");
		}
		Candidate replacement = new Candidate(id, body.name(), body.type(), body.department(), body.currentRole(),
				body.performance(), body.potential(), body.grades(), body.experience(), body.levels());
		if (!EndpointAccess.seesRatings(caller)) {
			refuseRatings(body);
			// the ratings stay as talent reviewers set them
			Candidate stored = candidates.find(id).orElse(null);
			replacement = new Candidate(id, body.name(), body.type(), body.department(), body.currentRole(),
					stored == null ? null : stored.performance(), stored == null ? null : stored.potential(),
					body.grades(), body.experience(), body.levels());
			return candidates.save(replacement).withoutRatings();
		}
		return candidates.save(replacement);
	}

	@Operation(summary = "Create a candidate; protected attributes (gender, age, marital or childbearing status, "
			+ "ethnicity, religion) and unknown fields are refused")
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Candidate> post(@RequestBody JsonNode json, Authentication caller) {
		Candidate body = CandidateJson.read(json, this.json);
		if (!EndpointAccess.seesRatings(caller)) {
			refuseRatings(body);
		}
		Candidate saved = candidates.save(body);
		return ResponseEntity.created(URI.create("/api/candidates/" + saved.id())).body(saved);
	}

	@Operation(summary = "Erase a person: their candidate record, evidence documents (and their search index "
			+ "entries), decisions and 9-box moves; the audit log keeps a tombstone (id, when, who, counts)")
	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable String id, java.security.Principal principal) {
		candidates.delete(id, principal.getName());
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Import candidates from CSV or XLSX (layout in the README); validated whole, nothing "
			+ "written on any error; a protected-attribute column (gender, 年龄 …) is refused")
	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	CandidateService.ImportSummary importTable(@RequestPart("file") MultipartFile file,
			java.security.Principal principal) throws IOException {
		String user = principal.getName();
		TableFormat format = TableFormat.ofUpload(file.getOriginalFilename(), file.getContentType());
		return candidates.importTable(file.getBytes(), String.valueOf(file.getOriginalFilename()), format, user,
				EndpointAccess.seesRatings((Authentication) principal));
	}

	@Operation(summary = "Export every candidate as CSV or XLSX, in the import layout (the import takes the file "
			+ "back unchanged), headers in Chinese or English (?lang=zh|en, else Accept-Language: zh-* is Chinese, "
			+ "else English; columns in docs/exports.md); recorded in the audit log")
	@GetMapping("/export")
	ResponseEntity<byte[]> export(@RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
			Authentication caller) {
		ExportLanguage language = ExportLanguage.of(lang, acceptLanguage);
		TableFormat f = switch (format) {
			case "csv" -> TableFormat.CSV;
			case "xlsx" -> TableFormat.XLSX;
			default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "format must be csv or xlsx");
		};
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("candidates." + format).build().toString())
			.contentType(f == TableFormat.CSV ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)
					: MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.body(candidates.export(f, language, EndpointAccess.seesRatings(caller), caller.getName()));
	}

	private static void refuseRatings(Candidate body) {
		if (body.rated()) {
			throw new InvalidDataException(List.of(new DataProblem("request", 0,
					body.performance() != null ? "performance" : "potential", CandidateService.RATINGS_REFUSED)));
		}
	}

}
