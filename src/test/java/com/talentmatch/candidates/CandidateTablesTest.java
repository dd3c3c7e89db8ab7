package com.talentmatch.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.talentmatch.catalogue.Catalogue;
import com.talentmatch.catalogue.CatalogueLoader;
import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.table.TableReader;

/** The candidate table layout and its checks, row by row and column by column. */
class CandidateTablesTest {

	static final Catalogue CATALOGUE;

	static {
		CatalogueLoader.Loaded data = CatalogueLoader.load(Path.of("data"));
		CATALOGUE = Catalogue.of(0, data.models(), data.gradeScales());
	}

	static final String HEADER = "id,name,type,department,current_role,performance,potential,grades,experience,levels,evidence\n";

	static List<DataProblem> problems(String csv) {
		List<DataProblem> problems = new ArrayList<>();
		for (CandidateTables.Parsed p : CandidateTables
			.parse(TableReader.csv(csv.getBytes(StandardCharsets.UTF_8), "c.csv"), problems)) {
			CandidateValidator.check(p.candidate(), CATALOGUE, "c.csv", p.row(), problems);
		}
		return problems;
	}

	@Test
	void readsEveryColumn() {
		List<DataProblem> problems = new ArrayList<>();
		List<CandidateTables.Parsed> rows = CandidateTables.parse(TableReader
			.csv((HEADER + "E1,王芳,internal,客服一组,cs-relationship-specialist,2,3,CET-6|bachelor,在岗:3|海外:1.5,"
					+ "cs-dept/communication=3@manager@2026-03-01|gzmcc-core/teamwork=2,她主动倾听客户。\n")
				.getBytes(StandardCharsets.UTF_8), "c.csv"), problems);
		assertThat(problems).isEmpty();
		Candidate c = rows.get(0).candidate();
		assertThat(c.grades()).containsExactly("CET-6", "bachelor");
		assertThat(c.experience()).containsEntry("在岗", 3.0).containsEntry("海外", 1.5);
		assertThat(c.levels()).containsExactly(
				new Candidate.Level("cs-dept/communication", "3", "manager", java.time.LocalDate.parse("2026-03-01")),
				new Candidate.Level("gzmcc-core/teamwork", "2", "assessment", null));
		assertThat(rows.get(0).evidence()).isEqualTo("她主动倾听客户。");
		assertThat(CandidateTables.cells(c, rows.get(0).evidence())).containsExactly("E1", "王芳", "internal", "客服一组",
				"cs-relationship-specialist", "2", "3", "CET-6|bachelor", "在岗:3|海外:1.5",
				"cs-dept/communication=3@manager@2026-03-01|gzmcc-core/teamwork=2@assessment", "她主动倾听客户。");
	}

	@Test
	void eachBadCellIsNamedByRowAndColumn() {
		List<DataProblem> problems = problems(HEADER
				+ "E1,王芳,staff,,astronaut,4,,IELTS-7,在岗三年,cs-dept/flying=3|cs-dept/communication=9@gossip@yesterday,\n");
		assertThat(problems).extracting(p -> p.line() + " " + p.field())
			.containsExactlyInAnyOrder("2 experience", "2 levels", "2 type", "2 performance", "2 current_role",
					"2 grades", "2 levels", "2 levels", "2 levels");
		assertThat(problems).allSatisfy(p -> assertThat(p.file()).isEqualTo("c.csv"));
	}

	@Test
	void protectedAttributeColumnsAreRefusedWithTheirReason() {
		List<DataProblem> problems = problems(
				"id,name,type,Gender,性别,age,年龄,Birth Date,出生日期,marital_status,婚姻状况,ethnicity,民族,religion,宗教\n"
						+ "E1,王芳,internal,f,女,30,30,1996-01-01,1996-01-01,married,已婚,han,汉,none,无\n");
		assertThat(problems).extracting(p -> p.line() + " " + p.field())
			.containsExactly("1 gender", "1 性别", "1 age", "1 年龄", "1 birth date", "1 出生日期", "1 marital_status",
					"1 婚姻状况", "1 ethnicity", "1 民族", "1 religion", "1 宗教");
		assertThat(problems.get(0).message()).isEqualTo("'gender' is a protected attribute (gender): never used for "
				+ "matching; voluntary self-identification goes to /api/fairness/self-identification");
		assertThat(problems.get(5).message()).startsWith("'出生日期' is a protected attribute (age)");
		assertThat(problems.get(7).message()).startsWith("'婚姻状况' is a protected attribute (marital status)");
	}

	@Test
	void unknownColumnsAndMissingRequiredOnesAreNamedOnTheHeaderRow() {
		List<DataProblem> problems = problems("id,full_name,type\nE1,王芳,internal\n");
		assertThat(problems).extracting(p -> p.line() + " " + p.field()).contains("1 name", "1 full_name");
	}

}
