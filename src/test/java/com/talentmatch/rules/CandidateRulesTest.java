package com.talentmatch.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.rules.facts.Adjustment;

/**
 * Per-candidate rules written as sentences: conditions on the candidate, exceptions with
 * reasons, rules over two facts, weighted combinations, bands that depend on performance,
 * per-family source policies; actions chain; mistakes are refused at build time with file
 * and line.
 */
class CandidateRulesTest {

	/** Every rule file of {@code rules/} plus {@code extra} at {@code t/extra.dslr}. */
	static RuleSet build(String extra) {
		return RuleSets.build(files(extra), RuleSetBuilderTest.CATALOGUE, "test");
	}

	static List<RuleFile> files(String extra) {
		List<RuleFile> files = new ArrayList<>(RuleFiles.read(Path.of("rules")));
		if (extra != null) {
			files.add(new RuleFile("t/extra.dslr", (HEADER + extra).getBytes(StandardCharsets.UTF_8)));
		}
		return files;
	}

	static final String HEADER = "package extra\nimport com.talentmatch.rules.facts.*\nexpander vocabulary.dsl\n\n";

	/**
	 * Meets every requirement of 客户服务部经理 except English: holds CET-4 only, no years
	 * abroad.
	 */
	static CandidateProfile managerWithCet4(String id, boolean internal, double yearsInRole) {
		return new CandidateProfile(id,
				levels(Map.of("服务意识", "3", "客服知识", "2", "影响力", "2", "gzmcc-core/customer-orientation", "2",
						"gzmcc-core/communication-understanding", "2", "gzmcc-core/teamwork", "1")),
				List.of("CET-4"), Map.of("在岗", yearsInRole), 2, 2, internal, null, null);
	}

	static List<CandidateProfile.LevelObservation> levels(Map<String, String> levels) {
		List<CandidateProfile.LevelObservation> out = new ArrayList<>();
		levels.forEach((k, v) -> out.add(new CandidateProfile.LevelObservation(k, v, null, null, null)));
		return out;
	}

	static Evaluation evaluate(RuleSet set, String role, CandidateProfile c) {
		return new Evaluator(set, RuleSetBuilderTest.CATALOGUE).evaluate(role, c);
	}

	static List<DataProblem> problems(String extra) {
		return RuleSetBuilderTest.problems(files(extra));
	}

	/**
	 * The problems of {@code drl} as {@code t/extra.drl} (raw DRL, three header lines).
	 */
	static List<DataProblem> drlProblems(String drl) {
		List<RuleFile> files = files(null);
		files.add(new RuleFile("t/extra.drl",
				("package extra\nimport com.talentmatch.rules.facts.*\n\n" + drl).getBytes(StandardCharsets.UTF_8)));
		return RuleSetBuilderTest.problems(files);
	}

	@Test
	void internalCandidatesWithFiveYearsInRoleNeedOnlyCet4() {
		RuleSet set = build(null);
		Evaluation internal = evaluate(set, "客户服务部经理", managerWithCet4("E1", true, 6));
		assertThat(internal.eligible()).isTrue();
		assertThat(internal.band()).isEqualTo("ready-now");
		assertThat(internal.adjustments()).singleElement().satisfies(a -> {
			assertThat(a.action()).isEqualTo("waive");
			assertThat(a.target()).isEqualTo("CET-6");
			assertThat(a.reason()).isEqualTo("内部员工在岗满5年, CET-4 即可");
			assertThat(a.file()).isEqualTo("rules/customerservice/exceptions.dslr");
			assertThat(a.line()).as("the line of the action's sentence").isEqualTo(14);
		});
		Outcome cet6 = internal.outcomes()
			.stream()
			.filter(o -> o.requirement().written().equals("CET-6"))
			.findFirst()
			.orElseThrow();
		assertThat(cet6.met()).isFalse();
		assertThat(cet6.waiver()).isEqualTo("内部员工在岗满5年, CET-4 即可");
		assertThat(cet6.reasonZh()).endsWith("已免除: 内部员工在岗满5年, CET-4 即可");

		assertThat(evaluate(set, "客户服务部经理", managerWithCet4("E2", true, 4)).eligible())
			.as("four years in role are not enough")
			.isFalse();
		assertThat(evaluate(set, "客户服务部经理", managerWithCet4("X1", false, 6)).eligible())
			.as("an external candidate is not exempt")
			.isFalse();
	}

