package com.talentmatch.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.InvalidDataException;

/**
 * The running rule base on a copy of rules/: an edited sentence is live without a
 * restart, a broken file leaves the last good rules serving with file:line, versions can
 * be compared and rolled back.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RuleServiceTest {

	static Path rules;

	static Path store;

	static ConfigurableApplicationContext context;

	static RuleService service;

	static final CandidateProfile AT_THRESHOLD = new CandidateProfile("c1",
			List.of(level("cs-dept/service-awareness", "3"), level("cs-dept/customer-service-knowledge", "2"),
					level("cs-roles/influence", "2"), level("gzmcc-core/customer-orientation", "2"),
					level("gzmcc-core/communication-understanding", "2"), level("gzmcc-core/teamwork", "1")),
			List.of("CET-6"), Map.of(), 2, 2);

	static CandidateProfile.LevelObservation level(String competency, String level) {
		return new CandidateProfile.LevelObservation(competency, level, "assessment", null, null);
	}

	@BeforeAll
	static void start() throws IOException {
		rules = Files.createTempDirectory("rules");
		store = Files.createTempDirectory("store");
		FileSystemUtils.copyRecursively(Path.of("rules"), rules);
		boot("--talent-match.rules-watch=true");
	}

	/** Starts the service on the copied rules and the test's store. */
	static void boot(String watch) {
		context = new SpringApplicationBuilder(com.talentmatch.TalentMatchApplication.class)
			.web(WebApplicationType.NONE)
			.run("--talent-match.rules-dir=" + rules, "--talent-match.store-dir=" + store,
					"--spring.main.banner-mode=off", "--talent-match.demo-pool=false", watch);
		service = context.getBean(RuleService.class);
	}

	/**
	 * Stops the service, breaks a rule file, and starts again: the rules directory is not
	 * accepted at start.
	 */
	static void restartWithABrokenRuleFile() throws IOException {
		context.close();
		Files.writeString(rules.resolve("customerservice/broken.drl"),
				"package customerservice\nrule \"x\"\nwhen\n  Foo( == )\nthen\nend\n");
		boot("--talent-match.rules-watch=false");
	}

	@AfterAll
	static void stop() throws IOException {
		context.close();
		FileSystemUtils.deleteRecursively(rules);
		FileSystemUtils.deleteRecursively(store);
	}

	static String band() {
		return service.evaluator().evaluate("客户服务部经理", AT_THRESHOLD).band();
	}

	@Test
	@Order(1)
	void startsWithTheRulesDirectoryActive() {
		assertThat(service.status().lastAttemptAccepted()).isTrue();
		assertThat(band()).isEqualTo("ready-now");
	}

	@Test
	@Order(2)
	void anEditedChineseSentenceIsLiveWithinSecondsWithoutRestart() throws IOException {
		String before = service.status().active().id();
		Path manager = rules.resolve("customerservice/manager.dslr");
		Files.writeString(manager, Files.readString(manager).replace("要求 影响力 不低于 2级 权重 2", "要求 影响力 不低于 2级 权重 3"));
		await().atMost(Duration.ofSeconds(20)).until(() -> !service.status().active().id().equals(before));
		ResolvedRequirement influence = service.evaluator()
			.rules()
			.role("cs-dept-manager")
			.orElseThrow()
			.requirements()
			.stream()
			.filter(r -> r.written().equals("影响力"))
			.findFirst()
			.orElseThrow();
		assertThat(influence.weight()).isEqualTo(3.0);
		assertThat(service.versions().get(0).author()).as("who a watched change is recorded under")
			.isEqualTo(RuleService.FILE_CHANGE);
	}

	@Test
	@Order(3)
	void aBrokenFileLeavesTheLastGoodRulesServingAndNamesFileAndLine() throws IOException {
		String good = service.status().active().id();
		Files.writeString(rules.resolve("customerservice/broken.drl"),
				"package customerservice\nrule \"x\"\nwhen\n  Foo( == )\nthen\nend\n");
		await().atMost(Duration.ofSeconds(20)).until(() -> !service.status().problems().isEmpty());
		assertThat(service.status().active().id()).isEqualTo(good);
		assertThat(service.status().problems().get(0).file()).isEqualTo("rules/customerservice/broken.drl");
		assertThat(band()).isEqualTo("ready-now");
		Files.delete(rules.resolve("customerservice/broken.drl"));
		await().atMost(Duration.ofSeconds(20)).until(() -> service.status().lastAttemptAccepted());
	}

	@Test
	@Order(4)
	void aFailingScenarioAlsoKeepsTheOldRules() throws IOException {
		String good = service.status().active().id();
		Path scenarios = rules.resolve("customerservice/manager.scenarios.yaml");
		String text = Files.readString(scenarios);
		Files.writeString(scenarios, text.replaceFirst("score: 100", "score: 50"));
		assertThat(service.reload("test").lastAttemptAccepted()).isFalse();
		assertThat(service.status().failedScenarios()).singleElement().satisfies(r -> {
			assertThat(r.file()).isEqualTo("rules/customerservice/manager.scenarios.yaml");
			assertThat(r.failures()).singleElement().satisfies(f -> {
				assertThat(f.line()).isEqualTo(text.lines().toList().indexOf("      score: 100") + 1);
				assertThat(f.field()).isEqualTo("expect.score");
				assertThat(f.expected()).isEqualTo("50");
				assertThat(f.actual()).isEqualTo("100");
				assertThat(f.message()).isEqualTo("score: expected 50, got 100");
			});
		});
		assertThat(service.status().active().id()).isEqualTo(good);
		Files.writeString(scenarios, text);
		assertThat(service.reload("test").lastAttemptAccepted()).isTrue();
	}

	@Test
	@Order(5)
	void versionsCanBeComparedAndRolledBack() {
		List<RuleVersion> versions = service.versions();
		assertThat(versions).hasSizeGreaterThanOrEqualTo(2);
		String first = versions.get(versions.size() - 1).id();
		String latest = versions.get(0).id();
		Map<String, List<String>> diff = service.diff(first, latest);
		assertThat(diff.get("customerservice/manager.dslr")).contains("-     岗位 客户服务部经理 要求 影响力 不低于 2级 权重 2",
				"+     岗位 客户服务部经理 要求 影响力 不低于 2级 权重 3");
		RuleStatus status = service.rollback(first, "reviewer");
		assertThat(status.lastAttemptAccepted()).isTrue();
		assertThat(status.active().id()).isEqualTo(first);
	}

	@Test
	@Order(6)
	void aStartWithInvalidRulesServesTheVersionLastActiveNotTheNewestStored() throws IOException {
		String lastActive = service.status().active().id();
		String newest = service.versions().get(0).id();
		assertThat(newest).as("the rollback made an older version active").isNotEqualTo(lastActive);
		restartWithABrokenRuleFile();
		RuleStatus status = service.status();
		assertThat(status.active().id()).isEqualTo(lastActive);
		assertThat(status.fromStore()).isTrue();
		assertThat(status.note()).contains("serving " + lastActive + ", the version last active")
			.contains("by reviewer");
		assertThat(status.problems().get(0).file()).isEqualTo("rules/customerservice/broken.drl");
		Files.delete(rules.resolve("customerservice/broken.drl"));
		RuleStatus fixed = service.reload("test");
		assertThat(fixed.lastAttemptAccepted()).isTrue();
		assertThat(fixed.fromStore()).as("the rules directory serves again").isFalse();
		assertThat(fixed.note()).isNull();
	}

	/** A DRL rule that writes {@code target} when the declarations fire. */
	static String writing(Path target) {
		return "package customerservice\nimport com.talentmatch.rules.facts.*\n\nrule \"写文件\"\nwhen\nthen\n"
				+ "    java.nio.file.Files.writeString(java.nio.file.Path.of(\""
				+ target.toString().replace("\\", "\\\\") + "\"), \"x\");\nend\n";
	}

	@Test
	@Order(7)
	void aFileWritingRuleOnDiskIsRefusedWithFileAndLineAndWritesNothing() throws IOException {
		String good = service.status().active().id();
		Path target = store.resolve("written-by-reload");
		Path bad = rules.resolve("customerservice/write.drl");
		Files.writeString(bad, writing(target));
		RuleStatus status = service.reload("test");
		assertThat(status.lastAttemptAccepted()).isFalse();
		assertThat(status.problems()).singleElement().satisfies(p -> {
			assertThat(p.file()).isEqualTo("rules/customerservice/write.drl");
			assertThat(p.line()).isEqualTo(7);
			assertThat(p.message()).contains("fully qualified class names (java.nio.file.Files)");
		});
		assertThat(target).doesNotExist();
		assertThat(status.active().id()).isEqualTo(good);
		assertThat(band()).isEqualTo("ready-now");
		Files.delete(bad);
		assertThat(service.reload("test").lastAttemptAccepted()).isTrue();
	}

	@Test
	@Order(8)
	void aProposedRuleThatWritesAFileOrRunsAwayIsRefusedAndTheServiceKeepsServing() {
		Path target = store.resolve("written-by-what-if");
		List<RuleFile> files = new java.util.ArrayList<>(service.evaluator().rules().files().values());
		files.add(new RuleFile("customerservice/write.drl", writing(target).getBytes(StandardCharsets.UTF_8)));
		assertThatThrownBy(() -> service.candidate(files, "what-if"))
			.isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.problems())
				.extracting(DataProblem::toString)
				.singleElement()
				.satisfies(p -> assertThat(p).startsWith(
						"rules/customerservice/write.drl:7 (rule \"写文件\"): " + "'java.nio.file.Files.writeString(")));
		assertThat(target).doesNotExist();
		files.remove(files.size() - 1);
		files.add(new RuleFile("common/loop.drl", RuleBudgetTest.RUNAWAY.getBytes(StandardCharsets.UTF_8)));
		assertThatThrownBy(() -> service.candidate(files, "what-if")).isInstanceOfSatisfying(
				RuleBudgetExceededException.class,
				e -> assertThat(e.problems().get(0).message()).contains("the firing limit").contains("rule \"一直重算\""));
		assertThat(band()).isEqualTo("ready-now");
	}

	@Test
	@Order(9)
	void aRollbackToAStoredVersionWithCodeIsRefusedAndWritesNothing() throws IOException {
		String good = service.status().active().id();
		Path target = store.resolve("written-by-rollback");
		insertVersion("bad000000001", target);
		assertThatThrownBy(() -> service.rollback("bad000000001", "reviewer"))
			.isInstanceOfSatisfying(InvalidDataException.class, e -> {
				assertThat(e.problems().get(0).toString()).startsWith("version bad000000001: the stored version is "
						+ "refused (1 problem(s) below); nothing was written to ");
				assertThat(e.problems().get(1).toString())
					.startsWith("rules/customerservice/write.drl:7 (rule \"写文件\"): 'java.nio.file.Files.writeString(");
			});
		assertThat(rules.resolve("customerservice/write.drl")).doesNotExist();
		assertThat(target).doesNotExist();
		assertThat(service.status().active().id()).isEqualTo(good);
		assertThat(band()).isEqualTo("ready-now");
	}

	@Test
	@Order(10)
	void aStartWhoseLastActiveVersionHoldsCodeServesNothingRatherThanRunIt() throws IOException {
		Path target = store.resolve("written-by-fallback");
		insertVersion("bad000000002", target);
		context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
			.update("INSERT INTO rule_activation (version_id, activated_at, activated_by) VALUES (?, ?, ?)",
					"bad000000002", java.sql.Timestamp.from(java.time.Instant.now()), "intruder");
		restartWithABrokenRuleFile();
		RuleStatus status = service.status();
		assertThat(status.active()).isNull();
		assertThat(status.note()).contains("bad000000002")
			.contains("is refused too")
			.contains("rules/customerservice/write.drl:7");
		assertThat(target).doesNotExist();
		Files.delete(rules.resolve("customerservice/broken.drl"));
		assertThat(service.reload("test").lastAttemptAccepted()).isTrue();
		assertThat(band()).isEqualTo("ready-now");
	}

	/**
	 * Stores, as if it had been accepted, a version holding the active files plus a rule
	 * that writes {@code target}.
	 */
	static void insertVersion(String id, Path target) {
		Map<String, String> files = new java.util.LinkedHashMap<>();
		service.evaluator()
			.rules()
			.files()
			.values()
			.forEach(f -> files.put(f.path(), Base64.getEncoder().encodeToString(f.content())));
		files.put("customerservice/write.drl",
				Base64.getEncoder().encodeToString(writing(target).getBytes(StandardCharsets.UTF_8)));
		String json = context.getBean(tools.jackson.databind.json.JsonMapper.class).writeValueAsString(files);
		context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
			.update("INSERT INTO rule_version (id, hash, created_at, author, file_count, files) "
					+ "VALUES (?, ?, ?, ?, ?, ?)", id, "0".repeat(64), java.sql.Timestamp.from(java.time.Instant.now()),
					"intruder", files.size(), json);
	}

}
