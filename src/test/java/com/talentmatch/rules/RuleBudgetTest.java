package com.talentmatch.rules;

import static com.talentmatch.rules.RuleSetBuilderTest.CATALOGUE;
import static com.talentmatch.rules.RuleSetBuilderTest.file;
import static com.talentmatch.rules.RuleSetBuilderTest.problems;
import static com.talentmatch.rules.RuleSetBuilderTest.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.talentmatch.catalogue.DataProblem;

/**
 * A rule that keeps re-triggering itself is halted by the firing limit or the time
 * budget, and the failure names the rule, its file and line, and the budget.
 */
class RuleBudgetTest {

	static final String RUNAWAY = """
			package t
			import com.talentmatch.rules.facts.*

			rule "一直重算"
			when
			    $a : Assessment( candidateId != null )
			then
			    update($a);
			end
			""";

	static final CandidateProfile CANDIDATE = new CandidateProfile("c1", List.of(), List.of("CET-6"), Map.of(), 2, 2);

	static RuleSet runaway() throws IOException {
		return RuleSets.build(with(file("t/loop.drl", RUNAWAY),
				file("t/role.dslr", RuleSetBuilderTest.dslr("岗位 客户服务部经理 必须 持有 CET-6"))), CATALOGUE, null);
	}

	@Test
	void aRuleThatKeepsUpdatingItsFactHitsTheFiringLimit() throws IOException {
		Evaluator evaluator = new Evaluator(runaway(), CATALOGUE);
		assertThatThrownBy(() -> evaluator.evaluate("cs-dept-manager", CANDIDATE))
			.isInstanceOfSatisfying(RuleBudgetExceededException.class, e -> {
				DataProblem p = e.problems().get(0);
				assertThat(p.file()).isEqualTo("rules/t/loop.drl");
				assertThat(p.line()).isEqualTo(4);
				assertThat(p.field()).isEqualTo("rule \"一直重算\"");
				assertThat(p.message())
					.matches("the rules were halted after 110[01] firings for 1 candidate\\(s\\), the firing limit "
							+ "\\(100 each \\+ 1000 = 1100\\): rule \"一直重算\" fired 1100 times\\. .*")
					.endsWith("Nothing was changed; the service keeps serving.");
			});
	}

	@Test
	void aRuleThatKeepsUpdatingItsFactIsHaltedAtTheTimeBudget() throws IOException {
		Evaluator evaluator = new Evaluator(runaway(), CATALOGUE,
				new RuleBudget(Duration.ofMillis(200), 1_000_000_000));
		assertThatThrownBy(() -> evaluator.evaluate("cs-dept-manager", CANDIDATE)).isInstanceOfSatisfying(
				RuleBudgetExceededException.class,
				e -> assertThat(e.problems()).singleElement()
					.satisfies(p -> assertThat(p.message())
						.startsWith("the rules were halted after 200 ms, the time budget "
								+ "of one evaluation (talent-match.rules-time-budget-ms): rule \"一直重算\" fired ")));
	}

	@Test
	void ordinaryAdjustmentsStayWithinTheBudget() throws IOException {
		RuleSet set = RuleSets.build(with(file("t/role.dslr", RuleSetBuilderTest.dslr("岗位 客户服务部经理 必须 持有 CET-6"))),
				CATALOGUE, null);
		List<CandidateProfile> many = new java.util.ArrayList<>();
		for (int i = 0; i < 12_000; i++) {
			many.add(new CandidateProfile("c" + i, List.of(), List.of("CET-6"), Map.of(), 1 + i % 3, 2));
		}
		List<Evaluation> judged = new Evaluator(set, CATALOGUE).evaluate("cs-dept-manager", many);
		assertThat(judged.stream().filter(e -> e.band().equals("ready-1-2y")).count()).isEqualTo(4_000);
		// batches are evaluated on several threads; the results stay in input order
		assertThat(judged).extracting(Evaluation::candidateId)
			.containsExactlyElementsOf(many.stream().map(CandidateProfile::id).toList());
		for (int i = 0; i < many.size(); i += 997) {
			assertThat(judged.get(i).band().equals("ready-1-2y")).as("c%d", i).isEqualTo(i % 3 == 0);
		}
	}

	@Test
	void aRunawayRuleIsHaltedWhenBatchesAreEvaluatedInParallel() throws IOException {
		Evaluator evaluator = new Evaluator(runaway(), CATALOGUE, new RuleBudget(Duration.ofMillis(500), 1_000_000));
		List<CandidateProfile> many = java.util.stream.IntStream.range(0, 3 * Evaluator.BATCH)
			.mapToObj(i -> new CandidateProfile("c" + i, List.of(), List.of("CET-6"), Map.of(), 2, 2))
			.toList();
		assertThatThrownBy(() -> evaluator.evaluate("cs-dept-manager", many))
			.isInstanceOfSatisfying(RuleBudgetExceededException.class, e -> assertThat(e.problems()).singleElement()
				.satisfies(p -> assertThat(p.file()).isEqualTo("rules/t/loop.drl")));
	}

	@Test
	void aDeclarationThatKeepsInsertingIsRefusedWhenTheSetIsBuilt() throws IOException {
		List<DataProblem> problems = problems(with(file("t/grow.drl", """
				package t
				import com.talentmatch.rules.facts.*

				rule "自我繁殖"
				when
				    Requirement()
				then
				    insert(Dsl.grade(kcontext, "客户服务部经理", "CET-4"));
				end

				rule "种子"
				when
				then
				    insert(Dsl.grade(kcontext, "客户服务部经理", "CET-6"));
				end
				""")));
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.file()).isEqualTo("rules/t/grow.drl");
			assertThat(p.line()).isEqualTo(4);
			assertThat(p.message()).contains("rule \"自我繁殖\" fired");
			// whichever budget runs out first: on a loaded machine the time budget can
			// come
			// before the firing limit; either way the looping rule is named at its line
			assertThat(p.message()).satisfiesAnyOf(
					m -> assertThat(m).contains("firings for ").contains("declaring rule(s)"),
					m -> assertThat(m).contains("the time budget of one evaluation"));
		});
	}

}
