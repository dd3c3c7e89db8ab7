package com.talentmatch.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.talentmatch.catalogue.Catalogue;
import com.talentmatch.catalogue.CatalogueLoader;

/**
 * Scenario files are read strictly: every typo, a scenario that expects nothing, and an
 * unknown competency, level, source or grade fail with their line; a mismatch names the
 * expectation's line, what was expected and what came out.
 */
class ScenariosTest {

	static Catalogue catalogue;

	static Evaluator evaluator;

	/** The manager exactly at every threshold (ready-now, score 100). */
	static final String CANDIDATE = """
			    candidate:
			      levels:
			        服务意识: "3"
			        客服知识: {level: "2", source: manager}
			        影响力: "2"
			        gzmcc-core/customer-orientation: "2"
			        gzmcc-core/communication-understanding: "2"
			        gzmcc-core/teamwork: "1"
			      grades: [CET-6]
			""";

	@BeforeAll
	static void build() {
		CatalogueLoader.Loaded data = CatalogueLoader.load(Path.of("data"));
		catalogue = Catalogue.of(0, data.models(), data.gradeScales());
		evaluator = new Evaluator(RuleSets.build(RuleFiles.read(Path.of("rules")), catalogue, null), catalogue);
	}

	static List<Scenarios.Result> run(String yaml) {
		return Scenarios.run(new RuleFile("customerservice/t.scenarios.yaml", yaml.getBytes(StandardCharsets.UTF_8)),
				evaluator, catalogue);
	}

	/** The only failure of the only result: its line and message. */
	static Scenarios.Failure onlyFailure(String yaml) {
		List<Scenarios.Result> results = run(yaml);
		List<Scenarios.Failure> failures = results.stream().flatMap(r -> r.failures().stream()).toList();
		assertThat(failures).as(results.toString()).hasSize(1);
		return failures.get(0);
	}

	static String scenario(String expect) {
		return "role: 客户服务部经理\nscenarios:\n  - name: a\n" + CANDIDATE + "    expect:\n" + expect;
	}

	@Test
	void aCorrectScenarioPasses() {
		assertThat(run(scenario("      band: ready-now\n      score: 100\n      met: [CET-6]\n"))).singleElement()
			.satisfies(r -> {
				assertThat(r.passed()).as(r.describe().toString()).isTrue();
				assertThat(r.line()).isEqualTo(3);
			});
	}

	@Test
	void aMisspelledExpectKeyFailsAtItsLine() {
		String yaml = "role: 客户服务部经理\nscenarios:\n  - name: a\n" + CANDIDATE + "    expected:\n      band: ready-3y\n";
		List<Scenarios.Failure> failures = run(yaml).get(0).failures();
		assertThat(failures).extracting(Scenarios.Failure::line).containsExactly(13, 3);
		assertThat(failures.get(0).message())
			.isEqualTo("unknown key 'expected'; allowed: [candidate, expect, name, role]");
		assertThat(failures.get(1).message()).startsWith("every scenario must expect something");
	}

	@Test
	void aMisspelledBandKeyFailsAtItsLine() {
		Scenarios.Failure f = onlyFailure(scenario("      eligible: true\n      bnad: ready-3y\n"));
		assertThat(f.line()).isEqualTo(15);
		assertThat(f.field()).isEqualTo("expect.bnad");
		assertThat(f.message()).isEqualTo("unknown key 'bnad' in expect; allowed: "
				+ "[adjustedBy, band, eligible, flags, gaps, met, review, score, waived]");
	}

	@Test
	void aMisspelledLevelKeyFailsAtItsLine() {
		String yaml = scenario("      band: ready-now\n").replace("客服知识: {level:", "客服知识: {levle:");
		List<Scenarios.Failure> failures = run(yaml).get(0).failures();
		assertThat(failures).extracting(Scenarios.Failure::line).containsOnly(7);
		assertThat(failures.get(0).message()).startsWith("unknown key 'levle' in candidate.levels.客服知识; allowed: [");
	}

	@Test
	void unknownKeysOfTheFileTheScenarioAndTheCandidateFailAtTheirLines() {
		assertThat(onlyFailure("rol: x\n" + scenario("      band: ready-now\n")).line()).isEqualTo(1);
		assertThat(
				onlyFailure(scenario("      band: ready-now\n").replace("  - name: a\n", "  - name: a\n    nmae: b\n"))
					.line())
			.isEqualTo(4);
		Scenarios.Failure f = onlyFailure(scenario("      band: ready-now\n").replace("      grades:", "      grade:"));
		assertThat(f.line()).isEqualTo(12);
		assertThat(f.message()).startsWith("unknown key 'grade' in candidate; allowed: [");
	}

	@Test
	void aScenarioMustExpectSomething() {
		Scenarios.Failure f = onlyFailure(scenario("      {}\n"));
		assertThat(f.line()).isEqualTo(14);
		assertThat(f.message()).startsWith("every scenario must expect something");
		assertThat(onlyFailure("role: 客户服务部经理\nscenarios:\n  - name: a\n" + CANDIDATE).message())
			.startsWith("every scenario must expect something");
	}

