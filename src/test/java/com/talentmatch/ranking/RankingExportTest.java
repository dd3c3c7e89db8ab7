package com.talentmatch.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import com.talentmatch.rules.RuleService;
import com.talentmatch.table.CellGuard;
import com.talentmatch.table.ExportApiTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /api/rankings/export}: a workbook or CSV file a recruiter can read, in
 * Chinese or English, with the latest decision, the gaps that matter (a satisfied
 * alternative is no gap), waivers, adjustments and flags.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RankingExportTest extends ExportApiTest {

	static final String ROLE = "cs-dept-manager";

	static final String REQUEST = "{\"role\":\"" + ROLE + "\"}";

	/**
	 * Eligible; CET-6 meets the English group, the CET-4 + two years abroad option fails.
	 */
	static final String ALTERNATIVE = "EXP-ALT-1";

	/** Neither option of the English group: no CET, one year abroad. */
	static final String NO_ENGLISH = "EXP-ALT-2";

	static final String FORMULA = "=HYPERLINK(\"http://x\",\"y\")";

	static final List<String> EN = List.of("Rank", "Candidate ID", "Name", "Internal/external", "Department",
			"Current role", "Eligible", "Fit score", "Readiness", "Readiness code", "Role ID", "Role", "Decision",
			"Decided by", "Decided at (UTC)", "Decision reason", "Met requirements", "Gaps", "Waived requirements",
			"Adjustments", "Flags", "Ranking run", "Rule version");

	static final List<String> ZH = List.of("排名", "候选人编号", "姓名", "内部/外部", "部门", "现任岗位", "是否符合必备条件", "匹配分", "准备度",
			"准备度代码", "岗位编号", "岗位", "决定", "决定人", "决定时间（UTC）", "决定理由", "已满足的要求", "差距", "已免除的要求", "规则调整", "标记", "排名批次",
			"规则版本");

	@Autowired
	RuleService rules;

	@BeforeAll
	void twoPeopleWithAndWithoutEnglish() throws Exception {
		JsonNode first = null;
		for (JsonNode item : body(post("/api/rankings", REQUEST, "recruiter")).get("items")) {
			if (item.get("eligible").asBoolean()) {
				first = item;
				break;
			}
		}
		assertThat(first).as("an eligible person in the demo pool").isNotNull();
		ObjectNode original = (ObjectNode) body(get("/api/candidates/" + first.get("candidateId").asString(), "admin"));
		put(ALTERNATIVE, original, FORMULA, List.of("CET-6"), Map.of());
		put(NO_ENGLISH, original, "@SUM(A1)", List.of(), Map.of("海外", 1.0));
	}

	private void put(String id, ObjectNode original, String name, List<String> english, Map<String, Double> abroad)
			throws Exception {
		ObjectNode copy = original.deepCopy();
		copy.put("id", id);
		copy.put("name", name);
		ArrayNode grades = copy.putArray("grades");
		original.get("grades").forEach(g -> grades.add(g.asString().startsWith("CET") ? null : g.asString()));
		List<JsonNode> kept = new ArrayList<>();
		grades.forEach(g -> {
			if (!g.isNull()) {
				kept.add(g);
			}
		});
		grades.removeAll();
		kept.forEach(grades::add);
		english.forEach(grades::add);
		ObjectNode experience = copy.putObject("experience");
		original.get("experience").properties().forEach(e -> {
			if (!e.getKey().equals("海外")) {
				experience.set(e.getKey(), e.getValue());
			}
		});
		abroad.forEach(experience::put);
		HttpResponse<byte[]> stored = put("/api/candidates/" + id, json.writeValueAsString(copy), "admin");
		assertThat(stored.statusCode()).as(text(stored)).isEqualTo(200);
	}

	private HttpResponse<byte[]> export(String query, String acceptLanguage) throws Exception {
		var request = request("/api/rankings/export?" + query, "recruiter").header("Content-Type", "application/json")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(REQUEST));
		if (acceptLanguage != null) {
			request.header("Accept-Language", acceptLanguage);
		}
		HttpResponse<byte[]> response = send(request);
		assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
		return response;
	}

	/** The row of a person, by the candidate id column. */
	static List<String> row(List<List<String>> rows, String id) {
		return rows.stream().filter(r -> r.get(1).equals(id)).findFirst().orElseThrow();
	}

	static String cell(List<List<String>> rows, String id, RankingTables.Column column) {
		List<String> row = row(rows, id);
		return column.ordinal() < row.size() ? row.get(column.ordinal()) : "";
	}

	@Test
	void theWorkbookHasABoldFrozenFilteredHeaderInTheAskedLanguageAndSensibleWidths() throws Exception {
		for (String[] ask : new String[][] { { "format=xlsx&lang=en", "zh-CN" }, { "format=xlsx", "zh-CN,zh;q=0.9" },
				{ "format=xlsx", null } }) {
			try (XSSFWorkbook wb = workbook(export(ask[0], ask[1]).body())) {
				XSSFSheet sheet = wb.getSheetAt(0);
				List<String> expected = "zh-CN,zh;q=0.9".equals(ask[1]) ? ZH : EN;
				assertThat(cells(wb).get(0)).as(String.join(" ", ask[0], String.valueOf(ask[1])))
					.containsExactlyElementsOf(expected);
				for (int c = 0; c < expected.size(); c++) {
					assertThat(sheet.getRow(0).getCell(c).getCellStyle().getFont().getBold()).isTrue();
					assertThat(sheet.getColumnWidth(c)).as("column " + expected.get(c))
						.isGreaterThan(sheet.getDefaultColumnWidth() * 256);
				}
				assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
				assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
				assertThat(sheet.getCTWorksheet().getAutoFilter().getRef())
					.isEqualTo("A1:W" + (sheet.getLastRowNum() + 1));
				assertThat(sheet.getLastRowNum()).isGreaterThan(150);
				assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1.0);
				assertThat(sheet.getRow(1).getCell(RankingTables.Column.SCORE.ordinal()).getCellType())
					.isEqualTo(CellType.NUMERIC);
				assertThat(sheet.getRow(1).getCell(RankingTables.Column.RUN_ID.ordinal()).getCellType())
					.isEqualTo(CellType.NUMERIC);
			}
		}
	}

	@Test
	void theCsvFileHasTheWorkbooksColumnsAndCells() throws Exception {
		List<List<String>> csv = csv(export("format=csv&lang=zh", null).body());
		List<List<String>> xlsx;
		try (XSSFWorkbook wb = workbook(export("format=xlsx&lang=zh", null).body())) {
			xlsx = cells(wb);
		}
		assertThat(csv.get(0)).containsExactlyElementsOf(ZH);
		assertThat(csv).hasSameSizeAs(xlsx);
		List<Integer> numbers = List.of(RankingTables.Column.RANK.ordinal(), RankingTables.Column.SCORE.ordinal(),
				RankingTables.Column.RUN_ID.ordinal());
		for (int r = 1; r < csv.size(); r++) {
			List<String> fromCsv = new ArrayList<>(csv.get(r));
			List<String> fromXlsx = new ArrayList<>(xlsx.get(r));
			while (fromXlsx.size() < fromCsv.size()) {
				fromXlsx.add("");
			}
			for (int c = 0; c < fromCsv.size(); c++) {
				fromCsv.set(c, CellGuard.unguard(fromCsv.get(c)));
				if (numbers.contains(c)) {
					fromCsv.set(c, String.valueOf(Double.parseDouble(fromCsv.get(c))));
					fromXlsx.set(c, String.valueOf(Double.parseDouble(fromXlsx.get(c))));
				}
			}
			// the run id differs: two exports, two ranking runs
			fromCsv.remove(RankingTables.Column.RUN_ID.ordinal());
			fromXlsx.remove(RankingTables.Column.RUN_ID.ordinal());
			assertThat(fromCsv).as("row " + r).isEqualTo(fromXlsx);
		}
	}

	@Test
	void theDecisionColumnsShowTheLatestDecisionForThisRole() throws Exception {
		String other = rules.evaluator()
			.rules()
			.roles()
			.keySet()
			.stream()
			.filter(r -> !r.equals(ROLE))
			.findFirst()
			.orElseThrow();
		decide(ALTERNATIVE, ROLE, "hold", "waiting for references");
		decide(ALTERNATIVE, ROLE, "shortlist", "strong service record");
		decide(ALTERNATIVE, other, "reject", "another role");
		LocalDateTime before = LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1);
		List<List<String>> en = csv(export("format=csv&lang=en", null).body());
		assertThat(cell(en, ALTERNATIVE, RankingTables.Column.DECISION)).isEqualTo("shortlist");
		assertThat(cell(en, ALTERNATIVE, RankingTables.Column.DECIDED_BY)).isEqualTo("recruiter");
		assertThat(cell(en, ALTERNATIVE, RankingTables.Column.DECISION_REASON)).isEqualTo("strong service record");
		LocalDateTime at = LocalDateTime
			.parse(cell(en, ALTERNATIVE, RankingTables.Column.DECIDED_AT).replace(' ', 'T'));
		assertThat(at).isAfter(before.minusMinutes(5)).isBefore(LocalDateTime.now(ZoneOffset.UTC).plusMinutes(1));
		assertThat(cell(en, NO_ENGLISH, RankingTables.Column.DECISION)).as("no decision").isEmpty();
		assertThat(cell(en, NO_ENGLISH, RankingTables.Column.DECIDED_AT)).isEmpty();
		try (XSSFWorkbook wb = workbook(export("format=xlsx", "zh-TW").body())) {
			List<List<String>> zh = cells(wb);
			assertThat(cell(zh, ALTERNATIVE, RankingTables.Column.DECISION)).isEqualTo("入围");
			int r = zh.indexOf(row(zh, ALTERNATIVE));
			XSSFCell when = wb.getSheetAt(0).getRow(r).getCell(RankingTables.Column.DECIDED_AT.ordinal());
			assertThat(when.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(DateUtil.isCellDateFormatted(when)).isTrue();
			assertThat(when.getLocalDateTimeCellValue()).isEqualTo(at);
		}
	}

	private void decide(String id, String role, String decision, String reason) throws Exception {
		HttpResponse<byte[]> d = post("/api/decisions", json.writeValueAsString(
				Map.of("candidateId", id, "role", role, "decision", decision, "reason", reason)), "recruiter");
		assertThat(d.statusCode()).as(text(d)).isEqualTo(201);
	}

	@Test
	void aSatisfiedAlternativeIsNoGapAndAnUnsatisfiedGroupShowsItsBestOption() throws Exception {
		JsonNode item = null;
		for (int page = 0; item == null; page++) {
			JsonNode items = body(post("/api/rankings",
					"{\"role\":\"" + ROLE + "\",\"size\":200,\"page\":" + page + "}", "recruiter"))
				.get("items");
			assertThat(items.size()).as("page " + page).isPositive();
			for (JsonNode i : items) {
				if (i.get("candidateId").asString().equals(ALTERNATIVE)) {
					item = i;
				}
			}
		}
		assertThat(item.get("eligible").asBoolean()).isTrue();
		List<JsonNode> failedAlternatives = new ArrayList<>();
		item.get("outcomes").forEach(o -> {
			if (!o.get("met").asBoolean() && "英语".equals(o.get("requirement").get("group").asString(""))) {
				failedAlternatives.add(o);
			}
		});
		assertThat(failedAlternatives).as("the CET-4 + abroad option fails").isNotEmpty();

		List<List<String>> en = csv(export("format=csv&lang=en", null).body());
		assertThat(cell(en, ALTERNATIVE, RankingTables.Column.ELIGIBLE)).isEqualTo("yes");
		assertThat(cell(en, ALTERNATIVE, RankingTables.Column.GAPS)).isEmpty();
		assertThat(cell(en, ALTERNATIVE, RankingTables.Column.MET)).contains("CET-6").contains(", met");
		assertThat(cell(en, NO_ENGLISH, RankingTables.Column.ELIGIBLE)).isEqualTo("no");
		String gaps = cell(en, NO_ENGLISH, RankingTables.Column.GAPS);
		assertThat(gaps).as("the best option: CET-4 and two years abroad, one year held")
			.contains("CET-4")
			.contains("1.0 years short")
			.doesNotContain("CET-6");
		List<List<String>> zh = csv(export("format=csv&lang=zh", null).body());
		assertThat(cell(zh, ALTERNATIVE, RankingTables.Column.ELIGIBLE)).isEqualTo("是");
		assertThat(cell(zh, ALTERNATIVE, RankingTables.Column.GAPS)).isEmpty();
		assertThat(cell(zh, NO_ENGLISH, RankingTables.Column.GAPS)).contains("CET-4").contains("差 1.0 年");
		assertThat(cell(zh, NO_ENGLISH, RankingTables.Column.BAND)).isNotEmpty()
			.isNotEqualTo(cell(en, NO_ENGLISH, RankingTables.Column.BAND));
		assertThat(cell(zh, NO_ENGLISH, RankingTables.Column.BAND_CODE))
			.isEqualTo(cell(en, NO_ENGLISH, RankingTables.Column.BAND_CODE));
		assertThat(cell(zh, NO_ENGLISH, RankingTables.Column.ROLE)).isEqualTo(ROLE);
	}

	@Test
	void aNameThatLooksLikeAFormulaIsWrittenAsText() throws Exception {
		String csv = text(export("format=csv&lang=en", null));
		assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",").contains(",'@SUM(A1),");
		try (XSSFWorkbook wb = workbook(export("format=xlsx&lang=en", null).body())) {
			List<List<String>> rows = cells(wb);
			int r = rows.indexOf(row(rows, ALTERNATIVE));
			XSSFCell name = wb.getSheetAt(0).getRow(r).getCell(RankingTables.Column.NAME.ordinal());
			assertThat(name.getCellType()).isEqualTo(CellType.STRING);
			assertThat(name.getStringCellValue()).isEqualTo(FORMULA);
			assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
		}
	}

	@Test
	void aWrongLanguageOrFormatIsRefusedBeforeRankingAndAnExportIsAudited() throws Exception {
		HttpResponse<byte[]> refused = post("/api/rankings/export?format=xlsx&lang=fr", REQUEST, "recruiter");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(body(refused).get("problems").get(0).get("field").asString()).isEqualTo("lang");
		assertThat(text(refused)).contains("lang must be zh or en, not 'fr'");
		assertThat(post("/api/rankings/export?format=pdf", REQUEST, "recruiter").statusCode()).isEqualTo(400);
		assertThat(post("/api/rankings/export?format=csv", REQUEST, "viewer").statusCode()).isEqualTo(403);
		export("format=csv&lang=zh", null);
		JsonNode events = body(get("/api/audit/events?action=export&actor=recruiter", "admin")).get("events");
		JsonNode details = events.get(0).get("details");
		assertThat(events.get(0).get("subject").asString()).isEqualTo("role/" + ROLE);
		assertThat(details.get("lang").asString()).isEqualTo("zh");
		assertThat(details.get("format").asString()).isEqualTo("csv");
		assertThat(details.get("rankingRun").asLong()).isPositive();
	}

}
