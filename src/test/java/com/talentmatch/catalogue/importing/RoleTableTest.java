package com.talentmatch.catalogue.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.talentmatch.catalogue.Catalogue;
import com.talentmatch.catalogue.CatalogueLoader;
import com.talentmatch.catalogue.CompetencyModel;
import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.RoleProfile;
import com.talentmatch.table.TableFormat;
import com.talentmatch.table.TableReader;

/**
 * The roles table of a framework import: one role per row, every problem with its file,
 * row and column.
 */
class RoleTableTest {

	static final Path DIR = Path.of("data/examples/service-delivery");

	static CompetencyModel model;

	static Catalogue seeds;

	@BeforeAll
	static void read() throws IOException {
		model = new FrameworkImporter(1000)
			.read(Files.readAllBytes(DIR.resolve("framework.csv")), "framework.csv", TableFormat.CSV)
			.model();
		CatalogueLoader.Loaded data = CatalogueLoader.load(Path.of("data"));
		seeds = Catalogue.of(0, data.models(), data.gradeScales());
	}

	static List<DataProblem> problems(String csv) {
		List<DataProblem> problems = new ArrayList<>();
		RoleTable.read(TableReader.csv(csv.getBytes(StandardCharsets.UTF_8), "roles.csv"), model, seeds, problems);
		return problems;
	}

	static final String HEADER = "role_id,role_name_en,role_family,competencies\n";

	@Test
	void theExampleHasTwentyRoleLevelsOfFiveFamiliesOverThirtySkillsOfFourLevels() throws IOException {
		assertThat(model.competencies()).hasSize(30).allSatisfy(c -> assertThat(c.levels()).hasSize(4));
		List<DataProblem> problems = new ArrayList<>();
		List<RoleProfile> roles = RoleTable
			.read(TableReader.csv(Files.readAllBytes(DIR.resolve("roles.csv")), "roles.csv"), model, seeds, problems);
		assertThat(problems).isEmpty();
		assertThat(roles).hasSize(20);
		assertThat(roles.stream().map(RoleProfile::family).distinct()).hasSize(5);
		RoleProfile first = roles.get(0);
		assertThat(first.id()).isEqualTo("sd-service-desk-1");
		assertThat(first.name().en()).isEqualTo("Associate service desk analyst (level 1)");
		assertThat(first.family()).isEqualTo("Service desk");
		assertThat(first.competencies()).startsWith("service-delivery/incident-management",
				"service-delivery/customer-communication");
	}

	@Test
	void aRoleMayReferenceAnotherModelsCompetency() {
		List<DataProblem> problems = new ArrayList<>();
		List<RoleProfile> roles = RoleTable.read(TableReader
			.csv((HEADER + "x-1,X,,teamwork|cs-dept/communication\n").getBytes(StandardCharsets.UTF_8), "roles.csv"),
				model, seeds, problems);
		assertThat(problems).isEmpty();
		assertThat(roles.get(0).competencies()).containsExactly("service-delivery/teamwork", "cs-dept/communication");
	}

	@Test
	void everyBadRowIsNamedWithItsRowAndColumn() {
		List<DataProblem> problems = problems(HEADER + "x-1,X,,teamwork|no-such-skill\n" + "x-1,X again,,teamwork\n"
				+ "Bad Id,Y,,teamwork\n" + "x-2,,,teamwork\n" + "x-3,Z,,\n" + "cs-dept-manager,M,,teamwork\n"
				+ "x-4,W,,cs-dept/nothing|nomodel/x\n" + "x-5,V,,teamwork|teamwork\n");
		assertThat(problems).extracting(DataProblem::toString)
			.containsExactly(
					"roles.csv:2 (competencies): model 'service-delivery' has no competency 'no-such-skill' "
							+ "(write <model>/<competency> for another model's)",
					"roles.csv:3 (role_id): role 'x-1' is already defined in row 2; one row per role",
					"roles.csv:4 (role_id): role id 'Bad Id' is required: lower-case letters, digits and '-'",
					"roles.csv:5 (role_name_en): the role needs a name in English or Chinese",
					"roles.csv:6 (competencies): the role needs at least one competency",
					"roles.csv:7 (role_id): role id 'cs-dept-manager' is already a role of model 'cs-roles'; "
							+ "role ids are unique",
					"roles.csv:8 (competencies): model 'cs-dept' has no competency 'nothing'",
					"roles.csv:8 (competencies): unknown model 'nomodel' in competency 'nomodel/x'",
					"roles.csv:9 (competencies): competency 'teamwork' is listed twice");
	}

	@Test
	void unknownAndMissingColumnsAreNamed() {
		assertThat(problems("role,role_name_en,competencies\nx,X,teamwork\n")).extracting(DataProblem::toString)
			.containsExactly("roles.csv:1 (role_id): required column 'role_id' is missing",
					"roles.csv:1 (role): unknown column 'role'; allowed: [competencies, notes, qualifications, "
							+ "role_family, role_id, role_name_en, role_name_zh]");
	}

	@Test
	void aWorkbooksRolesSheetIsFoundByNameAndItsProblemsNameTheSheet() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			wb.createSheet("framework").createRow(0).createCell(0).setCellValue("model_id");
			var sheet = wb.createSheet("Roles");
			var header = sheet.createRow(0);
			var row = sheet.createRow(1);
			String[][] cells = { { "role_id", "role_name_en", "competencies" }, { "x-1", "X", "nothing" } };
			for (int c = 0; c < 3; c++) {
				header.createCell(c).setCellValue(cells[0][c]);
				row.createCell(c).setCellValue(cells[1][c]);
			}
			wb.write(out);
		}
		var table = TableReader.xlsxSheet(out.toByteArray(), "f.xlsx", RoleTable.SHEET).orElseThrow();
		List<DataProblem> problems = new ArrayList<>();
		RoleTable.read(table, model, seeds, problems);
		assertThat(problems).extracting(DataProblem::toString)
			.containsExactly("f.xlsx[Roles]:2 (competencies): model 'service-delivery' has no competency 'nothing' "
					+ "(write <model>/<competency> for another model's)");
		assertThat(TableReader.xlsxSheet(out.toByteArray(), "f.xlsx", "other")).isEmpty();
	}

}
