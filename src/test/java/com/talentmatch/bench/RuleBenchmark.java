package com.talentmatch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import com.talentmatch.catalogue.Catalogue;
import com.talentmatch.catalogue.Competency;
import com.talentmatch.catalogue.CompetencyModel;
import com.talentmatch.rules.CandidateProfile;
import com.talentmatch.rules.CandidateProfile.LevelObservation;
import com.talentmatch.rules.Evaluation;
import com.talentmatch.rules.Evaluator;
import com.talentmatch.rules.RuleFile;
import com.talentmatch.rules.RuleSet;
import com.talentmatch.rules.RuleSets;
import com.talentmatch.rules.UncheckedBuilds;

/**
 * Rules speed, side by side in one run: 100,000 candidates with 15 levels each judged
 * against one role of 15 requirements by the rule engine path (requirements and bands
 * declared in rule files, adjustment rules in a Drools session per batch) and by a plain
 * Java loop doing the same checks; ranking them, also with per-candidate condition rules
 * that apply to 10 % of them; then the time to rebuild a 500-rule set of sentences, and
 * one with 500 DRL rules more, each with and without the rule safety check, alternating
 * (the target is at most +20 %).
 *
 * <pre>{@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.talentmatch.bench.RuleBenchmark}</pre>
 */
public final class RuleBenchmark {

	private RuleBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		Catalogue catalogue = EvidenceEvaluation.catalogue(Path.of("data"));
		List<String> competencies = new ArrayList<>();
		for (String model : List.of("cs-dept", "gzmcc-core")) {
			CompetencyModel m = catalogue.requireModel(model);
			for (Competency c : m.competencies()) {
				if (competencies.size() < 15) {
					competencies.add(model + "/" + c.id());
				}
			}
		}
		int[] minimum = new int[competencies.size()];
		StringBuilder dslr = new StringBuilder(
				"package bench\nimport com.talentmatch.rules.facts.*\nexpander vocabulary.dsl\n");
		for (int i = 0; i < competencies.size(); i++) {
			minimum[i] = 1 + i % 3;
			dslr.append("\nrule \"bench ")
				.append(i)
				.append("\"\nwhen\nthen\n    岗位 客户服务部经理 ")
				.append(i % 4 == 0 ? "必须 " : "要求 ")
				.append(competencies.get(i))
				.append(" 不低于 ")
				.append(minimum[i])
				.append("级")
				.append(i % 4 == 0 ? "" : " 权重 " + (1 + i % 2))
				.append("\nend\n");
		}
		List<RuleFile> files = common();
		files.add(new RuleFile("bench/requirements.dslr", dslr.toString().getBytes(StandardCharsets.UTF_8)));
		RuleSet set = RuleSets.build(files, catalogue, "bench");
		Evaluator evaluator = new Evaluator(set, catalogue);

		Random random = new Random(42);
		List<CandidateProfile> candidates = new ArrayList<>();
		String[] sources = { "assessment", "manager", "360", "self" };
		for (int n = 0; n < 100_000; n++) {
			List<LevelObservation> levels = new ArrayList<>(15);
			for (String c : competencies) {
				int level = random.nextDouble() < 0.85 ? 3 : 1 + random.nextInt(3);
				levels.add(new LevelObservation(c, String.valueOf(level), sources[random.nextInt(sources.length)], null,
						null));
			}
			boolean internal = n % 10 == 0;
			candidates.add(new CandidateProfile("c" + n, levels, List.of(), internal ? Map.of("在岗", 6.0) : Map.of(),
					1 + random.nextInt(3), 2, internal, null, null));
		}
		for (int warm = 0; warm < 3; warm++) {
			evaluator.evaluate("cs-dept-manager", warm == 0 ? candidates : candidates.subList(0, 20_000));
			plainLoop(warm == 0 ? candidates : candidates.subList(0, 20_000), competencies, minimum);
			plainRanking(candidates.subList(0, 20_000), competencies, minimum);
		}
		long t = System.nanoTime();
		List<Evaluation> rules = evaluator.evaluate("cs-dept-manager", candidates);
		double rulesMs = (System.nanoTime() - t) / 1e6;
		t = System.nanoTime();
		int[] plain = plainLoop(candidates, competencies, minimum);
		double plainMs = (System.nanoTime() - t) / 1e6;
		long ready = rules.stream().filter(e -> e.band().equals("ready-now")).count();
		if (rules.stream().filter(Evaluation::eligible).count() != plain[0]) {
			throw new IllegalStateException("the two paths disagree on eligibility");
		}
		System.out.printf(Locale.ROOT,
				"100,000 candidates x 15 levels, role of %d requirements (%d eligible, %d ready now)%n",
				competencies.size(), plain[0], ready);
		System.out.printf(Locale.ROOT, "plain Java loop                 %8.0f ms%n", plainMs);
		System.out.printf(Locale.ROOT, "rule engine path (Drools)       %8.0f ms   ratio %.2f%n", rulesMs,
				rulesMs / plainMs);

