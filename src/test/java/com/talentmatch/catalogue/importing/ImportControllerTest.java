package com.talentmatch.catalogue.importing;

import com.talentmatch.table.TableFormat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.talentmatch.catalogue.CatalogueRepository;
import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.InvalidDataException;
import com.talentmatch.catalogue.ModelConflictException;

@WebMvcTest(ImportController.class)
// the controller alone, as an admin who edits the catalogue (security itself:
// TalentMatchApplicationTest)
@WithMockUser(username = "analyst", authorities = { "admin", "rule-editor" })
class ImportControllerTest {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ImportService imports;

	@MockitoBean
	CatalogueRepository repository;

	static MockMultipartFile file(String name, String type) {
		return new MockMultipartFile("file", name, type, "model_id\n".getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void storedImportIsA201WithItsLocation() throws Exception {
		byte[] csv = Files.readAllBytes(FrameworkImporterTest.EXAMPLE);
		FrameworkImporter.Imported imported = new FrameworkImporter(100).read(csv, "f.csv", TableFormat.CSV);
		given(imports.importFile(any(), eq("framework.csv"), eq(TableFormat.CSV), eq(null), eq(false), eq("analyst")))
			.willReturn(imported);
		var result = mvc.post()
			.with(csrf())
			.uri("/api/models/import")
			.multipart()
			.file(new MockMultipartFile("file", "framework.csv", "text/csv", csv))
			.exchange();
		assertThat(result).hasStatus(HttpStatus.CREATED).hasHeader("Location", "/api/models/digital-skills");
		assertThat(result).bodyJson().extractingPath("$.indicators").isEqualTo(16);
	}

	@Test
	void aRolesPartIsPassedOnWithItsNameAndFormat() throws Exception {
		byte[] csv = Files.readAllBytes(FrameworkImporterTest.EXAMPLE);
		given(imports.importFile(any(), eq("framework.csv"), eq(TableFormat.CSV),
				org.mockito.ArgumentMatchers.argThat(r -> r != null && r.fileName().equals("roles.xlsx")
						&& r.format() == TableFormat.XLSX && r.bytes().length == 3),
				eq(false), eq("analyst")))
			.willReturn(new FrameworkImporter(100).read(csv, "f.csv", TableFormat.CSV));
		MockMultipartFile framework = new MockMultipartFile("file", "framework.csv", "text/csv", csv);
		var result = importing(framework, new MockMultipartFile("roles", "roles.xlsx", null, new byte[3]));
		assertThat(result).hasStatus(HttpStatus.CREATED);
		assertThat(result).bodyJson().extractingPath("$.roles").isEqualTo(0);
		assertThat(importing(framework, new MockMultipartFile("roles", "roles.txt", "text/plain", new byte[3])))
			.hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
	}

	org.springframework.test.web.servlet.assertj.MvcTestResult importing(MockMultipartFile... parts) {
		var request = mvc.post().with(csrf()).uri("/api/models/import").multipart();
		for (MockMultipartFile part : parts) {
			request = request.file(part);
		}
		return request.exchange();
	}

	@Test
	void invalidFileIsA400ListingEachProblemWithRowAndColumn() {
		given(imports.importFile(any(), any(), any(), any(), anyBoolean(), any())).willThrow(new InvalidDataException(
				List.of(new DataProblem("f.csv", 7, "level", "level 'Intermediate' is not in the scale"),
						new DataProblem("f.csv", 9, "indicator", "indicator text is empty"))));
		var result = mvc.post()
			.with(csrf())
			.uri("/api/models/import")
			.multipart()
			.file(file("f.csv", "text/csv"))
			.exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		var json = assertThat(result).bodyJson();
		json.extractingPath("$.problems[0].line").isEqualTo(7);
		json.extractingPath("$.problems[0].field").isEqualTo("level");
		json.extractingPath("$.problems[1].message").isEqualTo("indicator text is empty");
		json.extractingPath("$.detail").asString().contains("nothing was stored");
	}

	@Test
	void takenModelIdIsA409() {
		given(imports.importFile(any(), any(), any(), any(), anyBoolean(), any()))
			.willThrow(new ModelConflictException("model 'x' already exists"));
		assertThat(mvc.post().with(csrf()).uri("/api/models/import").multipart().file(file("f.xlsx", null)))
			.hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	void otherFileTypesAreA415() {
		assertThat(mvc.post()
			.with(csrf())
			.uri("/api/models/import")
			.multipart()
			.file(file("framework.xls", "application/vnd.ms-excel"))).hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("framework.xls");
		verifyNoInteractions(imports);
	}

	@Test
	void listsTheImportRecord() {
		given(repository.imports()).willReturn(List.of(new CatalogueRepository.ImportEntry("digital-skills", "ds.csv",
				"csv", "ab12", 16, false, "alice", java.time.Instant.parse("2026-11-22T10:00:00Z"))));
		assertThat(mvc.get().uri("/api/imports")).hasStatusOk()
			.bodyJson()
			.extractingPath("$[0].user")
			.isEqualTo("alice");
	}

	@Test
	void missingFilePartIsA400() {
		assertThat(mvc.post().with(csrf()).uri("/api/models/import").multipart().param("replace", "true"))
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

}
