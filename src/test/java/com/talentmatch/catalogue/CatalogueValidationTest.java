package com.talentmatch.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per way a data directory can be wrong; each names the file and line. */
class CatalogueValidationTest {

	@TempDir
	Path dir;

	static final String GRADES = """
			id: english
			name: {zh: 英语水平, en: English}
			english: translation
			source: test
			grades:
			  - code: CET-4
			    name: {zh: 大学英语四级}
			  - code: CET-6
			    name: {zh: 大学英语六级}
			""";

	static final String MODEL = """
			id: demo
			name: {zh: 示例模型, en: Demo model}
			english: translation
			source: test fixture
			scale:
			  - code: "1"
			  - code: "2"
			competencies:
			  - id: communication
			    name: {zh: 沟通能力}
			    category: skill
			    subThemes: [倾听]
			    levels:
			      - code: "1"
			        indicators:
			          - 能够清楚地表达自己的想法
			          - text: 认真倾听
			            subTheme: 倾听
			      - code: "2"
			        indicators: [能够说服他人]
			        grades: [english/CET-6]
			roles:
			  - id: demo-role
			    name: {zh: 示例岗位}
			    competencies: [communication]
			""";

	List<DataProblem> problems(String modelYaml) throws IOException {
		write("models/demo.yaml", modelYaml);
		write("grades/english.yaml", GRADES);
		try {
			CatalogueLoader.load(dir);
		}
		catch (InvalidDataException e) {
			return e.problems();
		}
		return List.of();
	}

	DataProblem onlyProblem(String modelYaml) throws IOException {
		List<DataProblem> problems = problems(modelYaml);
		assertThat(problems).hasSize(1);
		return problems.get(0);
	}

	void write(String name, String text) throws IOException {
		Path p = dir.resolve(name);
		Files.createDirectories(p.getParent());
		Files.writeString(p, text);
	}

	@Test
	void validModelLoads() throws IOException {
		assertThat(problems(MODEL)).isEmpty();
		CompetencyModel m = CatalogueLoader.load(dir).models().get(0);
		assertThat(m.competency("communication").orElseThrow().level("1").orElseThrow().indicators())
			.containsExactly(new Indicator("能够清楚地表达自己的想法", null), new Indicator("认真倾听", "倾听"));
		assertThat(m.roles().get(0).competencies()).containsExactly("demo/communication");
	}

	@Test
	void duplicateCompetencyIdNamesFileAndLine() throws IOException {
		String yaml = MODEL.replace("roles:", """
				  - id: communication
				    name: {zh: 重复}
				    category: skill
				roles:""");
		DataProblem p = onlyProblem(yaml);
		assertThat(p.file()).isEqualTo(dir.getFileName() + "/models/demo.yaml");
		assertThat(p.line()).isEqualTo(22);
		assertThat(p.message()).contains("duplicate competency id 'communication'");
	}

	@Test
	void duplicateModelIdAcrossFilesNamesBothFiles() throws IOException {
		write("models/other.yaml", MODEL.replace("demo-role", "other-role"));
		DataProblem p = onlyProblem(MODEL);
		assertThat(p.file()).endsWith("models/other.yaml");
		assertThat(p.message()).contains("model id 'demo' is already defined in").contains("models/demo.yaml");
	}

	@Test
	void unknownLevelCodeIsRefusedWithTheScale() throws IOException {
		DataProblem p = onlyProblem(
				MODEL.replace("- code: \"2\"\n        indicators", "- code: \"5\"\n        indicators"));
		assertThat(p.line()).isEqualTo(19);
		assertThat(p.field()).isEqualTo("competencies[0].levels[1].code");
		assertThat(p.message()).contains("unknown level code '5'").contains("1, 2");
	}

	@Test
	void emptyIndicatorTextIsRefused() throws IOException {
		DataProblem p = onlyProblem(MODEL.replace("[能够说服他人]", "[\"  \"]"));
		assertThat(p.line()).isEqualTo(20);
		assertThat(p.field()).isEqualTo("competencies[0].levels[1].indicators[0]");
		assertThat(p.message()).contains("must not be empty");
	}

	@Test
	void brokenRoleReferenceIsRefused() throws IOException {
		DataProblem p = onlyProblem(MODEL.replace("competencies: [communication]", "competencies: [listening]"));
		assertThat(p.line()).isEqualTo(25);
		assertThat(p.message()).contains("does not define").contains("listening");
	}

	@Test
	void aRoleMayNameItsFamily() throws IOException {
		assertThat(problems(MODEL.replace("    name: {zh: 示例岗位}\n", "    name: {zh: 示例岗位}\n    family: 示例族\n")))
			.isEmpty();
		assertThat(CatalogueLoader.load(dir).models().get(0).roles().get(0).family()).isEqualTo("示例族");
	}

