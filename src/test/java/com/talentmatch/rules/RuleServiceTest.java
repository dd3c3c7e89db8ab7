package com.talentmatch.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
		context = new SpringApplicationBuilder(com.talentmatch.TalentMatchApplication.class)
			.web(WebApplicationType.NONE)
			.run("--talent-match.rules-dir=" + rules, "--talent-match.store-dir=" + store,
					"--spring.main.banner-mode=off", "--talent-match.demo-pool=false");
		service = context.getBean(RuleService.class);
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
		assertThat(service.status().failedScenarios()).singleElement()
			.satisfies(r -> assertThat(r.failures().get(0)).contains("score: expected 50"));
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
		context.close();
		Files.writeString(rules.resolve("customerservice/broken.drl"),
				"package customerservice\nrule \"x\"\nwhen\n  Foo( == )\nthen\nend\n");
		context = new SpringApplicationBuilder(com.talentmatch.TalentMatchApplication.class)
			.web(WebApplicationType.NONE)
			.run("--talent-match.rules-dir=" + rules, "--talent-match.store-dir=" + store,
					"--spring.main.banner-mode=off", "--talent-match.demo-pool=false",
					"--talent-match.rules-watch=false");
		service = context.getBean(RuleService.class);
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

}
