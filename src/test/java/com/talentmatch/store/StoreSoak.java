package com.talentmatch.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drives the packaged application with writes on every write endpoint and reads each
 * write back, for a bounded time, on a fresh store. Used by {@link StoreSoakIT} (two
 * minutes, connections recycled every 30 s) and by hand for long runs with the default
 * pool settings:
 *
 * <pre>{@code
 * ./mvnw -q package -DskipTests && ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.talentmatch.store.StoreSoak -Dexec.args="3900 20000"   # seconds, pause between rounds (ms)
 * }</pre>
 *
 * Only localhost is contacted; the application runs as a child process and is stopped at
 * the end.
 */
public final class StoreSoak implements AutoCloseable {

	private static final String[] SOURCES = { "interview", "360", "self", "manager", "resume", "other" };

	private static final String[] DECISIONS = { "shortlist", "reject", "promote", "hold" };

	private final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Path work;

	private final Path log;

	private final int port;

	private final Process app;

	private final Path jar;

	/**
	 * Whether a backup was taken from the running store and restored elsewhere, half-way
	 * through.
	 */
	boolean backedUp;

	/** What went wrong: every 5xx and every write that did not read back. */
	final List<String> failures = new ArrayList<>();

	int requests;

	int serverErrors;

	int rounds;

	/** Ranking runs requested, each of which must be in the audit log. */
	private int rankings;

	/** Where to print a line per round (long runs), or {@code null}. */
	java.io.PrintStream progress;