	@Test
	void referenceToAnotherModelMustExist() throws IOException {
		DataProblem p = onlyProblem(MODEL.replace("competencies: [communication]", "competencies: [nowhere/x]"));
		assertThat(p.message()).isEqualTo("unknown model 'nowhere'");
	}

	@Test
	void brokenGradeReferenceIsRefused() throws IOException {
		DataProblem p = onlyProblem(MODEL.replace("english/CET-6", "english/TEM-8"));
		assertThat(p.line()).isEqualTo(21);
		assertThat(p.message()).contains("has no grade 'TEM-8'").contains("CET-4, CET-6");
	}

	@Test
	void duplicateScaleCodeIsRefused() throws IOException {
		DataProblem p = onlyProblem(
				MODEL.replace("  - code: \"2\"\ncompetencies", "  - code: \"2\"\n  - code: \"2\"\ncompetencies"));
		assertThat(p.line()).isEqualTo(8);
		assertThat(p.message()).contains("level code '2' appears twice in the scale");
	}

	@Test
	void emptyScaleIsRefused() throws IOException {
		List<DataProblem> problems = problems(
				MODEL.replace("scale:\n  - code: \"1\"\n  - code: \"2\"\n", "scale: []\n"));
		assertThat(problems).extracting(DataProblem::message).contains("list 'scale' must not be empty");
	}

	@Test
	void misspelledFieldIsReportedWithTheAllowedOnes() throws IOException {
		DataProblem p = onlyProblem(MODEL.replace("        indicators: [能够说服他人]", "        indicaters: [能够说服他人]"));
		assertThat(p.line()).isEqualTo(20);
		assertThat(p.message()).contains("unknown field 'indicaters'").contains("indicators");
	}

	@Test
	void unknownSubThemeIsRefused() throws IOException {
		DataProblem p = onlyProblem(MODEL.replace("subTheme: 倾听", "subTheme: 表达"));
		assertThat(p.line()).isEqualTo(18);
		assertThat(p.message()).contains("sub-theme '表达'");
	}

	@Test
	void unknownCategoryListsTheAllowedOnes() throws IOException {
		DataProblem p = onlyProblem(MODEL.replace("category: skill", "category: charisma"));
		assertThat(p.line()).isEqualTo(11);
		assertThat(p.message()).contains("unknown category 'charisma'").contains("knowledge, skill, quality");
	}

	@Test
	void missingRequiredFieldIsNamed() throws IOException {
		DataProblem p = onlyProblem(MODEL.replace("source: test fixture\n", ""));
		assertThat(p.field()).isEqualTo("source");
		assertThat(p.message()).contains("required field 'source' is missing");
	}

	@Test
	void yamlSyntaxErrorNamesTheLine() throws IOException {
		DataProblem p = onlyProblem(MODEL.replace("    name: {zh: 沟通能力}", "    name: {zh: 沟通能力"));
		assertThat(p.line()).isBetween(10, 12);
		assertThat(p.message()).startsWith("not valid YAML");
	}

	@Test
	void invalidUtf8NamesTheLine() throws IOException {
		byte[] gbk = MODEL.replace("示例模型", "模型").getBytes(StandardCharsets.UTF_8);
		byte[] bad = new byte[gbk.length + 2];
		System.arraycopy(gbk, 0, bad, 0, gbk.length);
		bad[gbk.length] = (byte) 0xC4;
		bad[gbk.length + 1] = (byte) 0x0A;
		write("grades/english.yaml", GRADES);
		Files.createDirectories(dir.resolve("models"));
		Files.write(dir.resolve("models/demo.yaml"), bad);
		assertThatThrownBy(() -> CatalogueLoader.load(dir)).isInstanceOfSatisfying(InvalidDataException.class,
				e -> assertThat(e.problems().get(0).toString()).contains("demo.yaml:26").contains("not valid UTF-8"));
	}

	@Test
	void missingModelsDirectoryIsExplained() {
		assertThatThrownBy(() -> CatalogueLoader.load(dir.resolve("nowhere")))
			.hasMessageContaining("directory not found");
	}

	@Test
	void ambiguousGradeAliasIsRefused() throws IOException {
		write("grades/english.yaml", GRADES.replace("name: {zh: 大学英语六级}", "name: {zh: 大学英语六级}\n    aliases: [cet4]"));
		write("models/demo.yaml", MODEL);
		assertThatThrownBy(() -> CatalogueLoader.load(dir)).isInstanceOfSatisfying(InvalidDataException.class,
				e -> assertThat(e.problems().get(0).message()).contains("'cet4' already names another grade"));
	}

	@Test
	void everyProblemIsReportedNotOnlyTheFirst() throws IOException {
		List<DataProblem> problems = problems(
				MODEL.replace("category: skill", "category: x").replace("english/CET-6", "english/X"));
		assertThat(problems).hasSize(2);
	}

}