		// Ranking: the same judging, then sorted (eligible, score, id) with the
		// explanations of the top 50; the same with per-candidate condition rules that
		// apply to 10 % of the candidates (internal, five years in role: points; and a
		// waiver for them). Five alternating runs each, medians.
		List<RuleFile> withConditions = new ArrayList<>(files);
		withConditions.add(new RuleFile("bench/conditions.dslr",
				("package conditions\n" + "import com.talentmatch.rules.facts.*\nexpander vocabulary.dsl\n\n"
						+ "rule \"内部员工在岗满5年加分\"\nwhen\n    候选人 是内部员工\n    候选人 在岗经验 不少于 5年\nthen\n"
						+ "    加 5 分 原因 内部培养\nend\n\n" + "rule \"内部员工免第一项\"\nwhen\n    候选人 是内部员工\n" + "    要求 "
						+ competencies.get(0) + " 未满足\nthen\n    免除要求 " + competencies.get(0) + " 原因 内部员工由主管担保\nend\n")
					.getBytes(StandardCharsets.UTF_8)));
		Evaluator conditional = new Evaluator(RuleSets.build(withConditions, catalogue, "bench"), catalogue);
		conditional.evaluate("cs-dept-manager", candidates);
		double[] plainRuns = new double[5];
		double[] rankRuns = new double[5];
		double[] conditionRuns = new double[5];
		long adjusted = 0;
		for (int run = 0; run < 5; run++) {
			t = System.nanoTime();
			double[][] plainRanked = plainRanking(candidates, competencies, minimum);
			plainRuns[run] = (System.nanoTime() - t) / 1e6;
			t = System.nanoTime();
			List<Evaluation> ranked = rank(evaluator, candidates);
			rankRuns[run] = (System.nanoTime() - t) / 1e6;
			t = System.nanoTime();
			List<Evaluation> conditioned = rank(conditional, candidates);
			conditionRuns[run] = (System.nanoTime() - t) / 1e6;
			adjusted = conditioned.stream().filter(e -> !e.adjustments().isEmpty()).count();
			if (plainRanked.length != ranked.size() || adjusted < 9_000) {
				throw new IllegalStateException(
						"the condition rules should adjust about 10 % of the candidates, did " + adjusted);
			}
		}
		double plainRankMs = median(plainRuns);
		double rankMs = median(rankRuns);
		double conditionMs = median(conditionRuns);
		System.out.printf(Locale.ROOT,
				"ranking 100,000 + top-50 explanations (median of 5): plain loop %6.0f ms, rule engine %6.0f ms   "
						+ "ratio %.2f%n",
				plainRankMs, rankMs, rankMs / plainRankMs);
		System.out.printf(Locale.ROOT,
				"ranking 100,000 with condition rules (%d adjusted, median of 5): plain loop %6.0f ms, rule engine "
						+ "%6.0f ms   ratio %.2f%n",
				adjusted, plainRankMs, conditionMs, conditionMs / plainRankMs);

