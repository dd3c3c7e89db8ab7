package com.talentmatch.table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The export tests' running application (one context for all of them: the demo pool on a
 * fresh file store, over HTTP) and their helpers: requests as a demo user, workbooks and
 * CSV files read back cell by cell.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "talent-match.demo=true")
public abstract class ExportApiTest {

	static final Path STORE = Path.of("target", "test-store", "exports-" + UUID.randomUUID());

	@DynamicPropertySource
	static void store(DynamicPropertyRegistry registry) {
		registry.add("talent-match.store-dir", STORE::toString);
	}

	@LocalServerPort
	protected int port;

	@Autowired
	protected JsonMapper json;

	protected final HttpClient http = HttpClient.newHttpClient();

	protected HttpRequest.Builder request(String path, String user) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + java.util.Base64.getEncoder()
				.encodeToString((user + ":" + user + "-password").getBytes(StandardCharsets.UTF_8)));
	}

	protected HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	protected HttpResponse<byte[]> get(String path, String user) throws IOException, InterruptedException {
		return send(request(path, user).GET());
	}

	protected HttpResponse<byte[]> post(String path, String body, String user)
			throws IOException, InterruptedException {
		return send(request(path, user).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
	}

	protected HttpResponse<byte[]> put(String path, String body, String user) throws IOException, InterruptedException {
		return send(request(path, user).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
	}

	protected HttpResponse<byte[]> upload(String path, String fileName, byte[] content, String user)
			throws IOException, InterruptedException {
		String boundary = "----tm" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		return send(request(path, user).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	protected JsonNode body(HttpResponse<byte[]> response) {
		return json.readTree(new String(response.body(), StandardCharsets.UTF_8));
	}

	protected static String text(HttpResponse<byte[]> response) {
		return new String(response.body(), StandardCharsets.UTF_8);
	}

	protected static XSSFWorkbook workbook(byte[] bytes) throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(bytes));
	}

	/** Every row of the first sheet as the cells' shown texts. */
	protected static List<List<String>> cells(XSSFWorkbook wb) {
		XSSFSheet sheet = wb.getSheetAt(0);
		DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
		List<List<String>> rows = new ArrayList<>();
		for (int r = 0; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			List<String> cells = new ArrayList<>();
			for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
				Cell cell = row.getCell(c);
				cells.add(cell == null ? "" : formatter.formatCellValue(cell));
			}
			rows.add(cells);
		}
		return rows;
	}

	/** The records of a CSV export (byte-order mark dropped). */
	protected static List<List<String>> csv(byte[] bytes) throws IOException {
		String text = new String(bytes, StandardCharsets.UTF_8);
		List<List<String>> rows = new ArrayList<>();
		try (var parser = org.apache.commons.csv.CSVParser.parse(text.substring(1),
				org.apache.commons.csv.CSVFormat.DEFAULT)) {
			parser.forEach(r -> rows.add(r.toList()));
		}
		return rows;
	}

}
