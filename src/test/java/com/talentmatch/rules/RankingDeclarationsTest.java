package com.talentmatch.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.talentmatch.catalogue.DataProblem;

/**
 * The ranking order ({@code 排序依据}) and role ladders ({@code 岗位序列}) rules declare: read
 * from the shipped files, and refused with file:line when wrong.
 */
class RankingDeclarationsTest {

	/** Every shipped rule file. */
	static List<RuleFile> shipped() throws IOException {
		List<RuleFile> files = new ArrayList<>();
		try (var paths = Files.walk(Path.of("rules"))) {
			for (Path p : paths.filter(Files::isRegularFile).sorted().toList()) {
				files.add(new RuleFile(Path.of("rules").relativize(p).toString().replace('\\', '/'),
						Files.readAllBytes(p)));
			}
		}
		return files;
	}

	@Test
	void theShippedOrderAndLaddersAreRead() throws IOException {
		RuleSet set = RuleSets.build(shipped(), RuleSetBuilderTest.CATALOGUE, null);
		assertThat(set.ranking().criteria()).containsExactly(RankingPolicy.Criterion.CLOSENESS,
				RankingPolicy.Criterion.EXCEEDING, RankingPolicy.Criterion.RELIABILITY,
				RankingPolicy.Criterion.EVIDENCE, RankingPolicy.Criterion.RECENCY, RankingPolicy.Criterion.PROFILE,
				RankingPolicy.Criterion.RATINGS);
		assertThat(set.ranking().cap()).isEqualTo(1);
		assertThat(set.ranking().file()).isEqualTo("rules/common/ranking.dslr");
		RoleLadder cs = set.ladderOf("cs-dept-manager").orElseThrow();
		assertThat(cs.steps()).containsExactly(
				List.of("cs-relationship-specialist"), List.of("cs-relationship-supervisor",
						"key-account-service-supervisor", "after-sales-service-supervisor"),
				List.of("cs-dept-manager"));
		assertThat(cs.belowTop("cs-dept-manager")).isFalse();
		assertThat(cs.belowTop("cs-relationship-specialist")).isTrue();
		assertThat(set.ladderOf("ladder-foundation").orElseThrow().steps()).hasSize(4);
		assertThat(set.roles().get("客服通用").family()).isTrue();
		assertThat(set.roles().get("cs-dept-manager").family()).isFalse();
	}

	@Test
	void withoutADeclarationEveryCriterionAppliesInTheDefaultOrder() throws IOException {
		RuleSet set = RuleSets.build(RuleSetBuilderTest.with(), RuleSetBuilderTest.CATALOGUE, null);
		assertThat(set.ranking()).isEqualTo(RankingPolicy.DEFAULT);
		assertThat(set.ladders()).isEmpty();
	}

	@Test
	void anEnglishDeclarationReadsTheSame() throws IOException {
		RuleSet set = RuleSets.build(RuleSetBuilderTest.with(RuleSetBuilderTest.file("t/order.dslr",
				RuleSetBuilderTest.dslr(
						"rank ties by reliability > exceeding crediting at most 2 levels above a minimum",
						"role ladder cs is 客户关系专员 < 客户服务部经理", "岗位 客户关系专员 要求 gzmcc-core/teamwork 不低于 1级",
						"岗位 客户服务部经理 要求 gzmcc-core/teamwork 不低于 2级"))),
				RuleSetBuilderTest.CATALOGUE, null);
		assertThat(set.ranking().criteria()).containsExactly(RankingPolicy.Criterion.RELIABILITY,
				RankingPolicy.Criterion.EXCEEDING);
		assertThat(set.ranking().cap()).isEqualTo(2);
		assertThat(set.ranking().line()).isEqualTo(5);
		assertThat(set.ladders().get(0).steps()).containsExactly(List.of("cs-relationship-specialist"),
				List.of("cs-dept-manager"));
	}

	@Test
	void anUnknownOrRepeatedCriterionAndABadCapAreRefusedWithTheirLine() throws IOException {
		List<DataProblem> problems = RuleSetBuilderTest.problems(RuleSetBuilderTest.with(RuleSetBuilderTest
			.file("t/order.dslr", RuleSetBuilderTest.dslr("排序依据 超出要求 > 资历 > 超出要求 超出要求每项最多计 9 级"))));
		assertThat(problems).extracting(DataProblem::message)
			.anySatisfy(m -> assertThat(m).contains("unknown ranking criterion '资历'").contains("来源可信度 (reliability)"))
			.anySatisfy(m -> assertThat(m).contains("'超出要求' is named twice"))
			.anySatisfy(m -> assertThat(m).contains("0 to 5 levels, not 9"));
		assertThat(problems).allSatisfy(p -> {
			assertThat(p.file()).isEqualTo("rules/t/order.dslr");
			assertThat(p.line()).isEqualTo(5);
		});
	}

	@Test
	void aSecondOrderIsRefused() throws IOException {
		List<DataProblem> problems = RuleSetBuilderTest.problems(RuleSetBuilderTest.with(RuleSetBuilderTest
			.file("t/order.dslr", RuleSetBuilderTest.dslr("排序依据 超出要求 超出要求每项最多计 1 级", "排序依据 时效 超出要求每项最多计 1 级"))));
		assertThat(problems).extracting(DataProblem::message)
			.containsExactly("the ranking order is declared twice (also in rule \"r0\")");
	}

	@Test
	void aLadderWithAnUnknownRoleAFamilyOrARoleOnTwoLaddersIsRefused() throws IOException {
		List<DataProblem> problems = RuleSetBuilderTest
			.problems(RuleSetBuilderTest.with(RuleSetBuilderTest.file("t/ladders.dslr",
					RuleSetBuilderTest.dslr("岗位 客户服务部经理 继承 客服通用 的全部要求", "岗位 客服通用 要求 gzmcc-core/teamwork 不低于 1级",
							"岗位 客户关系专员 要求 gzmcc-core/teamwork 不低于 1级", "岗位序列 甲 为 客户关系专员 < 宇航员",
							"岗位序列 乙 为 客服通用 < 客户服务部经理", "岗位序列 丙 为 客户服务部经理 < 客户关系专员", "岗位序列 丁 为 客户服务部经理"))));
		assertThat(problems).extracting(DataProblem::message)
			.anySatisfy(m -> assertThat(m).contains("ladder '甲': '宇航员' is not a role with requirements"))
			.anySatisfy(m -> assertThat(m).contains("ladder '乙': '客服通用' is not a role with requirements"))
			.anySatisfy(m -> assertThat(m).contains("is on two ladders"))
			.anySatisfy(m -> assertThat(m).contains("ladder '丁' needs two steps at least"));
		assertThat(problems).allSatisfy(p -> assertThat(p.file()).isEqualTo("rules/t/ladders.dslr"));
	}

}