	@Test
	void aNamedCandidateIsExemptWithTheApproverInTheReason() {
		RuleSet set = build(null);
		Evaluation e = evaluate(set, "cs-dept-manager", managerWithCet4("E0012", false, 0));
		assertThat(e.eligible()).isTrue();
		assertThat(e.adjustments()).extracting(Adjustment::reason).containsExactly("HRBP 王敏 批准 (2026-11)");
		assertThat(e.adjustments()).extracting(Adjustment::line).containsExactly(21);
		assertThat(evaluate(set, "cs-dept-manager", managerWithCet4("E0013", false, 0)).adjustments()).isEmpty();
	}

	@Test
	void managerAnd360TwoLevelsApartAreFlaggedForCalibration() {
		RuleSet set = build(null);
		List<CandidateProfile.LevelObservation> apart = new ArrayList<>(levels(Map.of("服务意识", "3")));
		apart.add(new CandidateProfile.LevelObservation("gzmcc-core/teamwork", "3", "manager", null, null));
		apart.add(new CandidateProfile.LevelObservation("gzmcc-core/teamwork", "1", "360", null, null));
		Evaluation flagged = evaluate(set, "客户服务部经理",
				new CandidateProfile("P1", apart, List.of(), Map.of(), null, null));
		assertThat(flagged.calibration()).isTrue();
		assertThat(flagged.adjustments()).singleElement().satisfies(a -> {
			assertThat(a.action()).isEqualTo("calibration");
			assertThat(a.rule()).isEqualTo("经理与360评定相差两级需校准");
			assertThat(a.file()).isEqualTo("rules/common/adjustments.dslr");
		});

		List<CandidateProfile.LevelObservation> close = new ArrayList<>(levels(Map.of("服务意识", "3")));
		close.add(new CandidateProfile.LevelObservation("gzmcc-core/teamwork", "3", "manager", null, null));
		close.add(new CandidateProfile.LevelObservation("gzmcc-core/teamwork", "2", "360", null, null));
		close.add(new CandidateProfile.LevelObservation("gzmcc-core/customer-orientation", "1", "360", null, null));
		assertThat(evaluate(set, "客户服务部经理", new CandidateProfile("P2", close, List.of(), Map.of(), null, null))
			.calibration()).as("one level apart, or two levels on different competencies").isFalse();
	}

	@Test
	void aWeightedCombinationCountsOnceWhenBothAreMet() {
		RuleSet set = build("""
				rule "沟通与客户导向组合"
				when
				then
				    岗位 客户服务部经理 要求组合 沟通与客户导向 gzmcc-core/communication-understanding 不低于 3级 权重 3
				    岗位 客户服务部经理 要求组合 沟通与客户导向 gzmcc-core/customer-orientation 不低于 3级
				end
				""");
		RoleRequirements role = set.role("cs-dept-manager").orElseThrow();
		assertThat(role.requirements()).filteredOn(r -> "沟通与客户导向".equals(r.group()))
			.extracting(ResolvedRequirement::line)
			.as("each sentence has its own line")
			.containsExactlyInAnyOrder(8, 9);
		List<CandidateProfile.LevelObservation> l = new ArrayList<>(levels(Map.of("服务意识", "3", "客服知识", "2", "影响力", "2",
				"gzmcc-core/teamwork", "1", "gzmcc-core/communication-understanding", "3")));
		l.add(new CandidateProfile.LevelObservation("gzmcc-core/customer-orientation", "3", null, null, null));
		Evaluation met = evaluate(set, "cs-dept-manager",
				new CandidateProfile("C1", l, List.of("CET-6"), Map.of(), null, null));
		List<CandidateProfile.LevelObservation> h = new ArrayList<>(l.subList(0, l.size() - 1));
		h.add(new CandidateProfile.LevelObservation("gzmcc-core/customer-orientation", "2", null, null, null));
		Evaluation half = evaluate(set, "cs-dept-manager",
				new CandidateProfile("C2", h, List.of("CET-6"), Map.of(), null, null));
		assertThat(met.gaps()).isZero();
		assertThat(met.eligible()).isTrue();
		assertThat(half.gaps()).as("the combination is one requirement, unmet when one part is").isEqualTo(1);
		assertThat(half.eligible()).as("it weighs, it is not a must-have").isTrue();
		assertThat(half.score()).isLessThan(met.score());
	}

