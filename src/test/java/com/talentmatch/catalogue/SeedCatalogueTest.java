package com.talentmatch.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real {@code data/} directory: every seed model loads, with the facts the seeds
 * state.
 */
class SeedCatalogueTest {

	static Catalogue catalogue;

	@BeforeAll
	static void load() {
		CatalogueLoader.Loaded data = CatalogueLoader.load(Path.of("data"));
		catalogue = Catalogue.of(0, data.models(), data.gradeScales());
	}

	static CompetencyModel model(String id) {
		return catalogue.model(id).orElseThrow(() -> new AssertionError("no model " + id));
	}

	static Competency competency(String model, String id) {
		return model(model).competency(id).orElseThrow(() -> new AssertionError("no competency " + model + "/" + id));
	}

	static List<String> texts(Competency c, String level) {
		return c.level(level).orElseThrow().indicators().stream().map(Indicator::text).toList();
	}

	static List<String> codes(List<ScaleLevel> scale) {
		return scale.stream().map(ScaleLevel::code).toList();
	}

	@Test
	void everySeedModelIsPresentWithASourceNote() {
		assertThat(catalogue.models().keySet()).contains("gzmcc-core", "cs-dept", "cs-roles", "six-general-positions",
				"employee-ladder", "competency-general", "mcclelland", "hrbp", "itss-ops", "lenovo-cs",
				"greatwall-supervisor");
		catalogue.models().values().forEach(m -> {
			assertThat(m.source()).as(m.id()).contains("shared/seeds/");
			assertThat(m.englishIsTranslation()).as(m.id()).isTrue();
			assertThat(m.ambiguities()).as(m.id() + " records its ambiguities").isNotEmpty();
		});
	}

	@Test
	void customerServiceLanguageKnowledgeLevelsMapToEnglishGrades() {
		Competency language = competency("cs-dept", "language-knowledge");
		assertThat(language.name().zh()).isEqualTo("语言知识");
		assertThat(language.category()).isEqualTo(Category.KNOWLEDGE);
		assertThat(language.level("1").orElseThrow().grades()).containsExactly(new GradeRef("english", "CET-4"));
		assertThat(language.level("2").orElseThrow().grades()).containsExactly(new GradeRef("english", "CET-6"));
		assertThat(language.level("3").orElseThrow().grades()).containsExactly(new GradeRef("english", "TEM-8"));
	}

	@Test
	void customerServiceModelHasSkillsKnowledgeAndQualities() {
		CompetencyModel cs = model("cs-dept");
		assertThat(codes(cs.scale())).containsExactly("1", "2", "3");
		assertThat(cs.competencies()).hasSize(13);
		assertThat(cs.competencies().stream().filter(c -> c.category() == Category.SKILL)).hasSize(3);
		assertThat(cs.competencies().stream().filter(c -> c.category() == Category.KNOWLEDGE)).hasSize(4);
		assertThat(cs.competencies().stream().filter(c -> c.category() == Category.QUALITY)).hasSize(6);
		assertThat(texts(competency("cs-dept", "innovation"), "3").get(0)).startsWith("能恰当地质疑已存在的解决问题模式");
		assertThat(competency("cs-dept", "communication").levels())
			.allSatisfy(l -> assertThat(l.indicators()).hasSize(2));
	}

	@Test
	void englishGradesAreOrderedAndRecognisedByAlias() {
		GradeScale english = catalogue.gradeScale("english").orElseThrow();
		assertThat(english.grades().stream().map(Grade::code)).containsExactly("CET-4", "CET-6", "TEM-4", "TEM-8");
		assertThat(english.recognise("专八").orElseThrow().code()).isEqualTo("TEM-8");
		assertThat(english.recognise("TEM 8").orElseThrow().code()).isEqualTo("TEM-8");
		assertThat(english.recognise("cet4").orElseThrow().code()).isEqualTo("CET-4");
		assertThat(english.recognise("英语六级").orElseThrow().code()).isEqualTo("CET-6");
		assertThat(english.recognise("雅思")).isEmpty();
		GradeScale degree = catalogue.gradeScale("degree").orElseThrow();
		assertThat(degree.grades().stream().map(g -> g.name().zh())).containsExactly("大专", "本科", "硕士", "博士");
	}

	@Test
	void lenovoAchievementHasBdesLevelsWithIndicators() {
		assertThat(codes(model("lenovo-cs").scale())).containsExactly("B", "D", "E", "S");
		Competency achievement = competency("lenovo-cs", "achievement");
		assertThat(achievement.name().zh()).isEqualTo("成就事业");
		assertThat(achievement.levels().stream().map(CompetencyLevel::code)).containsExactly("B", "D", "E", "S");
		assertThat(texts(achievement, "S")).hasSize(3);
		assertThat(texts(achievement, "S").get(0)).startsWith("在困难、障碍面前采取坚决的行动以达到创新的目标");
		assertThat(texts(achievement, "B").get(0)).startsWith("对自己的能力、经验或判断力表现出足够的自信");
		assertThat(competency("lenovo-cs", "influence").levels().stream().map(CompetencyLevel::code))
			.containsExactly("E", "S");
	}