	/**
	 * Starts {@code jar} on a fresh store in {@code work} with the given extra arguments,
	 * and waits until it serves.
	 */
	public StoreSoak(Path jar, Path work, List<String> args) throws IOException, InterruptedException {
		this.work = work;
		this.jar = jar;
		this.log = work.resolve("app.log");
		Path rules = work.resolve("rules");
		org.springframework.util.FileSystemUtils.copyRecursively(Path.of("rules"), rules);
		try (ServerSocket s = new ServerSocket(0)) {
			this.port = s.getLocalPort();
		}
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
						jar.toAbsolutePath().toString(), "--server.port=" + port, "--server.address=127.0.0.1",
						"--talent-match.store-dir=" + work.resolve("store"), "--talent-match.rules-dir=" + rules,
						"--talent-match.rules-watch=false", "--talent-match.demo-pool=false",
						"--talent-match.demo=true", "--logging.level.com.zaxxer.hikari.pool.PoolBase=DEBUG"));
		command.addAll(args);
		this.app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		Instant deadline = Instant.now().plusSeconds(180);
		while (true) {
			if (!app.isAlive()) {
				throw new IllegalStateException("the application exited with " + app.exitValue() + "; see " + log);
			}
			try {
				if (send("GET", "/api/rules", null).statusCode() == 200) {
					break;
				}
			}
			catch (IOException e) {
				// not listening yet
			}
			if (Instant.now().isAfter(deadline)) {
				throw new IllegalStateException("the application did not answer within 180 s; see " + log);
			}
			Thread.sleep(500);
		}
		requests = 0;
	}

	/**
	 * Runs rounds of writes and read-backs until {@code duration} has passed, pausing
	 * between rounds.
	 */
	public void run(Duration duration, Duration pause) throws IOException, InterruptedException {
		Instant end = Instant.now().plus(duration);
		Instant halfway = Instant.now().plus(duration.dividedBy(2));
		String ruleFile = "customerservice/manager.dslr";
		while (Instant.now().isBefore(end)) {
			int i = rounds++;
			String id = "soak-" + i;
			boolean internal = i % 2 == 0;
			Map<String, Object> person = Map.of("id", id, "name", "测试 " + i, "type", internal ? "internal" : "external",
					"performance", 1 + i % 3, "potential", 1 + (i / 3) % 3, "grades", List.of("CET-6"), "experience",
					Map.of("在岗", 3), "levels",
					List.of(Map.of("competency", "cs-dept/communication", "level", "2", "source", "manager")));
			expect(send("POST", "/api/candidates", json.writeValueAsString(person)), 201, "create " + id);
			readBack("/api/candidates/" + id, n -> n.get("name").asString().equals("测试 " + i), "candidate " + id);

			String department = "客服" + i + "组";
			Map<String, Object> changed = new java.util.HashMap<>(person);
			changed.put("department", department);
			expect(send("PUT", "/api/candidates/" + id, json.writeValueAsString(changed)), 200, "replace " + id);
			readBack("/api/candidates/" + id, n -> department.equals(n.path("department").asString(null)),
					"department of " + id);

			String text = "第" + i + "轮:她主动回访投诉客户,并改进了服务流程。";
			HttpResponse<String> doc = send("POST", "/api/evidence/documents", json
				.writeValueAsString(Map.of("candidateId", id, "source", SOURCES[i % SOURCES.length], "text", text)));
			if (expect(doc, 201, "evidence of " + id)) {
				readBack("/api/evidence/documents/" + json.readTree(doc.body()).get("id").asLong(),
						n -> n.get("text").asString().equals(text), "evidence document of " + id);
			}

			String reason = "soak round " + i;
			expect(send("POST", "/api/decisions", json.writeValueAsString(Map.of("candidateId", id, "role",
					"cs-dept-manager", "decision", DECISIONS[i % DECISIONS.length], "reason", reason))), 201,
					"decision on " + id);
			readBack("/api/decisions?candidate=" + id, n -> n.toString().contains(reason), "decision on " + id);

			if (internal) {
				String why = "calibration " + i;
				// always another box than the one the person is in (performance 1 + i %
				// 3)
				int performance = 1 + (i % 3 + 1 + (i / 2) % 2) % 3;
				expect(send("POST", "/api/nine-box/moves", json.writeValueAsString(Map.of("candidateId", id,
						"performance", performance, "potential", 3 - (i / 2) % 3, "reason", why))), 201,
						"9-box move of " + id);
				readBack("/api/nine-box/moves", n -> n.toString().contains(why), "9-box move of " + id);
			}

			HttpResponse<String> ranking = send("POST", "/api/rankings", "{\"role\":\"cs-dept-manager\",\"size\":5}");
			expect(ranking, 200, "ranking " + i);
			int audited = ++rankings;
			readBack("/api/audit/rankings?role=cs-dept-manager", n -> n.size() == audited,
					"audit of ranking " + i + " (" + audited + " runs)");

			String row = "id,name,type,department,current_role,performance,potential,grades,experience,levels,evidence\n"
					+ "imp-" + i + ",导入 " + i + ",external,,,,,CET-4,在岗:1,cs-dept/communication=1@self,\n";
			expect(upload("/api/candidates/import", "pool-" + i + ".csv", row), 200, "candidate import " + i);
			readBack("/api/candidates/imp-" + i, n -> n.get("name").asString().equals("导入 " + i), "imported imp-" + i);

			if (i % 3 == 0) {
				String framework = Files.readString(Path.of("data/examples/digital-skills-framework.csv"))
					.replace("digital-skills", "soak-" + i);
				expect(upload("/api/models/import", "f-" + i + ".csv", framework), 201, "model import " + i);
				readBack("/api/models/soak-" + i, n -> n.get("id").asString().equals("soak-" + i), "model soak-" + i);
				expect(send("DELETE", "/api/models/soak-" + i, null), 204, "model delete " + i);
				expect(send("GET", "/api/models/soak-" + i, null), 404, "model soak-" + i + " gone");
			}
			if (i > 0 && i % 2 == 1) {
				expect(send("DELETE", "/api/candidates/imp-" + (i - 1), null), 204, "delete imp-" + (i - 1));
				expect(send("GET", "/api/candidates/imp-" + (i - 1), null), 404, "imp-" + (i - 1) + " gone");
			}
			if (i % 8 == 0) {
				editRules(ruleFile, i);
			}
			if (!backedUp && Instant.now().isAfter(halfway)) {
				backUpAndRestore();
			}
			if (progress != null) {
				progress.println(Instant.now() + " round " + i + ": " + summary());
			}
			Thread.sleep(pause.toMillis());
		}
	}

	/**
	 * A rule edit (a comment) is a new rule-set version; every other edit is undone by
	 * rolling back.
	 */
	private void editRules(String file, int i) throws IOException, InterruptedException {
		Path path = work.resolve("rules").resolve(file);
		Files.writeString(path, Files.readString(path) + "\n// soak " + i + "\n");
		HttpResponse<String> reload = send("POST", "/api/rules/reload", null);
		if (!expect(reload, 200, "rules reload " + i)) {
			return;
		}
		String version = json.readTree(reload.body()).path("active").path("id").asString("");
		readBack("/api/rules/versions", n -> n.toString().contains("\"" + version + "\""), "rule version " + version);
		if (i % 16 == 0) {
			JsonNode versions = json.readTree(send("GET", "/api/rules/versions", null).body());
			String previous = versions.size() > 1 ? versions.get(1).get("id").asString() : version;
			expect(send("POST", "/api/rules/versions/" + previous + "/rollback", null), 200, "rollback " + i);
			readBack("/api/rules", n -> n.path("status").path("active").path("id").asString("").equals(previous),
					"rollback to " + previous);
		}
	}

	/**
	 * Backs up the store with the CLI, in another process, while the service runs;
	 * restores it into another directory, which must hold every candidate the service
	 * lists.
	 */
	private void backUpAndRestore() throws IOException, InterruptedException {
		backedUp = true;
		java.util.Set<String> listed = new java.util.TreeSet<>(
				json.readTree(send("GET", "/api/candidates", null).body()).findValuesAsString("id"));
		Path zip = work.resolve("backup.zip");
		String backup = cli("backup", "--store-dir", work.resolve("store").toString(), "--to", zip.toString());
		String restore = cli("restore", "--from", zip.toString(), "--store-dir", work.resolve("restored").toString());
		if (backup == null || restore == null) {
			return;
		}
		java.util.Set<String> restored = new java.util.TreeSet<>();
		try (var c = EmbeddedStore.open(work.resolve("restored")).connect();
				var rs = c.createStatement().executeQuery("SELECT id FROM candidate")) {
			while (rs.next()) {
				restored.add(rs.getString(1));
			}
		}
		catch (java.sql.SQLException e) {
			failures.add("the restored store does not open: " + e.getMessage());
			return;
		}
		if (!restored.equals(listed)) {
			failures.add("the restored backup holds candidates " + restored + ", the service listed " + listed);
		}
	}

	/**
	 * Runs a CLI command of the jar; its output, or {@code null} (and a failure) when it
	 * did not exit 0.
	 */
	private String cli(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
						jar.toAbsolutePath().toString()));
		command.addAll(List.of(args));
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (p.waitFor() != 0) {
			failures.add("CLI " + String.join(" ", args) + " exited with " + p.exitValue() + ": " + abbreviate(output));
			return null;
		}
		return output;
	}

	/**
	 * Connections the pool closed because they had passed their max-lifetime, from the
	 * application's log.
	 */
	long recycledConnections() throws IOException {
		try (Stream<String> lines = Files.lines(log)) {
			return lines.filter(l -> l.contains("Closing connection") && l.contains("maxLifetime")).count();
		}
	}

	Path log() {
		return log;
	}

	private boolean expect(HttpResponse<String> response, int status, String what) {
		if (response.statusCode() == status) {
			return true;
		}
		failures.add(what + ": " + response.request().method() + " " + response.uri().getPath() + " answered "
				+ response.statusCode() + " (expected " + status + "): " + abbreviate(response.body()));
		return false;
	}

	private void readBack(String path, java.util.function.Predicate<JsonNode> check, String what)
			throws IOException, InterruptedException {
		HttpResponse<String> r = send("GET", path, null);
		if (expect(r, 200, "read back " + what) && !check.test(json.readTree(r.body()))) {
			failures.add("read back " + what + ": GET " + path + " does not show the write: " + abbreviate(r.body()));
		}
	}

	private HttpResponse<String> upload(String path, String fileName, String content)
			throws IOException, InterruptedException {
		String boundary = "----soak" + UUID.randomUUID();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Authorization", signIn(path))
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
	}

	/**
	 * Demo users (the application runs in demo mode): the rule editor changes rules, the
	 * admin does the rest.
	 */
	private static String signIn(String path) {
		String user = path.startsWith("/api/rules/reload") || path.endsWith("/rollback") ? "analyst" : "admin";
		return "Basic " + java.util.Base64.getEncoder()
			.encodeToString((user + ":" + user + "-password").getBytes(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> send(String method, String path, String body)
			throws IOException, InterruptedException {
		HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
		b.header("Authorization", signIn(path));
		if (body != null) {
			b.header("Content-Type", "application/json");
		}
		b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		return send(b);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		requests++;
		if (r.statusCode() >= 500) {
			serverErrors++;
		}
		return r;
	}

	private URI uri(String path) {
		int q = path.indexOf('?');
		String encoded = q < 0 ? path
				: path.substring(0, q + 1) + Stream.of(path.substring(q + 1).split("&")).map(p -> {
					int e = p.indexOf('=');
					return p.substring(0, e + 1) + URLEncoder.encode(p.substring(e + 1), StandardCharsets.UTF_8);
				}).reduce((a, b) -> a + "&" + b).orElse("");
		return URI.create("http://127.0.0.1:" + port + encoded);
	}

	private static String abbreviate(String s) {
		return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
	}

	@Override
	public void close() throws InterruptedException {
		app.destroy();
		if (!app.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
			app.destroyForcibly().waitFor();
		}
	}

	String summary() throws IOException {
		return rounds + " rounds, " + requests + " requests, " + serverErrors + " answered 5xx, "
				+ recycledConnections() + " connections recycled by the pool, backup "
				+ (backedUp ? "taken and restored" : "not yet") + ", " + failures.size() + " failure(s)";
	}

	/**
	 * {@code StoreSoak [seconds [pauseMillis [extra application arguments…]]]}; exits 1
	 * on any failure.
	 */
	public static void main(String[] args) throws Exception {
		long seconds = args.length > 0 ? Long.parseLong(args[0]) : 120;
		long pause = args.length > 1 ? Long.parseLong(args[1]) : 0;
		List<String> extra = args.length > 2 ? List.of(args).subList(2, args.length) : List.of();
		Path work = Files.createTempDirectory("talent-match-soak");
		boolean passed;
		try (StoreSoak soak = new StoreSoak(Path.of("target/talent-match.jar"), work, extra)) {
			soak.progress = pause > 0 ? System.out : null;
			Instant start = Instant.now();
			soak.run(Duration.ofSeconds(seconds), Duration.ofMillis(pause));
			System.out.println("after " + Duration.between(start, Instant.now()).toSeconds() + " s: " + soak.summary());
			soak.failures.stream().limit(20).forEach(f -> System.out.println("  " + f));
			System.out.println("application log: " + soak.log());
			passed = soak.failures.isEmpty();
		}
		System.exit(passed ? 0 : 1);
	}

}