	@Test
	void actionsChainAndABandDependsOnPerformance() {
		RuleSet set = build("""
				rule "符合资格的内部员工加分"
				when
				    符合资格
				    候选人 是内部员工
				then
				    加 5 分 原因 内部培养优先
				end
				""");
		CandidateProfile c = new CandidateProfile("E0012", managerWithCet4("E0012", true, 0).levels(), List.of("CET-4"),
				Map.of(), 1, 2, true, null, null);
		Evaluation e = evaluate(set, "cs-dept-manager", c);
		assertThat(e.adjustments()).extracting(Adjustment::action)
			.as("the waiver made her eligible, which the second rule saw; the performance rule moved her band")
			.containsExactlyInAnyOrder("waive", "score", "band")
			.startsWith("waive");
		assertThat(e.band()).isEqualTo("ready-1-2y");
		assertThat(e.bandRule()).isEqualTo("绩效评级为1不能现在就绪");
		assertThat(e.score()).isEqualTo(100.0);
	}

	@Test
	void aFamilyHasItsOwnSourcePolicy() {
		String policy = """
				rule "客服通用 证据一句即可"
				when
				then
				    来源优先级 适用于 客服通用 为 assessment>manager>360>self>evidence 证据至少 1 句 置信度不低于 0.3
				end
				""";
		RuleSet set = build(policy);
		assertThat(set.policies()).extracting(ScopedPolicy::kind, ScopedPolicy::key)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("role", "客服通用"),
					org.assertj.core.groups.Tuple.tuple("role", "greatwall-office-supervisor"));
		List<CandidateProfile.LevelObservation> l = new ArrayList<>(
				levels(Map.of("客服知识", "2", "影响力", "2", "gzmcc-core/customer-orientation", "2",
						"gzmcc-core/communication-understanding", "2", "gzmcc-core/teamwork", "1")));
		l.add(new CandidateProfile.LevelObservation("服务意识", "3", "evidence", 0.8, 1));
		CandidateProfile c = new CandidateProfile("V1", l, List.of("CET-6"), Map.of(), null, null);
		assertThat(evaluate(set, "cs-dept-manager", c).eligible()).as("one sentence counts in the family").isTrue();
		assertThat(evaluate(build(null), "cs-dept-manager", c).eligible()).as("not under the global policy").isFalse();
	}

	@Test
	void theCandidateSessionHoldsOnlyPerCandidateRules() {
		RuleSet set = build(null);
		assertThat(set.candidateRuleCount()).isEqualTo(4);
		assertThat(set.candidateRules().base().getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum())
			.isEqualTo(4);
		assertThat(set.kieBase().getKiePackages().stream().flatMap(p -> p.getRules().stream()))
			.noneMatch(r -> r.getName().equals("绩效评级为1不能现在就绪"));
		assertThat(set.readySoon("ready-1-2y")).isTrue();
		assertThat(set.readySoon("ready-3y")).isFalse();
	}

	@Test
	void anUndeclaredBandIsRefusedWithItsLine() {
		assertThat(problems("""
				rule "错带"
				when
				    准备度 是 ready-now
				then
				    准备度设为 ready-12y 原因 测试
				end
				""")).singleElement().satisfies(p -> {
			assertThat(p.file()).isEqualTo("rules/t/extra.dslr");
			assertThat(p.line()).isEqualTo(9);
			assertThat(p.message()).contains("'ready-12y' is not a declared readiness band");
		});
	}

	@Test
	void anUnknownRequirementIsRefusedAtTheLineOfItsSentence() {
		assertThat(problems("""
				rule "未知要求"
				when
				    候选人编号 是 E1
				then
				    免除要求 CET-9 原因 测试
				end
				""")).singleElement().satisfies(p -> {
			assertThat(p.message()).contains("no role has a requirement 'CET-9'");
			assertThat(p.line()).isEqualTo(9);
		});
	}

	@Test
	void aWaiverWithoutAReasonWrittenAsTextIsRefused() {
		List<DataProblem> problems = drlProblems("""
				rule "无原因"
				when
				    $a : Assessment( $s := subject, eligible == false )
				then
				    Act.waive(kcontext, $s, "CET-6", "");
				end

				rule "算出的原因"
				when
				    $a : Assessment( $s := subject, eligible == false )
				then
				    Act.waive(kcontext, $s, "CET-6", $a.getRole());
				end
				""");
		assertThat(problems).extracting(DataProblem::message)
			.anySatisfy(m -> assertThat(m).contains("needs a reason written as text").endsWith("got \"\""))
			.anySatisfy(m -> assertThat(m).contains("needs a reason written as text").endsWith("got $a.getRole()"));
		assertThat(problems).extracting(DataProblem::line).containsExactlyInAnyOrder(8, 15);
		assertThat(problems).allSatisfy(p -> assertThat(p.file()).isEqualTo("rules/t/extra.drl"));
	}

	@Test
	void unknownNamesInConditionsAreRefused() {
		List<DataProblem> problems = problems("""
				rule "条件拼错"
				when
				    候选人 沟通力 不低于 3级
				    候选人 boss 评定的 gzmcc-core/teamwork 不低于 9级
				    候选人 持有 CET-99
				then
				    标记待校准 原因 测试
				end
				""");
		assertThat(problems).extracting(DataProblem::message)
			.anySatisfy(m -> assertThat(m).contains("unknown competency '沟通力'"))
			.anySatisfy(m -> assertThat(m).contains("unknown source 'boss'"))
			.anySatisfy(m -> assertThat(m).contains("has no level '9'"))
			.anySatisfy(m -> assertThat(m).contains("unknown grade 'CET-99'"));
	}

	@Test
	void patternsAboutTwoPeopleAreRefused() {
		assertThat(drlProblems("""
				rule "两个人"
				when
				    $a : Assessment( eligible == true )
				    $b : Assessment( eligible == false )
				then
				    Act.flag(kcontext, $a.getSubject(), "比较");
				end
				""")).extracting(DataProblem::message).anySatisfy(m -> assertThat(m).contains("join two people"));
	}

	@Test
	void theSameRequirementDeclaredTwiceIsRefusedWithBothPlaces() {
		assertThat(problems("""
				rule "再次要求服务意识"
				when
				then
				    岗位 客户服务部经理 要求 cs-dept/service-awareness 不低于 2级
				end
				""")).singleElement().satisfies(p -> {
			assertThat(p.file()).isEqualTo("rules/t/extra.dslr");
			assertThat(p.line()).isEqualTo(8);
			assertThat(p.message()).contains("already requires cs-dept/service-awareness")
				.contains("rules/customerservice/manager.dslr:10");
		});
	}

	/**
	 * The problems of the rules with {@code common/readiness.drl.csv} edited by
	 * {@code edit}.
	 */
	static List<DataProblem> tableProblems(java.util.function.UnaryOperator<String> edit) throws java.io.IOException {
		List<RuleFile> files = files(null);
		files.removeIf(f -> f.path().equals("common/readiness.drl.csv"));
		String table = java.nio.file.Files.readString(Path.of("rules/common/readiness.drl.csv"));
		files.add(new RuleFile("common/readiness.drl.csv", edit.apply(table).getBytes(StandardCharsets.UTF_8)));
		return RuleSetBuilderTest.problems(files);
	}

	@Test
	void theReadinessTableDecidesTheBandAndNamesItsRow() {
		RuleSet set = build(null);
		Evaluation e = evaluate(set, "客户服务部经理",
				new CandidateProfile("T1",
						levels(Map.of("服务意识", "2", "客服知识", "2", "影响力", "2", "gzmcc-core/customer-orientation", "2",
								"gzmcc-core/communication-understanding", "2", "gzmcc-core/teamwork", "1")),
						List.of("CET-6"), Map.of(), 2, 2));
		assertThat(e.band()).isEqualTo("ready-1-2y");
		assertThat(e.bandRule()).isEqualTo("准备度表 1-2年");
	}

	@Test
	void aGapInTheReadinessTableIsRefused() throws java.io.IOException {
		List<DataProblem> problems = tableProblems(t -> t.replaceAll("(?m)^准备度表 3年以上 差两级.*\\n", ""));
		assertThat(problems).extracting(DataProblem::message)
			.anySatisfy(m -> assertThat(m).startsWith("no row of the readiness table covers must-have gaps 0, gaps 1, "
					+ "largest gap 2, performance none"));
	}

	@Test
	void anOverlapInTheReadinessTableIsRefusedWithBothRows() throws java.io.IOException {
		List<DataProblem> problems = tableProblems(
				t -> t.replace("准备度表 3年以上 缺口多,\"0,2\",\"4,8\"", "准备度表 3年以上 缺口多,\"0,2\",\"3,8\""));
		assertThat(problems).first().satisfies(p -> {
			assertThat(p.file()).isEqualTo("rules/common/readiness.drl.csv");
			assertThat(p.message()).contains("rows overlap").contains("rules/common/readiness.drl.csv:");
		});
	}

	@Test
	void anUndeclaredBandInTheReadinessTableIsRefused() throws java.io.IOException {
		assertThat(tableProblems(t -> t.replace(",ready-1-2y\n", ",ready-12y\n"))).extracting(DataProblem::message)
			.anySatisfy(m -> assertThat(m).contains("'ready-12y' is not a declared readiness band"));
	}

	@Test
	void aRoleCanExistInTheRulesAlone() {
		RuleSet set = build("""
				rule "服务台二级"
				when
				then
				    定义岗位 sd-desk-l2 名称 服务台二级 英文 Service desk L2
				    岗位 sd-desk-l2 必须 cs-dept/communication 不低于 2级
				    role sd-desk-l2 wants grade CET-4
				end
				""");
		RoleRequirements role = set.role("服务台二级").orElseThrow();
		assertThat(role.role()).isEqualTo("sd-desk-l2");
		assertThat(role.requirements()).extracting(ResolvedRequirement::target)
			.containsExactly("cs-dept/communication", "english/CET-4");
		Evaluation e = evaluate(set, "sd-desk-l2", new CandidateProfile("D1",
				levels(Map.of("cs-dept/communication", "2")), List.of("CET-4"), Map.of(), null, null));
		assertThat(e.eligible()).isTrue();
		assertThat(e.band()).isEqualTo("ready-now");
		assertThat(problems("""
				rule "重复定义"
				when
				then
				    定义岗位 sd-desk-l2 名称 服务台二级 英文 Service desk L2
				    定义岗位 sd-desk-l2 名称 服务台 英文 Desk
				    定义岗位 cs-dept-manager 名称 经理 英文 Manager
				end
				""")).extracting(DataProblem::message)
			.anySatisfy(m -> assertThat(m).contains("role 'sd-desk-l2' is defined twice"))
			.anySatisfy(m -> assertThat(m).contains("role 'cs-dept-manager' is a role profile of the catalogue"));
	}

}
