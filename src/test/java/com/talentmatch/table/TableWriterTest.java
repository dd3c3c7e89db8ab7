package com.talentmatch.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.talentmatch.catalogue.InvalidDataException;

/** Workbooks and CSV files made for people, and the formula-injection guard both ways. */
class TableWriterTest {

	static final List<String> HEADER = List.of("编号", "Name", "Score", "When", "Notes");

	static final List<ColumnType> TYPES = List.of(ColumnType.TEXT, ColumnType.TEXT, ColumnType.NUMBER, ColumnType.DATE,
			ColumnType.TEXT);

	static final List<List<String>> ROWS = List.of(
			List.of("0012", "=HYPERLINK(\"http://x\",\"y\")", "-3", "2026-05-01", "a long remark ".repeat(10)),
			List.of("E2", "@SUM(A1)", "85.5", "2026-05-01 09:30:00", "+1 \t-x"), List.of("E3", "王芳", "", "", ""));

	static XSSFWorkbook xlsx() throws Exception {
		return new XSSFWorkbook(new ByteArrayInputStream(TableWriter.xlsx("t", HEADER, ROWS, TYPES)));
	}

	@Test
	void theHeaderIsBoldFrozenAndFilteredAndColumnsAreWideEnough() throws Exception {
		try (XSSFWorkbook wb = xlsx()) {
			XSSFSheet sheet = wb.getSheetAt(0);
			for (int c = 0; c < HEADER.size(); c++) {
				XSSFCell cell = sheet.getRow(0).getCell(c);
				assertThat(cell.getStringCellValue()).isEqualTo(HEADER.get(c));
				assertThat(cell.getCellStyle().getFont().getBold()).as("header " + c + " bold").isTrue();
				assertThat(sheet.getColumnWidth(c)).as("width of column " + c)
					.isGreaterThan(sheet.getDefaultColumnWidth() * 256);
			}
			assertThat(sheet.getRow(1).getCell(0).getCellStyle().getFont().getBold()).as("data not bold").isFalse();
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as("frozen below row 1")
				.isEqualTo((short) 1);
			assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 0);
			assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:E4");
			assertThat(sheet.getColumnWidth(4)).as("capped").isEqualTo(TableWriter.MAX_WIDTH * 256);
			assertThat(sheet.getColumnWidth(1)).as("from the content").isGreaterThan(sheet.getColumnWidth(0));
		}
	}

	@Test
	void numbersAreNumbersDatesAreDatesAndIdsStayText() throws Exception {
		try (XSSFWorkbook wb = xlsx()) {
			XSSFSheet sheet = wb.getSheetAt(0);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("0012");
			assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(-3.0);
			assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(85.5);
			XSSFCell day = sheet.getRow(1).getCell(3);
			assertThat(day.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(DateUtil.isCellDateFormatted(day)).isTrue();
			assertThat(day.getLocalDateTimeCellValue()).isEqualTo("2026-05-01T00:00");
			assertThat(sheet.getRow(2).getCell(3).getLocalDateTimeCellValue()).isEqualTo("2026-05-01T09:30");
			assertThat(sheet.getRow(3).getCell(2).getCellType()).as("an empty number is an empty cell")
				.isEqualTo(CellType.BLANK);
		}
	}

	@Test
	void aCellThatCouldBeAFormulaIsQuotedTextInAWorkbookAndReadsBackUnchanged() throws Exception {
		try (XSSFWorkbook wb = xlsx()) {
			XSSFCell formula = wb.getSheetAt(0).getRow(1).getCell(1);
			assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
			assertThat(formula.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"y\")");
			assertThat(formula.getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(wb.getSheetAt(0).getRow(2).getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(wb.getSheetAt(0).getRow(3).getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
		}
		Table read = TableReader.xlsx(TableWriter.xlsx("t", HEADER, ROWS, TYPES), "t.xlsx");
		assertThat(read.rows().get(0).get("name")).isEqualTo("=HYPERLINK(\"http://x\",\"y\")");
		assertThat(read.rows().get(1).get("name")).isEqualTo("@SUM(A1)");
		assertThat(read.rows().get(0).get("score")).isEqualTo("-3");
	}

	@Test
	void aCsvCellThatCouldBeAFormulaGetsALeadingQuoteButANumberDoesNot() {
		byte[] bytes = TableWriter.csv(HEADER, ROWS, TYPES);
		assertThat(bytes[0]).as("byte-order mark").isEqualTo((byte) 0xEF);
		String text = new String(bytes, StandardCharsets.UTF_8);
		assertThat(text).contains("0012,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-3,2026-05-01,")
			.contains("E2,'@SUM(A1),85.5,2026-05-01 09:30:00,'+1 \t-x");
		assertThat(TableWriter.csv(List.of("a"), List.of(List.of("-3")))).as("-3 in a text column is guarded")
			.asString(StandardCharsets.UTF_8)
			.contains("'-3");
		Table read = TableReader.csv(bytes, "t.csv");
		assertThat(read.header()).containsExactly("编号", "name", "score", "when", "notes");
		assertThat(read.rows().get(0).get("name")).isEqualTo("=HYPERLINK(\"http://x\",\"y\")");
		assertThat(read.rows().get(1).get("name")).isEqualTo("@SUM(A1)");
		assertThat(read.rows().get(1).get("notes")).isEqualTo("+1 \t-x");
		assertThat(read.rows().get(0).get("score")).isEqualTo("-3");
	}

	@Test
	void theGuardQuotesExactlyTheRiskyFirstCharacters() {
		for (String risky : List.of("=1", "+1", "-1", "@x", "\tx", "\rx")) {
			assertThat(CellGuard.guard(risky)).isEqualTo("'" + risky);
			assertThat(CellGuard.unguard(CellGuard.guard(risky))).isEqualTo(risky);
		}
		for (String safe : List.of("", "x=1", "'quoted", "王芳", "1")) {
			assertThat(CellGuard.guard(safe)).isEqualTo(safe);
			assertThat(CellGuard.unguard(safe)).isEqualTo(safe);
		}
		assertThat(CellGuard.unguard("'")).isEqualTo("'");
		assertThat(CellGuard.unguard("'x")).as("a quote before a harmless text is the value's").isEqualTo("'x");
	}

	@Test
	void theLanguageComesFromLangElseAcceptLanguageElseEnglish() {
		assertThat(ExportLanguage.of("zh", "en-US")).isEqualTo(ExportLanguage.ZH);
		assertThat(ExportLanguage.of("EN", "zh-CN")).isEqualTo(ExportLanguage.EN);
		assertThat(ExportLanguage.of(null, "zh-CN,zh;q=0.9,en;q=0.8")).isEqualTo(ExportLanguage.ZH);
		assertThat(ExportLanguage.of(null, "zh")).isEqualTo(ExportLanguage.ZH);
		assertThat(ExportLanguage.of("", "zh-Hant-TW")).isEqualTo(ExportLanguage.ZH);
		assertThat(ExportLanguage.of(null, "en-GB,zh;q=0.5")).isEqualTo(ExportLanguage.EN);
		assertThat(ExportLanguage.of(null, "fr")).isEqualTo(ExportLanguage.EN);
		assertThat(ExportLanguage.of(null, "not a ;;; language")).isEqualTo(ExportLanguage.EN);
		assertThat(ExportLanguage.of(null, null)).isEqualTo(ExportLanguage.EN);
		assertThatThrownBy(() -> ExportLanguage.of("de", "zh")).isInstanceOf(InvalidDataException.class)
			.hasMessageContaining("lang must be zh or en, not 'de'");
		assertThatThrownBy(() -> ExportLanguage.EN.text("ranking.nothing")).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void bothBundlesHaveTheSameKeysAndNoEmptyText() throws Exception {
		Properties en = new Properties();
		Properties zh = new Properties();
		en.load(new java.io.InputStreamReader(getClass().getResourceAsStream("/messages/exports.properties"),
				StandardCharsets.UTF_8));
		zh.load(new java.io.InputStreamReader(getClass().getResourceAsStream("/messages/exports_zh.properties"),
				StandardCharsets.UTF_8));
		assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
		for (String key : en.stringPropertyNames()) {
			assertThat(en.getProperty(key)).as(key).isNotBlank();
			assertThat(zh.getProperty(key)).as(key).isNotBlank();
		}
		assertThat(ExportLanguage.ZH.text("ranking.gaps")).isEqualTo("差距");
	}

}
