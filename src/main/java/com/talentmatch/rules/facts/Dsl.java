package com.talentmatch.rules.facts;

import java.util.Arrays;
import java.util.List;

import org.kie.api.runtime.rule.RuleContext;

/**
 * What the DSL sentences of {@code rules/common/vocabulary.dsl} expand to; usable from
 * DRL as well: {@code insert(Dsl.level(kcontext, "客户服务部经理", "沟通能力", "3").mustHave());}.
 * Each fact records the name of the rule that declared it. A rule whose name contains
 * {@code 默认} or {@code default} declares default minimums, for the customer to tune.
 */
public final class Dsl {

	private Dsl() {
	}

	public static Requirement level(RuleContext ctx, String role, String competency, String level) {
		return defaults(ctx, Requirement.level(name(ctx), role.strip(), competency.strip(), level.strip()));
	}

	public static Requirement grade(RuleContext ctx, String role, String grade) {
		return defaults(ctx, Requirement.grade(name(ctx), role.strip(), grade.strip()));
	}

	public static Requirement experience(RuleContext ctx, String role, String kind, String years) {
		return defaults(ctx, Requirement.experience(name(ctx), role.strip(), kind.strip(), years.strip()));
	}

	public static Inherits inherits(RuleContext ctx, String child, String parent) {
		return new Inherits(child.strip(), parent.strip(), name(ctx));
	}

	public static ReadinessBand band(RuleContext ctx, int order, String code, String zh, String en, int maxMustHaveGaps,
			int maxGaps, int maxGapLevels) {
		return new ReadinessBand(name(ctx), order, code.strip(), zh.strip(), en.strip(), maxMustHaveGaps, maxGaps,
				maxGapLevels);
	}

	/**
	 * {@code sources}: source codes in precedence order, separated by {@code >} or
	 * {@code ,}.
	 */
	public static SourcePolicy sources(RuleContext ctx, String sources, int evidenceMinSentences,
			double evidenceMinConfidence) {
		List<String> order = Arrays.stream(sources.split("[>,]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		return new SourcePolicy(name(ctx), order, evidenceMinSentences, evidenceMinConfidence);
	}

	private static String name(RuleContext ctx) {
		return ctx.getRule().getName();
	}

	private static Requirement defaults(RuleContext ctx, Requirement r) {
		String name = name(ctx).toLowerCase(java.util.Locale.ROOT);
		return name.contains("默认") || name.contains("default") ? r.asDefault() : r;
	}

}
