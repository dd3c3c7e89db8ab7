package com.talentmatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

	final StringWriter out = new StringWriter();

	final StringWriter err = new StringWriter();

	int run(String... args) {
		return Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
	}

	@Test
	void knowsItsCommandsFromServerOptions() {
		assertThat(Cli.isCommand(new String[] { "import-model", "x.csv" })).isTrue();
		assertThat(Cli.isCommand(new String[] { "--server.port=9090" })).isFalse();
		assertThat(Cli.isCommand(new String[0])).isFalse();
		assertThat(new picocli.CommandLine(new Cli()).getSubcommands().keySet()).as("every command runs from the jar")
			.isNotEmpty()
			.allMatch(name -> Cli.isCommand(new String[] { name }));
	}

	@Test
	void everyCommandPrintsItsHelp() {
		assertThat(run("rank", "--help")).isZero();
		assertThat(out.toString()).contains("--candidates=FILE").contains("matched lexically (Lucene BM25)");
		assertThat(run("help", "reload-rules")).isZero();
		assertThat(out.toString()).contains("--url=<url>").contains("http://localhost:8080");
		assertThat(run("rank", "--role", "r", "--candidates", "a.csv", "--out", "b.csv", "--rolle", "x"))
			.as("a usage error")
			.isEqualTo(2);
		assertThat(err.toString()).contains("Unknown options: '--rolle'").contains("Possible solutions: --role");
	}

	@Test
	void validateDataAcceptsTheSeedData() {
		assertThat(run("validate-data")).isZero();
		assertThat(out.toString()).contains("lenovo-cs").containsPattern("OK: \\d+ models, 2 grade scales");
	}

	@Test
	void validateDataListsEachProblemAndFails(@TempDir Path data) throws IOException {
		Files.createDirectories(data.resolve("models"));
		Files.writeString(data.resolve("models/bad.yaml"), "id: Bad Id\nname: {zh: 坏}\n");
		assertThat(run("validate-data", "--data-dir", data.toString())).isEqualTo(1);
		assertThat(err.toString()).contains("models/bad.yaml:1 (id): id 'Bad Id' must be lower-case")
			.contains("required field 'english' is missing")
			.contains("problem(s); the data in")
			.contains("was not accepted");
	}

	@Test
	void importModelStoresAGoodFileAndRefusesABadOneWhole(@TempDir Path store, @TempDir Path tmp) throws IOException {
		Path good = Path.of("data/examples/digital-skills-framework.csv");
		Path bad = tmp.resolve("bad.csv");
		Files.writeString(bad,
				Files.readString(good)
					.replace("digital-skills,", "other-skills,")
					.replace(",Expert,Sets security policy", ",Master,Sets security policy"));
		assertThat(run("import-model", bad.toString(), "--store-dir", store.toString())).isEqualTo(1);
		assertThat(err.toString()).contains("bad.csv:17 (level): level 'Master' is not in the scale")
			.contains("nothing was imported");
		assertThat(run("import-model", good.toString(), "--store-dir", store.toString(), "--user", "hr")).isZero();
		assertThat(out.toString()).contains("Imported model 'digital-skills': 4 competencies, 0 roles, 16 rows");
		assertThat(run("import-model", good.toString(), "--store-dir", store.toString())).isEqualTo(2);
		assertThat(run("list-models", "--store-dir", store.toString())).isZero();
		assertThat(out.toString()).contains("digital-skills")
			.containsPattern("cs-dept\\s+seed")
			.doesNotContain("other-skills");
	}

	@Test
	void importModelRefusesOtherFileTypes() {
		assertThat(run("import-model", "framework.xls")).isEqualTo(3);
		assertThat(err.toString()).contains("neither .csv nor .xlsx");
	}

	@Test
	void validateRulesListsTheRolesOfTheRulesDirectory() {
		assertThat(run("validate-rules")).isZero();
		assertThat(out.toString()).contains("cs-dept-manager")
			.contains("inherits [客服通用]")
			.containsPattern("OK: rule set \\w{12}");
	}

	@Test
	void validateRulesNamesFileAndLineOfAProtectedAttribute(@TempDir Path rules) throws IOException {
		Files.createDirectories(rules.resolve("common"));
		Files.copy(Path.of("rules/common/vocabulary.dsl"), rules.resolve("common/vocabulary.dsl"));
		Files.copy(Path.of("rules/common/readiness.dslr"), rules.resolve("common/readiness.dslr"));
		Files.copy(Path.of("rules/common/readiness.drl.csv"), rules.resolve("common/readiness.drl.csv"));
		Files.writeString(rules.resolve("common/bad.dslr"), "package common\nimport com.talentmatch.rules.facts.*\n"
				+ "expander vocabulary.dsl\nrule \"年龄限制\"\nwhen\nthen\n    岗位 客户服务部经理 必须 cs-dept/communication 不低于 3级\nend\n");
		assertThat(run("validate-rules", "--rules-dir", rules.toString())).isEqualTo(1);
		assertThat(err.toString()).contains("rules/common/bad.dslr:4: rules may not use protected attributes")
			.contains("'年龄'");
	}

	@Test
	void previewRulesShowsWhoMovesUnderAProposedRulesDirectory(@TempDir Path store, @TempDir Path proposed)
			throws IOException {
		try (var files = java.nio.file.Files.walk(Path.of("rules"))) {
			for (Path p : files.toList()) {
				Path target = proposed.resolve(Path.of("rules").relativize(p).toString());
				if (java.nio.file.Files.isDirectory(p)) {
					java.nio.file.Files.createDirectories(target);
				}
				else {
					java.nio.file.Files.copy(p, target);
				}
			}
		}
		Path manager = proposed.resolve("customerservice/manager.dslr");
		java.nio.file.Files.writeString(manager,
				java.nio.file.Files.readString(manager).replace("要求 影响力 不低于 2级 权重 2", "必须 影响力 不低于 3级"));
		assertThat(run("preview-rules", "--role", "客户服务部经理", "--proposed", proposed.toString(), "--candidates",
				"data/candidates/demo-pool.csv", "--store-dir", store.toString()))
			.as(err.toString())
			.isZero();
		assertThat(out.toString()).contains("客户服务部经理 (cs-dept-manager): ")
			.containsPattern("(?m)^out   E\\d{4} ")
			.contains("(rule \"客户服务部经理 默认 影响力\", rules/customerservice/manager.dslr:22)");
		java.nio.file.Files.writeString(manager,
				java.nio.file.Files.readString(manager).replace("必须 影响力 不低于 3级", "必须 影响力 不低于 9级"));
		assertThat(run("preview-rules", "--role", "客户服务部经理", "--proposed", proposed.toString(), "--candidates",
				"data/candidates/demo-pool.csv", "--store-dir", store.toString()))
			.isEqualTo(1);
		assertThat(err.toString()).contains("rules/customerservice/manager.dslr:22").contains("has no level '9'");
	}

	@Test
	void ruleTableTemplateWritesADecisionTableThatValidates(@TempDir Path rules) throws IOException {
		try (var files = java.nio.file.Files.list(Path.of("rules/common"))) {
			java.nio.file.Files.createDirectories(rules.resolve("common"));
			for (Path p : files.toList()) {
				java.nio.file.Files.copy(p, rules.resolve("common").resolve(p.getFileName()));
			}
		}
		java.nio.file.Files.createDirectories(rules.resolve("grid"));
		Path out = rules.resolve("grid/requirements.drl.xlsx");
		assertThat(run("rule-table-template", "--out", rules.resolve("grid/plain.xlsx").toString())).isEqualTo(3);
		assertThat(run("rule-table-template", "--out", out.toString(), "--package", "grid")).isZero();
		assertThat(run("validate-rules", "--rules-dir", rules.toString())).as(err.toString()).isZero();
		assertThat(out.toString()).isNotEmpty();
	}

	@Test
	void testRulesRunsEveryScenario() {
		assertThat(run("test-rules")).isZero();
		assertThat(out.toString()).contains("PASS rules/customerservice/manager.scenarios.yaml")
			.containsPattern("\\d+ passed, 0 failed");
	}

	@Test
	void importsAFrameworkWithItsRolesAndChecksRulesForThemAgainstTheStore(@TempDir Path store, @TempDir Path rules)
			throws IOException {
		Path example = Path.of("data/examples/service-delivery");
		assertThat(run("import-model", example.resolve("framework.csv").toString(), "--roles",
				example.resolve("roles.csv").toString(), "--store-dir", store.toString()))
			.as(err.toString())
			.isZero();
		assertThat(out.toString()).contains("Imported model 'service-delivery': 30 competencies, 20 roles, 120 rows");
		org.springframework.util.FileSystemUtils.copyRecursively(Path.of("rules"), rules);
		Files.createDirectories(rules.resolve("servicedelivery"));
		for (String f : List.of("requirements.drl.csv", "requirements.scenarios.yaml")) {
			Files.copy(example.resolve(f), rules.resolve("servicedelivery").resolve(f));
		}
		assertThat(run("test-rules", "--rules-dir", rules.toString(), "--store-dir", store.toString()))
			.as(out + "" + err)
			.isZero();
		assertThat(out.toString()).contains("PASS rules/servicedelivery/requirements.scenarios.yaml:5: exactly at");
		assertThat(run("validate-rules", "--rules-dir", rules.toString())).as("without the store").isEqualTo(1);
		assertThat(err.toString()).contains("unknown role 'sd-service-desk-1'");
	}

	@Test
	void testRulesNamesAFailingScenariosFileLineExpectedAndActual(@TempDir Path rules) throws IOException {
		org.springframework.util.FileSystemUtils.copyRecursively(Path.of("rules"), rules);
		Path manager = rules.resolve("customerservice/manager.scenarios.yaml");
		List<String> lines = Files.readAllLines(manager);
		int band = lines.indexOf("      band: ready-now") + 1;
		Files.writeString(manager, Files.readString(manager).replaceFirst("band: ready-now", "band: ready-3y"));
		assertThat(run("test-rules", "--rules-dir", rules.toString())).isEqualTo(1);
		assertThat(out.toString()).contains("FAIL rules/customerservice/manager.scenarios.yaml:3: 恰好满足每项要求")
			.contains("rules/customerservice/manager.scenarios.yaml:" + band
					+ " (scenario \"恰好满足每项要求 (exactly at every threshold)\", expect.band): band: expected ready-3y, got ready-now")
			.containsPattern("\\d+ passed, 1 failed");
	}

	@Test
	void rankWritesTheRankingOfACandidateFileAsXlsx(@TempDir Path store, @TempDir Path tmp) throws Exception {
		Path pool = tmp.resolve("pool.csv");
		List<String> lines = Files.readAllLines(Path.of("data/candidates/demo-pool.csv"));
		Files.write(pool, lines.subList(0, 41));
		Path out = tmp.resolve("ranking.xlsx");
		assertThat(run("rank", "--role", "客户服务部经理", "--candidates", pool.toString(), "--out", out.toString(),
				"--store-dir", store.toString()))
			.as(err.toString())
			.isZero();
		assertThat(out.toString()).isNotEmpty();
		assertThat(err.toString()).contains("100%  40/40");
		assertThat(this.out.toString()).contains("Ranked 40 people for 客户服务部经理")
			.contains("Evidence text of 40 people matched lexically (Lucene BM25)");
		try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(out))) {
			var sheet = wb.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Rank");
			assertThat(sheet.getLastRowNum()).isEqualTo(40);
			assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1.0);
		}
		try (var c = com.talentmatch.store.EmbeddedStore.openExisting(store).connect();
				var rs = c.createStatement()
					.executeQuery("SELECT COUNT(*) FROM audit_event WHERE action = 'export' AND actor = 'cli'")) {
			rs.next();
			assertThat(rs.getInt(1)).as("the written ranking is an audited export").isOne();
		}
		assertThat(run("rank", "--role", "宇航员", "--candidates", pool.toString(), "--out", out.toString(), "--store-dir",
				store.toString()))
			.isEqualTo(2);
	}

}