	@Test
	void greatwallUsesDSiSa() {
		assertThat(codes(model("greatwall-supervisor").scale())).containsExactly("D", "Si", "Sa");
		Competency selfRegulation = competency("greatwall-supervisor", "self-regulation");
		assertThat(selfRegulation.levels().stream().map(CompetencyLevel::code)).containsExactly("Sa");
		assertThat(texts(selfRegulation, "Sa").get(0)).startsWith("指导下属在明确的自我角色定位的基础上");
		assertThat(texts(competency("greatwall-supervisor", "customer"), "D")).hasSize(6);
	}

	@Test
	void guangzhouMobileCoreModelHasSixCompetenciesWithSubThemesAndThreeLevels() {
		CompetencyModel gz = model("gzmcc-core");
		assertThat(gz.competencies().stream().map(c -> c.name().zh())).containsExactly("沟通理解", "团队协作", "创新变革", "流程导向",
				"客户导向", "学习能力");
		assertThat(gz.competencies()).allSatisfy(c -> {
			assertThat(c.subThemes()).isNotEmpty();
			assertThat(c.levels().stream().map(CompetencyLevel::code)).containsExactly("1", "2", "3");
		});
		Indicator listening = competency("gzmcc-core", "communication-understanding").level("1")
			.orElseThrow()
			.indicators()
			.stream()
			.filter(i -> i.text().startsWith("主动、专心地倾听客户或他人的谈话"))
			.findFirst()
			.orElseThrow();
		assertThat(listening.subTheme()).isEqualTo("倾听技巧");
		assertThat(gz.competencies().stream().mapToInt(Competency::indicatorCount).sum()).isEqualTo(92);
	}

	@Test
	void customerServiceRolesReferenceTheDepartmentModel() {
		RoleProfile keyAccount = model("cs-roles").roles()
			.stream()
			.filter(r -> r.id().equals("key-account-service-supervisor"))
			.findFirst()
			.orElseThrow();
		assertThat(keyAccount.name().zh()).isEqualTo("大客户服务主管");
		assertThat(keyAccount.competencies()).contains("cs-dept/communication", "cs-dept/service-awareness");
		assertThat(keyAccount.qualifications()).isNotEmpty();
		assertThat(model("cs-roles").roles().stream().map(r -> r.name().zh())).contains("客户服务部经理", "客户关系主管", "大客户服务主管",
				"售后服务主管", "客户关系专员");
	}

	@Test
	void employeeLadderStepsAreOrderedFromFoundationToExpert() {
		CompetencyModel ladder = model("employee-ladder");
		assertThat(codes(ladder.scale())).containsExactly("foundation", "supervisor", "backbone", "expert");
		assertThat(ladder.scale().get(0).label().zh()).contains("基础员工");
		Competency identification = competency("employee-ladder", "problem-identification");
		assertThat(identification.level("foundation")).isEmpty();
		assertThat(texts(identification, "backbone")).hasSize(2);
	}

	@Test
	void judgementHasFourLevels() {
		Competency judgement = competency("competency-general", "judgement");
		assertThat(judgement.name().zh()).isEqualTo("判断能力");
		assertThat(judgement.levels().stream().map(CompetencyLevel::code)).containsExactly("1", "2", "3", "4");
		assertThat(texts(judgement, "2")).hasSize(3);
		assertThat(texts(judgement, "2").get(0)).startsWith("做出中等复杂的判断");
		assertThat(competency("competency-general", "listening-and-responding").levels()).isEmpty();
	}

	@Test
	void mcclellandDictionaryKeepsClustersAndAliases() {
		Competency iu = competency("mcclelland", "interpersonal-understanding");
		assertThat(iu.name().zh()).isEqualTo("人际了解");
		assertThat(iu.aliases()).contains("同理心");
		assertThat(iu.cluster().zh()).isEqualTo("协助和服务");
		assertThat(competency("mcclelland", "relationship-building").cluster().zh()).isEqualTo("冲击和影响");
		assertThat(catalogue.searchCompetencies("顾客服务导向", "mcclelland")).isNotEmpty();
	}

	@Test
	void hrbpAndItssModelsCarryTheirRoles() {
		assertThat(competency("hrbp", "professional-leadership").subThemes().stream().map(LocalizedText::zh))
			.containsExactly("自我领导力", "他人领导力");
		assertThat(model("itss-ops").roles().stream().map(RoleProfile::id)).contains("itss-project-lead",
				"itss-engineer");
		assertThat(model("six-general-positions").roles().stream().map(RoleProfile::id))
			.contains("six-general-technical");
	}

	@Test
	void searchFindsCompetenciesByChineseAndEnglishName() {
		assertThat(catalogue.searchCompetencies("沟通能力", null).get(0).exactName()).isTrue();
		assertThat(catalogue.searchCompetencies("communication", null)).extracting(Catalogue.CompetencyHit::modelId)
			.contains("cs-dept", "gzmcc-core");
		assertThat(catalogue.searchCompetencies("no such competency", null)).isEmpty();
	}

}
