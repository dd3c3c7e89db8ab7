package com.talentmatch.ranking;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.talentmatch.rules.Outcome;
import com.talentmatch.table.TableFormat;

/** A ranking as a CSV or XLSX table: one row per person, with the run, rule version and unmet requirements. */
public final class RankingTables {

	static final List<String> HEADER = List.of("rank", "id", "name", "type", "department", "eligible", "score", "band",
			"band_zh", "unmet_requirements", "run_id", "rule_version", "role");

	private RankingTables() {
	}

	public static byte[] write(Ranking ranking, TableFormat format) {
		List<List<String>> rows = new ArrayList<>();
		for (RankedCandidate c : ranking.items()) {
			String unmet = c.outcomes().stream().filter(o -> !o.met()).map(Outcome::reasonZh)
				.collect(Collectors.joining(" | "));
			rows.add(List.of(String.valueOf(c.rank()), c.candidateId(), c.name(), c.type(),
					c.department() == null ? "" : c.department(), String.valueOf(c.eligible()), String.valueOf(c.score()),
					c.band(), c.bandZh(), unmet, String.valueOf(ranking.runId()), ranking.ruleVersion(), ranking.role()));
		}
		return format == TableFormat.CSV ? csv(rows) : xlsx(rows);
	}

	private static byte[] csv(List<List<String>> rows) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			printer.printRecord(HEADER);
			for (List<String> r : rows) {
				printer.printRecord(r);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] xlsx(List<List<String>> rows) {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.createSheet("ranking");
			Row head = sheet.createRow(0);
			for (int c = 0; c < HEADER.size(); c++) {
				head.createCell(c).setCellValue(HEADER.get(c));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<String> cells = rows.get(r);
				for (int c = 0; c < cells.size(); c++) {
					if (c == 0 || c == 6) {
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