	@Test
	void unknownCompetencyLevelSourceAndGradeFailAtTheirLines() {
		String good = scenario("      band: ready-now\n");
		Scenarios.Failure competency = onlyFailure(good.replace("影响力: \"2\"", "影响里: \"2\""));
		assertThat(competency.line()).isEqualTo(8);
		assertThat(competency.message()).startsWith("unknown competency '影响里' for role cs-dept-manager");
		Scenarios.Failure level = onlyFailure(good.replace("服务意识: \"3\"", "服务意识: \"4\""));
		assertThat(level.line()).isEqualTo(6);
		assertThat(level.message()).isEqualTo("level '4' of 服务意识 is not in its scale [1, 2, 3]");
		Scenarios.Failure source = onlyFailure(good.replace("source: manager", "source: boss"));
		assertThat(source.line()).isEqualTo(7);
		assertThat(source.message()).startsWith("unknown source 'boss'; allowed: [assessment, manager, 360");
		Scenarios.Failure grade = onlyFailure(good.replace("[CET-6]", "[CET-66]"));
		assertThat(grade.line()).isEqualTo(12);
		assertThat(grade.message()).startsWith("unknown grade 'CET-66'");
	}

	@Test
	void aWrongExpectationNamesItsLineWhatWasExpectedAndWhatCameOut() {
		Scenarios.Result r = run(scenario("      eligible: true\n      band: ready-3y\n")).get(0);
		assertThat(r.failures()).singleElement().satisfies(f -> {
			assertThat(f.line()).isEqualTo(15);
			assertThat(f.field()).isEqualTo("expect.band");
			assertThat(f.expected()).isEqualTo("ready-3y");
			assertThat(f.actual()).isEqualTo("ready-now");
		});
		assertThat(r.describe()).containsExactly("rules/customerservice/t.scenarios.yaml:15 (scenario \"a\", "
				+ "expect.band): band: expected ready-3y, got ready-now (0 gaps, 0 must-have gaps, largest 0)");
	}

	@Test
	void aGapOrMetTargetThatIsNoRequirementFailsAtItsLine() {
		Scenarios.Failure f = onlyFailure(scenario("      gaps: {cs-dept/nothing: 1}\n"));
		assertThat(f.line()).isEqualTo(14);
		assertThat(f.message()).startsWith("cs-dept/nothing: role cs-dept-manager has no such requirement");
	}

	@Test
	void valuesOfTheWrongTypeFailAtTheirLines() {
		assertThat(onlyFailure(scenario("      eligible: maybe\n")).message())
			.isEqualTo("expect.eligible must be true or false, not 'maybe'");
		assertThat(onlyFailure(scenario("      score: high\n")).line()).isEqualTo(14);
	}

	@Test
	void anUnknownRoleFailsAtTheRoleLine() {
		Scenarios.Failure f = onlyFailure(scenario("      band: ready-now\n").replace("role: 客户服务部经理", "role: 经理"));
		assertThat(f.line()).isEqualTo(1);
		assertThat(f.message()).startsWith("unknown role '经理'");
	}

	@Test
	void reviewFlagsWaiversAndAdjustingRulesAreCheckedExactly() {
		assertThat(onlyFailure(scenario("      review: true\n")).message())
			.isEqualTo("review: expected true, got false");
		Scenarios.Failure flags = onlyFailure(scenario("      flags: [calibration]\n"));
		assertThat(flags.line()).isEqualTo(14);
		assertThat(flags.message()).startsWith("flags: expected [calibration], got []");
		assertThat(onlyFailure(scenario("      flags: [calibrate]\n")).message())
			.isEqualTo("unknown flag 'calibrate'; flags are [calibration, review]");
		assertThat(onlyFailure(scenario("      waived: [CET-6]\n")).message()).startsWith("CET-6: expected waived");
		assertThat(onlyFailure(scenario("      adjustedBy: [E0012 免 CET-6]\n")).message())
			.startsWith("adjustedBy: expected [E0012 免 CET-6], got []");
	}

	@Test
	void aScenarioCandidateHasAnIdAndIsInternalOrNot() {
		String e0012 = "role: 客户服务部经理\nscenarios:\n  - name: a\n" + CANDIDATE.replace("[CET-6]", "[CET-4]")
				+ "      id: E0012\n      internal: false\n    expect:\n      eligible: true\n      waived: [CET-6]\n"
				+ "      adjustedBy: [E0012 免 CET-6]\n";
		assertThat(run(e0012)).singleElement()
			.satisfies(r -> assertThat(r.passed()).as(r.describe().toString()).isTrue());
		assertThat(run(e0012.replace("id: E0012", "id: E0013")).get(0).failures())
			.extracting(Scenarios.Failure::message)
			.containsExactly("eligible: expected true, got false",
					"CET-6: expected waived, got holds CET-6 or higher (must-have) [alternative 英语 option 1]: holds CET-4, "
							+ "not met",
					"adjustedBy: expected [E0012 免 CET-6], got [] (no rule adjusted the result)");
		assertThat(onlyFailure(e0012.replace("internal: false", "internal: maybe")).message())
			.contains("must be true or false");
	}

}
