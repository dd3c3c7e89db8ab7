package com.talentmatch.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The catalogue API over the real seed data, with the store mocked away. */
@WebMvcTest(CatalogueController.class)
// the controller alone, as an admin who edits the catalogue (security itself:
// TalentMatchApplicationTest)
@WithMockUser(username = "analyst", authorities = { "admin", "rule-editor" })
class CatalogueControllerTest {

	static final Catalogue SEEDS;

	static {
		CatalogueLoader.Loaded data = CatalogueLoader.load(Path.of("data"));
		SEEDS = Catalogue.of(7, data.models(), data.gradeScales());
	}

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	CatalogueService catalogue;

	@BeforeEach
	void snapshot() {
		given(catalogue.current()).willReturn(SEEDS);
	}

	@Test
	void listsEveryModelWithItsScale() {
		assertThat(mvc.get().uri("/api/models")).hasStatusOk()
			.bodyJson()
			.extractingPath("$[?(@.id == 'lenovo-cs')].scale[*].code")
			.asArray()
			.containsExactly("B", "D", "E", "S");
	}

	@Test
	void returnsOneModelWithLevelsAndIndicators() {
		var json = assertThat(mvc.get().uri("/api/models/cs-dept")).hasStatusOk().bodyJson();
		json.extractingPath("$.competencies[?(@.id == 'language-knowledge')].levels[1].grades[0].grade")
			.asArray()
			.containsExactly("CET-6");
		json.extractingPath("$.competencies[0].category").isEqualTo("skill");
		json.extractingPath("$.ambiguities").asArray().isNotEmpty();
	}

	@Test
	void returnsOneCompetency() {
		assertThat(mvc.get().uri("/api/models/lenovo-cs/competencies/achievement")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.name.zh")
			.isEqualTo("成就事业");
	}

	@Test
	void unknownModelIsA404ProblemNamingTheKnownIds() {
		var result = mvc.get().uri("/api/models/no-such-model").exchange();
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("no-such-model", "cs-dept");
	}

	@Test
	void unknownCompetencyIsA404() {
		assertThat(mvc.get().uri("/api/models/cs-dept/competencies/flying")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("has no competency 'flying'");
	}

	@Test
	void searchesCompetenciesByChineseName() {
		assertThat(mvc.get().uri("/api/competencies").param("q", "沟通能力")).hasStatusOk()
			.bodyJson()
			.extractingPath("$[0].competency.name.zh")
			.isEqualTo("沟通能力");
	}

	@Test
	void searchesCompetenciesByEnglishNameWithinAModel() {
		assertThat(mvc.get().uri("/api/competencies").param("q", "CUSTOMER").param("model", "lenovo-cs")).hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].modelId")
			.asArray()
			.isNotEmpty()
			.allMatch("lenovo-cs"::equals);
	}

	@Test
	void blankSearchIsA400() {
		assertThat(mvc.get().uri("/api/competencies").param("q", " ")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void searchInUnknownModelIsA404() {
		assertThat(mvc.get().uri("/api/competencies").param("q", "x").param("model", "nope"))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void listsGradeScalesInOrder() {
		assertThat(mvc.get().uri("/api/grade-scales/english")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.grades[*].code")
			.asArray()
			.containsExactly("CET-4", "CET-6", "TEM-4", "TEM-8");
	}

	@Test
	void listsRoleProfiles() {
		assertThat(mvc.get().uri("/api/roles")).hasStatusOk()
			.bodyJson()
			.extractingPath("$[?(@.role.id == 'cs-dept-manager')].modelId")
			.asArray()
			.containsExactly("cs-roles");
	}

	@Test
	void deletingASeedModelIsA409() {
		willThrow(new ModelConflictException("model 'cs-dept' comes from data/")).given(catalogue)
			.deleteImported("cs-dept");
		assertThat(mvc.delete().with(csrf()).uri("/api/models/cs-dept")).hasStatus(HttpStatus.CONFLICT);
	}

}