		List<RuleFile> big = common();
		StringBuilder many = new StringBuilder(
				"package big\nimport com.talentmatch.rules.facts.*\nexpander vocabulary.dsl\n");
		List<String> roles = List.of("cs-dept-manager", "cs-relationship-supervisor", "key-account-service-supervisor",
				"after-sales-service-supervisor", "cs-relationship-specialist");
		for (int i = 0; i < 500; i++) {
			many.append("\nrule \"big ")
				.append(i)
				.append("\"\nwhen\nthen\n    岗位 ")
				.append(roles.get(i % roles.size()))
				.append(" 要求组合 组")
				.append(i)
				.append(' ')
				.append(competencies.get(i % competencies.size()))
				.append(" 不低于 ")
				.append(1 + i % 3)
				.append("级 权重 ")
				.append(1 + i % 3)
				.append("\nend\n");
		}
		big.add(new RuleFile("big/requirements.dslr", many.toString().getBytes(StandardCharsets.UTF_8)));
		sideBySide("500 sentences (DSLR)", big, catalogue);
		List<RuleFile> drl = common();
		StringBuilder code = new StringBuilder("package drl\nimport com.talentmatch.rules.facts.*\n");
		for (int i = 0; i < 500; i++) {
			code.append("\nrule \"drl ")
				.append(i)
				.append("\"\nwhen\n    $a : Assessment( band == \"ready-now\", score < ")
				.append(i % 100)
				.append(", performance != null )\nthen\n    String why = kcontext.getRule().getName();\n")
				.append("    if (why.length() > 0 && $a.getGaps() >= Math.max(0, ")
				.append(i % 3)
				.append(")) {\n        $a.changeBand(\"ready-1-2y\", kcontext);\n    }\nend\n");
		}
		drl.add(new RuleFile("drl/adjustments.drl", code.toString().getBytes(StandardCharsets.UTF_8)));
		drl.add(big.get(big.size() - 1));
		sideBySide("500 sentences + 500 DRL rules", drl, catalogue);
	}

	/** Judges, sorts and spells out the top 50's explanations. */
	private static List<Evaluation> rank(Evaluator evaluator, List<CandidateProfile> candidates) {
		List<Evaluation> ranked = new ArrayList<>(evaluator.evaluate("cs-dept-manager", candidates));
		ranked.sort(java.util.Comparator.comparing((Evaluation e) -> !e.eligible())
			.thenComparing(e -> -e.score())
			.thenComparing(Evaluation::candidateId));
		int chars = 0;
		for (Evaluation e : ranked.subList(0, 50)) {
			for (var o : e.outcomes()) {
				chars += o.reasonZh().length() + o.reasonEn().length();
			}
		}
		if (chars == 0) {
			throw new IllegalStateException();
		}
		return ranked;
	}

	private static double median(double[] runs) {
		double[] sorted = runs.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	/**
	 * Builds {@code files} with and without the safety check, alternating, and prints the
	 * medians side by side.
	 */
	private static void sideBySide(String what, List<RuleFile> files, Catalogue catalogue) {
		double[] with = new double[11];
		double[] without = new double[with.length];
		for (int i = -2; i < with.length; i++) {
			// alternate which goes first, so that neither always pays for the other's
			// garbage
			for (int k = 0; k < 2; k++) {
				boolean checked = (i + k) % 2 == 0;
				long s = System.nanoTime();
				if (checked) {
					RuleSets.build(files, catalogue, "bench");
				}
				else {
					UncheckedBuilds.buildWithoutSafetyCheck(files, catalogue, "bench");
				}
				if (i >= 0) {
					(checked ? with : without)[i] = (System.nanoTime() - s) / 1e6;
				}
			}
		}
		Arrays.sort(with);
		Arrays.sort(without);
		double w = with[with.length / 2];
		double wo = without[without.length / 2];
		System.out.printf(Locale.ROOT, "rebuild of %s (compile, declare, resolve), median of %d, alternating:%n"
				+ "  with the safety check %6.0f ms (max %.0f) | without it %6.0f ms | the check adds %.1f %%%n", what,
				with.length, w, with[with.length - 1], wo, 100 * (w - wo) / wo);
	}

	/**
	 * The highest level of the first source in {@code precedence} that has one, as the
	 * rules' source policy does.
	 */
	private static int bestLevel(CandidateProfile c, String competency, List<String> precedence) {
		int best = 0;
		for (String source : precedence) {
			for (LevelObservation o : c.levels()) {
				if (o.source().equals(source) && o.competency().equals(competency)) {
					best = Math.max(best, Integer.parseInt(o.level()));
				}
			}
			if (best > 0) {
				return best;
			}
		}
		return best;
	}

	/**
	 * The plain loop's ranking: score every candidate, sort, and spell out the top 50's
	 * gaps.
	 */
	private static double[][] plainRanking(List<CandidateProfile> candidates, List<String> competencies,
			int[] minimum) {
		double[][] rows = new double[candidates.size()][];
		List<String> precedence = List.of("assessment", "manager", "360", "self", "evidence");
		for (int n = 0; n < candidates.size(); n++) {
			CandidateProfile c = candidates.get(n);
			int mustGaps = 0;
			double earned = 0;
			double weights = 0;
			for (int i = 0; i < competencies.size(); i++) {
				int best = bestLevel(c, competencies.get(i), precedence);
				double weight = i % 4 == 0 ? 1 : 1 + i % 2;
				int gap = Math.max(0, minimum[i] - best);
				weights += weight;
				earned += weight * (gap == 0 ? 1 : (double) (minimum[i] - gap) / minimum[i]);
				mustGaps += gap > 0 && i % 4 == 0 ? 1 : 0;
			}
			rows[n] = new double[] { mustGaps == 0 ? 0 : 1, -Math.round(1000 * earned / weights) / 10.0, n };
		}
		java.util.Arrays.sort(rows,
				java.util.Comparator.comparingDouble((double[] r) -> r[0])
					.thenComparingDouble(r -> r[1])
					.thenComparing(r -> candidates.get((int) r[2]).id()));
		StringBuilder sb = new StringBuilder();
		for (int k = 0; k < 50; k++) {
			CandidateProfile c = candidates.get((int) rows[k][2]);
			for (int i = 0; i < competencies.size(); i++) {
				sb.append(competencies.get(i))
					.append(" 不低于 ")
					.append(minimum[i])
					.append(": ")
					.append(c.levels().get(i).level());
			}
		}
		if (sb.isEmpty()) {
			throw new IllegalStateException();
		}
		return rows;
	}

	private static List<RuleFile> common() throws IOException {
		List<RuleFile> files = new ArrayList<>();
		for (String p : List.of("common/vocabulary.dsl", "common/readiness.dslr", "common/readiness.drl.csv",
				"common/adjustments.dslr")) {
			files.add(new RuleFile(p, Files.readAllBytes(Path.of("rules").resolve(p))));
		}
		return files;
	}

	/**
	 * The same checks without the engine: each requirement against the best level of the
	 * first source in the same precedence, gaps, must-haves and the same three bands.
	 * Returns {eligible count, ready-now count}.
	 */
	private static int[] plainLoop(List<CandidateProfile> candidates, List<String> competencies, int[] minimum) {
		List<String> precedence = List.of("assessment", "manager", "360", "self", "evidence");
		int eligible = 0;
		int readyNow = 0;
		for (CandidateProfile c : candidates) {
			int mustGaps = 0;
			int gaps = 0;
			int largest = 0;
			double earned = 0;
			double weights = 0;
			for (int i = 0; i < competencies.size(); i++) {
				int best = bestLevel(c, competencies.get(i), precedence);
				boolean must = i % 4 == 0;
				double weight = must ? 1 : 1 + i % 2;
				int gap = Math.max(0, minimum[i] - best);
				weights += weight;
				earned += weight * (gap == 0 ? 1 : (double) (minimum[i] - gap) / minimum[i]);
				if (gap > 0) {
					gaps++;
					mustGaps += must ? 1 : 0;
					largest = Math.max(largest, gap);
				}
			}
			eligible += mustGaps == 0 ? 1 : 0;
			boolean ready = mustGaps == 0 && gaps == 0 && !(c.performance() != null && c.performance() == 1);
			readyNow += ready ? 1 : 0;
			if (earned > weights) {
				throw new IllegalStateException();
			}
		}
		return new int[] { eligible, readyNow };
	}

}
