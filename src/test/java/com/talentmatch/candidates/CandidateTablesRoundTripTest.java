package com.talentmatch.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.talentmatch.table.ExportApiTest;

import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/candidates/export} in CSV and XLSX, Chinese and English headers, is
 * taken back by {@code POST /api/candidates/import} unchanged and gives the same people;
 * names that look like formulas survive the trip.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CandidateTablesRoundTripTest extends ExportApiTest {

	static final String FORMULA = "=HYPERLINK(\"http://x\",\"y\")";

	static final List<String> EN = List.of("ID", "Name", "Type", "Department", "Current role", "Performance",
			"Potential", "Grades", "Experience", "Levels", "Evidence");

	static final List<String> ZH = List.of("编号", "姓名", "类型", "部门", "现任岗位", "绩效", "潜力", "证书与学历", "经验", "素质等级", "证据");

	@BeforeAll
	void peopleWithFormulaLikeCellsAndTwoEvidenceDocuments() throws Exception {
		for (Map<String, Object> c : List.<Map<String, Object>>of(
				Map.of("id", "FX-1", "name", FORMULA, "type", "external", "department", "-3 组", "grades",
						List.of("CET-6"), "experience", Map.of("在岗", 2.5)),
				Map.of("id", "FX-2", "name", "@SUM(A1)", "type", "internal", "performance", 3, "potential", 2, "levels",
						List.of(Map.of("competency", "gzmcc-core/teamwork", "level", "3", "source", "manager",
								"assessedOn", "2026-05-01"))))) {
			HttpResponse<byte[]> stored = put("/api/candidates/" + c.get("id"), json.writeValueAsString(c), "admin");
			assertThat(stored.statusCode()).as(text(stored)).isEqualTo(200);
		}
		for (String text : List.of("他主动回访投诉客户。", "她带领团队改进了服务流程。")) {
			HttpResponse<byte[]> added = post("/api/evidence/documents",
					json.writeValueAsString(Map.of("candidateId", "FX-1", "source", "interview", "text", text)),
					"admin");
			assertThat(added.statusCode()).as(text(added)).isEqualTo(201);
		}
	}

	@Test
	void eachExportImportsBackUnchangedAndGivesTheSamePeople() throws Exception {
		// an import re-reads the whole pool: two pairs here, all four in
		// CandidateTablesHeaderTest
		for (String[] pair : new String[][] { { "csv", "zh" }, { "xlsx", "en" } }) {
			String format = pair[0];
			String lang = pair[1];
			String where = format + " " + lang;
			JsonNode before = body(get("/api/candidates", "admin"));
			HttpResponse<byte[]> export = get("/api/candidates/export?format=" + format + "&lang=" + lang, "admin");
			assertThat(export.statusCode()).as(where).isEqualTo(200);
			List<List<String>> rows;
			if (format.equals("csv")) {
				rows = csv(export.body());
			}
			else {
				try (XSSFWorkbook wb = workbook(export.body())) {
					rows = cells(wb);
					XSSFSheet sheet = wb.getSheetAt(0);
					assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
					assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
					assertThat(sheet.getCTWorksheet().getAutoFilter().getRef())
						.isEqualTo("A1:K" + (sheet.getLastRowNum() + 1));
					int fx2 = rows
						.indexOf(rows.stream().filter(r -> r.get(0).equals("FX-2")).findFirst().orElseThrow());
					XSSFCell performance = sheet.getRow(fx2).getCell(5);
					assertThat(performance.getCellType()).as("a number").isEqualTo(CellType.NUMERIC);
					assertThat(sheet.getRow(fx2).getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
				}
			}
			assertThat(rows.get(0)).as(where).containsExactlyElementsOf(lang.equals("zh") ? ZH : EN);
			assertThat(rows).as(where).hasSize(before.size() + 1);
			HttpResponse<byte[]> imported = upload("/api/candidates/import", "candidates." + format, export.body(),
					"admin");
			assertThat(imported.statusCode()).as(where + ": " + text(imported)).isEqualTo(200);
			JsonNode summary = body(imported);
			assertThat(summary.get("created").asInt()).as(where).isZero();
			assertThat(summary.get("updated").asInt()).as(where).isEqualTo(before.size());
			assertThat(summary.get("evidenceDocuments").asInt()).as(where + ": no new evidence document").isZero();
			assertThat(body(get("/api/candidates", "admin"))).as(where).isEqualTo(before);
			JsonNode fx1 = body(get("/api/candidates/FX-1", "admin"));
			assertThat(fx1.get("name").asString()).isEqualTo(FORMULA);
			assertThat(fx1.get("department").asString()).isEqualTo("-3 组");
			assertThat(body(get("/api/candidates/FX-2", "admin")).get("name").asString()).isEqualTo("@SUM(A1)");
		}
	}

	@Test
	void theCsvExportQuotesFormulaLikeCellsAndTheLanguageFollowsAcceptLanguage() throws Exception {
		HttpResponse<byte[]> export = send(request("/api/candidates/export?format=csv", "admin")
			.header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8"));
		String text = text(export);
		assertThat(text).startsWith("\uFEFF编号,姓名,类型,部门,现任岗位,");
		assertThat(text).contains("FX-1,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",external,'-3 组,")
			.contains("FX-2,'@SUM(A1),internal,,,3,2,");
		assertThat(text(get("/api/candidates/export?format=csv", "admin"))).as("English without Accept-Language")
			.startsWith("\uFEFFID,Name,Type,");
		HttpResponse<byte[]> refused = get("/api/candidates/export?format=csv&lang=jp", "admin");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(body(refused).get("problems").get(0).get("field").asString()).isEqualTo("lang");
	}

	@Test
	void aColumnGivenTwiceUnderTwoLanguagesIsRefused() throws Exception {
		HttpResponse<byte[]> refused = upload("/api/candidates/import", "twice.csv",
				"编号,姓名,类型,name\nFX-9,测试,external,test\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), "admin");
		assertThat(refused.statusCode()).isEqualTo(400);
		JsonNode problem = body(refused).get("problems").get(0);
		assertThat(problem.get("field").asString()).isEqualTo("name");
		assertThat(problem.get("message").asString())
			.isEqualTo("column 'name' is column name again; give each column once");
		assertThat(get("/api/candidates/FX-9", "admin").statusCode()).as("nothing stored").isEqualTo(404);
	}

}
