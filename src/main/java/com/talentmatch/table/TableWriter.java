package com.talentmatch.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a header and rows as CSV (UTF-8 with a byte-order mark, for Excel) or as the
 * first sheet of an XLSX.
 */
public final class TableWriter {

	private TableWriter() {
	}

	public static byte[] csv(List<String> header, List<List<String>> rows) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			printer.printRecord(header);
			for (List<String> row : rows) {
				printer.printRecord(row);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * @param numericColumns indexes of the columns written as numbers (the others as
	 * text, so that an id such as {@code 0012} stays as written)
	 */
	public static byte[] xlsx(String sheetName, List<String> header, List<List<String>> rows,
			Set<Integer> numericColumns) {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.createSheet(sheetName);
			Row head = sheet.createRow(0);
			for (int c = 0; c < header.size(); c++) {
				head.createCell(c).setCellValue(header.get(c));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<String> cells = rows.get(r);
				for (int c = 0; c < cells.size(); c++) {
					if (numericColumns.contains(c)) {
						row.createCell(c).setCellValue(Double.parseDouble(cells.get(c)));
					}
					else {
						row.createCell(c).setCellValue(cells.get(c));
					}
				}
			}
			wb.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
