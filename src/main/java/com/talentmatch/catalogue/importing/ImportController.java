package com.talentmatch.catalogue.importing;

import com.talentmatch.table.TableFormat;
import java.io.IOException;
import java.net.URI;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.talentmatch.catalogue.CatalogueRepository;

import io.swagger.v3.oas.annotations.Operation;

@RestController
@RequestMapping("/api")
class ImportController {

	private final ImportService imports;

	private final CatalogueRepository repository;

	ImportController(ImportService imports, CatalogueRepository repository) {
		this.imports = imports;
		this.repository = repository;
	}

	@Operation(summary = "The import record: every framework import, newest first")
	@GetMapping("/imports")
	List<CatalogueRepository.ImportEntry> imports() {
		return repository.imports();
	}

	/**
	 * A stored import.
	 *
	 * @param modelId the model id
	 * @param competencies competencies read
	 * @param indicators indicators read
	 * @param rows data rows read
	 * @param scale level codes, low to high
	 * @param roles role profiles read
	 */
	record ImportSummary(String modelId, int competencies, int indicators, int rows, List<String> scale, int roles) {
	}

	@Operation(summary = "Import a competency framework from a CSV or XLSX table",
			description = "Roles: an optional 'roles' part (CSV or XLSX), or an .xlsx file's sheet named 'roles'. "
					+ "The whole file is validated first, with its roles; on any problem nothing is stored and the "
					+ "answer lists each problem with file, row and column. 409 when the model id exists (use replace=true for an "
					+ "earlier import), 413 when the file is too large, 415 when it is neither .csv nor .xlsx.")
	@PostMapping(path = "/models/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ImportSummary> importModel(@RequestPart("file") MultipartFile file,
			@RequestPart(name = "roles", required = false) MultipartFile roles,
			@RequestParam(defaultValue = "false") boolean replace, java.security.Principal principal)
			throws IOException {
		String user = principal.getName();
		TableFormat format = TableFormat.ofUpload(file.getOriginalFilename(), file.getContentType());
		ImportService.RolesFile rolesFile = null;
		if (roles != null) {
			TableFormat rolesFormat = TableFormat.ofUpload(roles.getOriginalFilename(), roles.getContentType());
			rolesFile = new ImportService.RolesFile(roles.getBytes(), name(roles, "roles", rolesFormat), rolesFormat);
		}
		FrameworkImporter.Imported imported = imports.importFile(file.getBytes(), name(file, "upload", format), format,
				rolesFile, replace, user);
		var m = imported.model();
		ImportSummary summary = new ImportSummary(m.id(), m.competencies().size(),
				m.competencies().stream().mapToInt(c -> c.indicatorCount()).sum(), imported.rows(),
				m.scale().stream().map(s -> s.code()).toList(), m.roles().size());
		return ResponseEntity.created(URI.create("/api/models/" + m.id())).body(summary);
	}

	private static String name(MultipartFile part, String fallback, TableFormat format) {
		return part.getOriginalFilename() == null ? fallback + "." + format.code() : part.getOriginalFilename();
	}

}
