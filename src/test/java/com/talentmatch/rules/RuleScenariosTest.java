package com.talentmatch.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.talentmatch.catalogue.Catalogue;
import com.talentmatch.catalogue.CatalogueLoader;

/**
 * Every scenario file under rules/ as a test of its own; every rule folder has scenarios.
 */
class RuleScenariosTest {

	static Catalogue catalogue;

	static RuleSet rules;

	@BeforeAll
	static void build() {
		CatalogueLoader.Loaded data = CatalogueLoader.load(Path.of("data"));
		catalogue = Catalogue.of(0, data.models(), data.gradeScales());
		rules = RuleSets.build(RuleFiles.read(Path.of("rules")), catalogue, null);
	}

	@TestFactory
	List<DynamicTest> everyScenarioPasses() {
		return Scenarios.run(rules, catalogue)
			.stream()
			.map(r -> DynamicTest.dynamicTest(r.file() + ": " + r.name(),
					() -> assertThat(r.describe()).as(r.file() + ": " + r.name()).isEmpty()))
			.toList();
	}

	@Test
	void everyFolderWithRequirementsHasScenarios() {
		Set<String> ruleFolders = rules.files()
			.keySet()
			.stream()
			.filter(p -> !p.startsWith("common/") && rules.files().get(p).isRuleSource())
			.map(p -> p.substring(0, p.indexOf('/')))
			.collect(Collectors.toSet());
		Set<String> scenarioFolders = rules.files()
			.values()
			.stream()
			.filter(f -> f.type() == RuleFile.Type.SCENARIOS)
			.map(f -> f.path().substring(0, f.path().indexOf('/')))
			.collect(Collectors.toSet());
		assertThat(scenarioFolders).containsAll(ruleFolders);
	}

	@Test
	void everySeedRoleHasRequirements() {
		assertThat(rules.roles().keySet()).contains("cs-dept-manager", "cs-relationship-supervisor",
				"key-account-service-supervisor", "after-sales-service-supervisor", "cs-relationship-specialist",
				"itss-project-lead", "itss-engineer", "greatwall-office-supervisor", "ladder-foundation",
				"ladder-supervisor", "ladder-backbone", "ladder-expert");
	}

}
