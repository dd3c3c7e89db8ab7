package com.talentmatch.rules;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The requirement-grid template for analysts ({@code *.drl.xlsx}): the rows Drools needs
 * (RuleSet, Import, RuleTable, the column kinds and the Java templates) are hidden, so
 * the analyst sees one header row of business columns — rule name, role, competency,
 * minimum level, weight, must-have, on — and fills one row per requirement. The header is
 * frozen and filtered. Saved as {@code rules/<family>/requirements.drl.xlsx} it is live.
 */
public final class RequirementTableTemplate {

	/** The header row (1-based) the analyst sees, after the hidden Drools rows. */
	public static final int HEADER_ROW = 9;

	private RequirementTableTemplate() {
	}

	/**
	 * The template for package {@code pkg}, with {@code examples} rows (each: name, role,
	 * competency, minimum, weight, must-have), as .xlsx bytes.
	 */
	public static byte[] xlsx(String pkg, List<List<String>> examples) {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.createSheet("requirements");
			String[][] drools = { { "RuleSet", pkg }, { "Import", "com.talentmatch.rules.facts.*" },
					{ "Notes", "Requirement grid: one row per requirement. Rows 1-8 are for the rule engine." }, {},
					{ "RuleTable requirements" },
					{ "NAME", "ACTION", "ACTION", "ACTION", "ACTION", "ACTION", "ACTION" }, {},
					{ "", "String role = \"$param\";", "String competency = \"$param\";", "String level = \"$param\";",
							"double weight = $param;", "boolean must = $param;",
							"insert(Dsl.level(kcontext, role, competency, level).weight(weight).must(must));" } };
			for (int i = 0; i < drools.length; i++) {
				Row row = sheet.createRow(i);
				for (int c = 0; c < drools[i].length; c++) {
					row.createCell(c).setCellValue(drools[i][c]);
				}
				row.setZeroHeight(true);
			}
			CellStyle bold = wb.createCellStyle();
			Font font = wb.createFont();
			font.setBold(true);
			bold.setFont(font);
			bold.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			bold.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			String[] header = { "规则名 (rule name)", "岗位 (role)", "素质 (competency)", "最低级别 (minimum level)",
					"权重 (weight)", "必备 (must-have: true/false)", "生效 (x = on)" };
			Row h = sheet.createRow(HEADER_ROW - 1);
			for (int c = 0; c < header.length; c++) {
				h.createCell(c).setCellValue(header[c]);
				h.getCell(c).setCellStyle(bold);
				sheet.setColumnWidth(c, 28 * 256);
			}
			for (int i = 0; i < examples.size(); i++) {
				Row row = sheet.createRow(HEADER_ROW + i);
				List<String> e = examples.get(i);
				for (int c = 0; c < e.size(); c++) {
					row.createCell(c).setCellValue(e.get(c));
				}
				row.createCell(6).setCellValue("x");
			}
			sheet.createFreezePane(0, HEADER_ROW);
			sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(HEADER_ROW - 1, HEADER_ROW - 1, 0, 6));
			wb.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
