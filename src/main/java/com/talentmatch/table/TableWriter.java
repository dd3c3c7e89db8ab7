package com.talentmatch.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a header and rows as CSV (UTF-8 with a byte-order mark, for Excel) or as the
 * first sheet of an XLSX workbook made for people: a bold header row frozen above the
 * data, an autofilter over the data, column widths from the content (capped), numbers as
 * numbers and dates as dates where a column says so ({@link ColumnType}). Every text cell
 * is guarded against formula injection ({@link CellGuard}): in CSV with a leading
 * {@code '}, in a workbook as a text cell marked "quote prefix".
 */
public final class TableWriter {

	/** Narrowest column, in characters (wider than a sheet's default of 8). */
	static final int MIN_WIDTH = 10;

	/** Widest column, in characters. */
	static final int MAX_WIDTH = 60;

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private TableWriter() {
	}

	/** The table in {@code format}. */
	public static byte[] write(TableFormat format, String sheetName, List<String> header, List<ColumnType> types,
			List<List<String>> rows) {
		return format == TableFormat.CSV ? csv(header, rows, types) : xlsx(sheetName, header, rows, types);
	}

	/** A CSV file whose columns are all text. */
	public static byte[] csv(List<String> header, List<List<String>> rows) {
		return csv(header, rows, List.of());
	}

	/**
	 * A CSV file; a cell of a {@link ColumnType#NUMBER} column that is a number is
	 * written as it is, every other cell is guarded ({@link CellGuard}); a time of a
	 * {@link ColumnType#DATE} column is written {@code yyyy-MM-dd HH:mm:ss} (UTC).
	 * @param types column types by index; missing ones are text
	 */
	public static byte[] csv(List<String> header, List<List<String>> rows, List<ColumnType> types) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			printer.printRecord(header.stream().map(CellGuard::guard).toList());
			for (List<String> row : rows) {
				List<String> cells = new ArrayList<>(row.size());
				for (int c = 0; c < row.size(); c++) {
					cells.add(csvCell(row.get(c), type(types, c)));
				}
				printer.printRecord(cells);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
	}

	private static String csvCell(String value, ColumnType type) {
		String v = value == null ? "" : value;
		if (type == ColumnType.NUMBER && number(v) != null) {
			return v;
		}
		if (type == ColumnType.DATE) {
			Object d = date(v);
			if (d instanceof LocalDateTime t) {
				return TIME.format(t);
			}
			if (d != null) {
				return v;
			}
		}
		return CellGuard.guard(v);
	}

	/**
	 * A workbook whose columns {@code numericColumns} are numbers and the others text.
	 * @param numericColumns indexes of the columns written as numbers (the others as
	 * text, so that an id such as {@code 0012} stays as written)
	 */
	public static byte[] xlsx(String sheetName, List<String> header, List<List<String>> rows,
			Set<Integer> numericColumns) {
		List<ColumnType> types = new ArrayList<>(Collections.nCopies(header.size(), ColumnType.TEXT));
		numericColumns.forEach(c -> types.set(c, ColumnType.NUMBER));
		return xlsx(sheetName, header, rows, types);
	}

	/**
	 * A workbook of one sheet: bold header row, frozen below the header, an autofilter
	 * over header and data, widths from the content between {@value #MIN_WIDTH} and
	 * {@value #MAX_WIDTH} characters (a Chinese character counts two).
	 * @param types column types by index; missing ones are text
	 */
	public static byte[] xlsx(String sheetName, List<String> header, List<List<String>> rows, List<ColumnType> types) {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.createSheet(sheetName);
			Styles styles = new Styles(wb);
			int columns = header.size();
			for (List<String> row : rows) {
				columns = Math.max(columns, row.size());
			}
			int[] widths = new int[columns];
			Row head = sheet.createRow(0);
			for (int c = 0; c < header.size(); c++) {
				Cell cell = head.createCell(c);
				cell.setCellValue(header.get(c));
				cell.setCellStyle(styles.header);
				widths[c] = Math.max(widths[c], width(header.get(c)) + 2);
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<String> cells = rows.get(r);
				for (int c = 0; c < cells.size(); c++) {
					String shown = write(row.createCell(c), cells.get(c), type(types, c), styles);
					widths[c] = Math.max(widths[c], width(shown));
				}
			}
			for (int c = 0; c < columns; c++) {
				sheet.setColumnWidth(c, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[c] + 1)) * 256);
			}
			sheet.createFreezePane(0, 1);
			if (columns > 0) {
				sheet.setAutoFilter(new CellRangeAddress(0, rows.size(), 0, columns - 1));
			}
			wb.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Writes one data cell; the text it shows, for the column width. */
	private static String write(Cell cell, String value, ColumnType type, Styles styles) {
		String v = value == null ? "" : value;
		if (v.isEmpty()) {
			return v;
		}
		if (type == ColumnType.NUMBER) {
			BigDecimal n = number(v);
			if (n != null) {
				cell.setCellValue(n.doubleValue());
				return v;
			}
		}
		if (type == ColumnType.DATE) {
			Object d = date(v);
			if (d instanceof LocalDate day) {
				cell.setCellValue(day);
				cell.setCellStyle(styles.date);
				return "yyyy-mm-dd";
			}
			if (d instanceof LocalDateTime time) {
				cell.setCellValue(time);
				cell.setCellStyle(styles.time);
				return "yyyy-mm-dd hh:mm:ss";
			}
		}
		cell.setCellValue(v);
		if (CellGuard.risky(v)) {
			cell.setCellStyle(styles.quoted);
		}
		return v;
	}

	private static ColumnType type(List<ColumnType> types, int c) {
		return c < types.size() && types.get(c) != null ? types.get(c) : ColumnType.TEXT;
	}

	private static BigDecimal number(String v) {
		if (v.isEmpty() || !Character.isDigit(v.charAt(v.length() - 1))) {
			return null;
		}
		try {
			return new BigDecimal(v);
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	/**
	 * A {@link LocalDate} or a {@link LocalDateTime} (UTC), or {@code null} when the text
	 * is neither.
	 */
	static Object date(String v) {
		if (v.isEmpty()) {
			return null;
		}
		try {
			if (v.length() == 10) {
				return LocalDate.parse(v);
			}
			if (v.endsWith("Z")) {
				return LocalDateTime.ofInstant(Instant.parse(v), ZoneOffset.UTC);
			}
			return v.indexOf('T') > 0 ? LocalDateTime.parse(v) : LocalDateTime.parse(v, TIME);
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	/**
	 * Display width in characters of the longest line; East Asian characters count two.
	 */
	static int width(String text) {
		int longest = 0;
		for (String line : text.split("\n", -1)) {
			int w = 0;
			for (int i = 0; i < line.length();) {
				int cp = line.codePointAt(i);
				w += wide(cp) ? 2 : 1;
				i += Character.charCount(cp);
			}
			longest = Math.max(longest, w);
		}
		return longest;
	}

	private static boolean wide(int cp) {
		Character.UnicodeScript s = Character.UnicodeScript.of(cp);
		return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
				|| s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL
				|| (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
	}

	/** The cell styles of one workbook. */
	private static final class Styles {

		final CellStyle header;

		final CellStyle date;

		final CellStyle time;

		final CellStyle quoted;

		Styles(XSSFWorkbook wb) {
			Font bold = wb.createFont();
			bold.setBold(true);
			header = wb.createCellStyle();
			header.setFont(bold);
			short dateFormat = wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd");
			date = wb.createCellStyle();
			date.setDataFormat(dateFormat);
			time = wb.createCellStyle();
			time.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
			quoted = wb.createCellStyle();
			quoted.setQuotePrefixed(true);
		}

	}

}
