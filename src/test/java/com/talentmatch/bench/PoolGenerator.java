package com.talentmatch.bench;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Writes a large candidate pool for load tests by repeating the demo pool's people under
 * new ids (evidence text left out, so that importing stays quick):
 * {@code PoolGenerator 10000 target/bench-pool.csv}.
 */
public final class PoolGenerator {

	private PoolGenerator() {
	}

	public static void main(String[] args) throws IOException {
		int size = Integer.parseInt(args[0]);
		Path out = Path.of(args[1]);
		List<CSVRecord> demo = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(Files.readString(Path.of("data/candidates/demo-pool.csv"))))
			.getRecords();
		StringWriter text = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT)) {
			List<String> header = List.of("id", "name", "type", "department", "current_role", "performance",
					"potential", "grades", "experience", "levels");
			printer.printRecord(header);
			for (int i = 0; i < size; i++) {
				CSVRecord r = demo.get(i % demo.size());
				List<String> row = new ArrayList<>();
				for (String column : header) {
					row.add(column.equals("id") ? String.format("P%06d", i) : r.get(column));
				}
				printer.printRecord(row);
			}
		}
		Files.createDirectories(out.toAbsolutePath().getParent());
		Files.writeString(out, text.toString(), StandardCharsets.UTF_8);
		System.out.println("wrote " + size + " candidates to " + out);
	}

}
