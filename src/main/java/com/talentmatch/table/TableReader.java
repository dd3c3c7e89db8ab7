package com.talentmatch.table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.InvalidDataException;
import com.talentmatch.catalogue.Utf8;

/**
 * Reads CSV (UTF-8, comma or semicolon separated) and XLSX (first sheet) into a
 * {@link Table}. A cell that an export guarded against formula injection ({@code '}
 * followed by {@code = + - @}, tab or carriage return, see {@link CellGuard}) reads as
 * the value without the {@code '}.
 */
public final class TableReader {

	private TableReader() {
	}

	public static Table read(byte[] bytes, String file, TableFormat format) {
		return format == TableFormat.CSV ? csv(bytes, file) : xlsx(bytes, file);
	}

	public static Table csv(byte[] bytes, String file) {
		String text = Utf8.decode(bytes, file);
		String firstLine = text.lines().findFirst().orElse("");
		char delimiter = firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get();
		List<List<String>> raw = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			for (CSVRecord r : parser) {
				raw.add(r.toList());
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException e) {
			throw new InvalidDataException(List.of(new DataProblem(file, 0, null,
					"not a valid CSV file: " + e.getMessage() + " (check for an unclosed quote)")));
		}
		return table(raw, file);
	}

	public static Table xlsx(byte[] bytes, String file) {
		return xlsx(bytes, file, null).orElseThrow();
	}

	/**
	 * The sheet of a workbook with this name (ignoring case), as a table whose file name
	 * is {@code file[sheet]}; empty when the workbook has no such sheet.
	 * @param sheetName the sheet's name, or {@code null} for the first sheet
	 */
	public static java.util.Optional<Table> xlsxSheet(byte[] bytes, String file, String sheetName) {
		return xlsx(bytes, file, sheetName);
	}

	private static java.util.Optional<Table> xlsx(byte[] bytes, String file, String sheetName) {
		List<List<String>> raw = new ArrayList<>();
		String name = file;
		try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Sheet sheet = sheetName == null ? wb.getSheetAt(0) : named(wb, sheetName);
			if (sheet == null) {
				return java.util.Optional.empty();
			}
			name = sheetName == null ? file : file + "[" + sheet.getSheetName() + "]";
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				List<String> cells = new ArrayList<>();
				if (row != null) {
					for (int c = 0; c < row.getLastCellNum(); c++) {
						Cell cell = row.getCell(c);
						cells.add(cell == null ? "" : formatter.formatCellValue(cell));
					}
				}
				raw.add(cells);
			}
		}
		catch (IOException | RuntimeException e) {
			throw new InvalidDataException(
					List.of(new DataProblem(file, 0, null, "not a readable .xlsx workbook: " + e.getMessage())));
		}
		return java.util.Optional.of(table(raw, name));
	}

	private static Sheet named(Workbook wb, String sheetName) {
		for (Sheet s : wb) {
			if (s.getSheetName().strip().equalsIgnoreCase(sheetName)) {
				return s;
			}
		}
		return null;
	}

	private static Table table(List<List<String>> raw, String file) {
		if (raw.isEmpty() || raw.get(0).stream().allMatch(String::isBlank)) {
			throw new InvalidDataException(List
				.of(new DataProblem(file, 1, null, "the first row must be the header row with the column names")));
		}
		List<String> header = raw.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
		List<TableRow> rows = new ArrayList<>();
		for (int i = 1; i < raw.size(); i++) {
			List<String> cells = raw.get(i);
			Map<String, String> byName = new LinkedHashMap<>();
			for (int c = 0; c < cells.size() && c < header.size(); c++) {
				String v = CellGuard.unguard(cells.get(c).strip());
				if (!v.isEmpty() && !header.get(c).isEmpty()) {
					byName.put(header.get(c), v);
				}
			}
			boolean extra = cells.size() > header.size()
					&& cells.subList(header.size(), cells.size()).stream().anyMatch(s -> !s.isBlank());
			if (extra) {
				throw new InvalidDataException(List.of(new DataProblem(file, i + 1, null,
						"row has more cells than the header has columns (" + header.size() + ")")));
			}
			if (!byName.isEmpty()) {
				rows.add(new TableRow(i + 1, byName));
			}
		}
		return new Table(file, header, rows);
	}

}
