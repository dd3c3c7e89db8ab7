package com.talentmatch.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.talentmatch.catalogue.Catalogue;
import com.talentmatch.catalogue.CatalogueLoader;
import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.InvalidDataException;
import com.talentmatch.rules.facts.Requirement;

/**
 * Building a rule set: each format, and each way a rule file can be refused, with its
 * file and line.
 */
class RuleSetBuilderTest {

	static final Catalogue CATALOGUE;

	static {
		CatalogueLoader.Loaded data = CatalogueLoader.load(Path.of("data"));
		CATALOGUE = Catalogue.of(0, data.models(), data.gradeScales());
	}

	static RuleFile file(String path, String text) {
		return new RuleFile(path, text.getBytes(StandardCharsets.UTF_8));
	}

	/** The common files (vocabulary, bands, source policy) plus {@code extra}. */
	static List<RuleFile> with(RuleFile... extra) throws IOException {
		List<RuleFile> files = new ArrayList<>();
		for (String p : List.of("common/vocabulary.dsl", "common/readiness.dslr", "common/readiness.drl.csv",
				"common/adjustments.dslr")) {
			files.add(new RuleFile(p, Files.readAllBytes(Path.of("rules").resolve(p))));
		}
		files.addAll(List.of(extra));
		return files;
	}

	static String dslr(String... sentences) {
		StringBuilder sb = new StringBuilder(
				"package test\nimport com.talentmatch.rules.facts.*\nexpander vocabulary.dsl\n");
		for (int i = 0; i < sentences.length; i++) {
			sb.append("\nrule \"r").append(i).append("\"\nwhen\nthen\n    ").append(sentences[i]).append("\nend\n");
		}
		return sb.toString();
	}

	static List<DataProblem> problems(List<RuleFile> files) {
		try {
			RuleSets.build(files, CATALOGUE, null);
		}
		catch (InvalidDataException e) {
			return e.problems();
		}
		throw new AssertionError("the rules were accepted");
	}

	@Test
	void chineseAndEnglishSentencesDeclareTheSameRequirements() throws IOException {
		RuleSet set = RuleSets.build(with(file("t/a.dslr",
				dslr("岗位 客户服务部经理 必须 cs-dept/communication 不低于 3级", "role cs-dept-manager wants grade CET-6 weight 2"))),
				CATALOGUE, "alice");
		RoleRequirements role = set.role("客户服务部经理").orElseThrow();
		assertThat(role.role()).isEqualTo("cs-dept-manager");
		assertThat(role.requirements()).extracting(ResolvedRequirement::target)
			.containsExactlyInAnyOrder("cs-dept/communication", "english/CET-6");
		ResolvedRequirement communication = role.requirements()
			.stream()
			.filter(r -> r.kind() == Requirement.Kind.LEVEL)
			.findFirst()
			.orElseThrow();
		assertThat(communication.mustHave()).isTrue();
		assertThat(communication.minimumRank()).isEqualTo(3);
		assertThat(communication.file()).isEqualTo("rules/t/a.dslr");
		assertThat(communication.line()).as("the line of the sentence, not of the rule").isEqualTo(8);
		assertThat(set.version().author()).isEqualTo("alice");
		assertThat(set.bands()).extracting(b -> b.getCode()).containsExactly("ready-now", "ready-1-2y", "ready-3y");
	}

