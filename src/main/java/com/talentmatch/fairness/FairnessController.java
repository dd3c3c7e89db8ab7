package com.talentmatch.fairness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.talentmatch.audit.AuditLog;
import com.talentmatch.table.ExportLanguage;
import com.talentmatch.table.TableFormat;

import io.swagger.v3.oas.annotations.Operation;

@RestController
@RequestMapping("/api/fairness")
class FairnessController {

	private final SelfIdentificationService selfIdentification;

	private final AdverseImpactService impact;

	private final ObjectProvider<AuditLog> audit;

	FairnessController(SelfIdentificationService selfIdentification, AdverseImpactService impact,
			ObjectProvider<AuditLog> audit) {
		this.selfIdentification = selfIdentification;
		this.impact = impact;
		this.audit = audit;
	}

	@Operation(summary = "Admin only. Import voluntary self-identification (CSV or XLSX: candidate_id, gender, "
			+ "age_band, ethnicity, religion, marital_status); validated whole, nothing written on any error")
	@PostMapping(path = "/self-identification/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	SelfIdentificationService.ImportSummary importTable(@RequestPart("file") MultipartFile file,
			java.security.Principal principal) throws IOException {
		String user = principal.getName();
		TableFormat format = TableFormat.ofUpload(file.getOriginalFilename(), file.getContentType());
		return selfIdentification.importTable(file.getBytes(), String.valueOf(file.getOriginalFilename()), format,
				user);
	}

	@Operation(summary = "Admin only. Everyone's self-identification, by candidate id")
	@GetMapping("/self-identification")
	List<SelfIdentification> list() {
		return selfIdentification.all();
	}

	@Operation(summary = "Admin only. One person's self-identification (404 if none)")
	@GetMapping("/self-identification/{candidateId}")
	SelfIdentification get(@PathVariable String candidateId) {
		return selfIdentification.get(candidateId);
	}

	@Operation(summary = "Admin only. Delete one person's self-identification (404 if none)")
	@DeleteMapping("/self-identification/{candidateId}")
	ResponseEntity<Void> delete(@PathVariable String candidateId, java.security.Principal principal) {
		String user = principal.getName();
		selfIdentification.delete(candidateId, user);
		return ResponseEntity.noContent().build();
	}

	@Operation(
			summary = "Admin only. Adverse-impact report of a role: per self-identified group, people, selected, "
					+ "selection rate, impact ratio and the four-fifths flag",
			description = "basis=ranking (default): selected = eligible under the active rules, or eligible and in "
					+ "the first `top` ranked; `type` internal/external narrows the pool. basis=decisions: selected = "
					+ "latest decision shortlist or promote, among people whose latest decision is shortlist, promote "
					+ "or reject. Groups under minGroupSize (default 5) are too small to judge.")
	@GetMapping("/impact")
	ImpactReport report(@RequestParam(required = false) String role, @RequestParam(required = false) String basis,
			@RequestParam(required = false) Integer top, @RequestParam(required = false) String type,
			@RequestParam(required = false) Integer minGroupSize) {
		return impact.report(new ImpactRequest(role, basis, top, type, minGroupSize));
	}

	@Operation(summary = "Admin only. The adverse-impact report as XLSX (same parameters), headers in Chinese or "
			+ "English (?lang=zh|en, else Accept-Language)")
	@GetMapping("/impact/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String role,
			@RequestParam(required = false) String basis, @RequestParam(required = false) Integer top,
			@RequestParam(required = false) String type, @RequestParam(required = false) Integer minGroupSize,
			@RequestParam(required = false) String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
			java.security.Principal principal) {
		String user = principal.getName();
		ExportLanguage language = ExportLanguage.of(lang, acceptLanguage);
		ImpactReport report = impact.report(new ImpactRequest(role, basis, top, type, minGroupSize));
		audit.ifAvailable(a -> a.record(SelfIdentificationService.actor(user), "export", "role/" + report.role(),
				Map.of("report", "adverse-impact", "basis", report.basis())));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("adverse-impact-" + report.role() + ".xlsx", StandardCharsets.UTF_8)
						.build()
						.toString())
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.body(impact.xlsx(report, language));
	}

}
