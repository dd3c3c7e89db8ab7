package com.talentmatch.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an {@code *.drl.xlsx} decision table as text lines, one per spreadsheet row, for
 * checks and look-ups.
 */
final class DecisionTables {

	private DecisionTables() {
	}

	/** A workbook that cannot be read: the file is refused with this message. */
	static final class UnreadableException extends RuntimeException {

		UnreadableException(String message, Throwable cause) {
			super(message, cause);
		}

	}

	/**
	 * Row {@code i} of the result is spreadsheet row {@code i + 1} of the first sheet,
	 * cells joined by commas.
	 * @throws UnreadableException when the file is not a readable .xlsx workbook
	 */
	static String[] rowsAsText(RuleFile file) {
		try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
			Sheet sheet = wb.getSheetAt(0);
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			List<String> rows = new ArrayList<>();
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				StringBuilder sb = new StringBuilder();
				if (row != null) {
					for (int c = 0; c < row.getLastCellNum(); c++) {
						Cell cell = row.getCell(c);
						sb.append(c == 0 ? "" : ",").append(cell == null ? "" : formatter.formatCellValue(cell));
					}
				}
				rows.add(sb.toString());
			}
			return rows.toArray(String[]::new);
		}
		catch (IOException | RuntimeException e) {
			throw new UnreadableException("cannot be read as an .xlsx workbook (" + e.getClass().getSimpleName()
					+ (e.getMessage() == null ? "" : ": " + e.getMessage())
					+ "); save it again from Excel or LibreOffice", e);
		}
	}

}