	@Test
	void compileErrorsNameFileAndLine() throws IOException {
		List<DataProblem> problems = problems(with(file("t/broken.drl", """
				package test
				rule "broken"
				when
				    Nonsense( x == )
				then
				end
				""")));
		assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo("rules/t/broken.drl"));
		assertThat(problems.get(0).line()).isBetween(2, 4);
	}

	@Test
	void anUnmappedDslSentenceIsRefusedWithItsLine() throws IOException {
		List<DataProblem> problems = problems(with(file("t/typo.dslr", dslr("岗位 客户服务部经理 必需 沟通能力 不低于 3级"))));
		assertThat(problems).isNotEmpty();
		assertThat(problems.get(0).file()).isEqualTo("rules/t/typo.dslr");
		assertThat(problems.get(0).message()).containsIgnoringCase("expand");
	}

	@Test
	void unknownCompetencyLevelGradeAndRoleAreRefused() throws IOException {
		List<DataProblem> problems = problems(with(file("t/refs.dslr",
				dslr("岗位 客户服务部经理 必须 cs-dept/flying 不低于 3级", "岗位 客户服务部经理 必须 cs-dept/communication 不低于 9级",
						"岗位 客户服务部经理 必须 持有 IELTS-7", "岗位 宇航员 必须 cs-dept/communication 不低于 1级"))));
		assertThat(problems).extracting(DataProblem::message)
			.anySatisfy(m -> assertThat(m).contains("unknown competency 'cs-dept/flying'"))
			.anySatisfy(m -> assertThat(m).contains("has no level '9'").contains("[1, 2, 3]"))
			.anySatisfy(m -> assertThat(m).contains("unknown grade 'IELTS-7'"))
			.anySatisfy(m -> assertThat(m).contains("unknown role '宇航员'"));
		assertThat(problems).allSatisfy(p -> assertThat(p.file()).isEqualTo("rules/t/refs.dslr"));
		assertThat(problems).extracting(DataProblem::line).as("the lines of the sentences").contains(8, 14, 20, 26);
	}

	@Test
	void anAmbiguousCompetencyNameAsksForTheModel() throws IOException {
		List<DataProblem> problems = problems(with(file("t/amb.dslr", dslr("岗位 ladder-backbone 必须 沟通能力 不低于 1级"))));
		assertThat(problems).singleElement()
			.satisfies(p -> assertThat(p.message()).contains("ambiguous").contains("cs-dept/communication"));
	}

	@Test
	void inheritanceCollectsTheParentsRequirements() throws IOException {
		RuleSet set = RuleSets.build(with(file("t/fam.dslr", dslr("岗位 客服通用 要求 gzmcc-core/teamwork 不低于 1级",
				"岗位 客户关系专员 继承 客服通用 的全部要求", "岗位 客户关系专员 必须 cs-dept/communication 不低于 2级"))), CATALOGUE, null);
		RoleRequirements specialist = set.role("cs-relationship-specialist").orElseThrow();
		assertThat(specialist.inherits()).containsExactly("客服通用");
		assertThat(specialist.requirements()).extracting(ResolvedRequirement::target)
			.containsExactly("cs-dept/communication", "gzmcc-core/teamwork");
	}

	@Test
	void csvAndXlsxDecisionTablesDeclareRequirements() throws IOException {
		byte[] csv = Files.readAllBytes(Path.of("rules/ladder/requirements.drl.csv"));
		RuleSet fromCsv = RuleSets.build(with(new RuleFile("ladder/requirements.drl.csv", csv)), CATALOGUE, null);
		RuleSet fromXlsx = RuleSets.build(
				with(new RuleFile("ladder/requirements.drl.xlsx", toXlsx(new String(csv, StandardCharsets.UTF_8)))),
				CATALOGUE, null);
		RoleRequirements csvBackbone = fromCsv.role("ladder-backbone").orElseThrow();
		RoleRequirements xlsxBackbone = fromXlsx.role("ladder-backbone").orElseThrow();
		assertThat(xlsxBackbone.requirements()).extracting(ResolvedRequirement::target)
			.containsExactlyInAnyOrderElementsOf(
					csvBackbone.requirements().stream().map(ResolvedRequirement::target).toList());
		ResolvedRequirement first = xlsxBackbone.requirements().get(0);
		assertThat(first.file()).isEqualTo("rules/ladder/requirements.drl.xlsx");
		assertThat(first.line()).isGreaterThan(9);
		assertThat(first.rule()).startsWith("阶梯");
	}

	@Test
	void aMalformedDecisionTableIsRefusedWithItsRow() throws IOException {
		String csv = Files.readString(Path.of("rules/ladder/requirements.drl.csv"))
			.replace("NAME,ACTION,ACTION,ACTION,ACTION,ACTION,ACTION\n,,,,,,\n",
					"NAME,ACTION,ACTION,ACTION,ACTION,ACTION,ACTION\n");
		List<DataProblem> problems = problems(with(file("ladder/requirements.drl.csv", csv)));
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.file()).isEqualTo("rules/ladder/requirements.drl.csv");
			assertThat(p.line()).isEqualTo(7);
		});
	}

	/**
	 * The CSV's cells, one spreadsheet cell each, in the first sheet of a new workbook.
	 */
	static byte[] toXlsx(String csv) throws IOException {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.createSheet("rules");
			List<org.apache.commons.csv.CSVRecord> records = org.apache.commons.csv.CSVFormat.DEFAULT
				.parse(new java.io.StringReader(csv))
				.getRecords();
			for (int r = 0; r < records.size(); r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < records.get(r).size(); c++) {
					if (!records.get(r).get(c).isEmpty()) {
						row.createCell(c).setCellValue(records.get(r).get(c));
					}
				}
			}
			wb.write(out);
			return out.toByteArray();
		}
	}

	@Test
	void theAnalystsTemplateHidesTheEngineRowsAndIsLiveWhenFilledIn() throws IOException {
		byte[] xlsx = RequirementTableTemplate.xlsx("t",
				List.of(List.of("模板 经理 沟通", "客户服务部经理", "cs-dept/communication", "3", "2", "true"),
						List.of("模板 经理 诚信", "客户服务部经理", "cs-dept/integrity-awareness", "2", "1", "false")));
		try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var sheet = wb.getSheetAt(0);
			for (int r = 0; r < RequirementTableTemplate.HEADER_ROW - 1; r++) {
				assertThat(sheet.getRow(r).getZeroHeight()).as("engine row %d is hidden", r + 1).isTrue();
			}
			assertThat(sheet.getRow(RequirementTableTemplate.HEADER_ROW - 1).getZeroHeight()).isFalse();
			assertThat(sheet.getRow(RequirementTableTemplate.HEADER_ROW - 1).getCell(1).getStringCellValue())
				.isEqualTo("岗位 (role)");
		}
		RuleSet set = RuleSets.build(with(new RuleFile("t/requirements.drl.xlsx", xlsx)), CATALOGUE, null);
		ResolvedRequirement r = set.role("cs-dept-manager")
			.orElseThrow()
			.requirements()
			.stream()
			.filter(q -> q.rule().equals("模板 经理 沟通"))
			.findFirst()
			.orElseThrow();
		assertThat(r.mustHave()).isTrue();
		assertThat(r.weight()).isEqualTo(2.0);
		assertThat(r.file()).isEqualTo("rules/t/requirements.drl.xlsx");
		assertThat(r.line()).as("its spreadsheet row").isEqualTo(RequirementTableTemplate.HEADER_ROW + 1);
	}

	@Test
	void anUnreadableWorkbookIsRefusedNotSkipped() throws IOException {
		List<DataProblem> problems = problems(
				with(new RuleFile("t/broken.drl.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8))));
		assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo("rules/t/broken.drl.xlsx"));
		assertThat(problems).extracting(DataProblem::message).anySatisfy(m -> assertThat(m).contains("xlsx"));
	}

}
