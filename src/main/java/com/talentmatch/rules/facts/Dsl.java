package com.talentmatch.rules.facts;

import java.util.Arrays;
import java.util.List;

import org.kie.api.runtime.rule.RuleContext;

/**
 * What the DSL sentences of {@code rules/common/vocabulary.dsl} expand to; usable from
 * DRL as well: {@code insert(Dsl.level(kcontext, "客户服务部经理", "沟通能力", "3").mustHave());}.
 * Each fact records the rule that declared it (package, name, and which of its sentences,
 * for the line). A rule with the metadata {@code @default} ({@code rule "…" @default})
 * declares default minimums, for the customer to tune.
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

	/** A role that exists only in the rules ({@link RoleDefinition}). */
	public static RoleDefinition role(RuleContext ctx, String id, String zh, String en) {
		return new RoleDefinition(id.strip(), zh.strip(), en.strip(), name(ctx));
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
		return sourcesFor(ctx, null, sources, evidenceMinSentences, evidenceMinConfidence);
	}

	/**
	 * A source policy for one role family, role or competency ({@code scope}); the global
	 * one when {@code scope} is {@code null}.
	 */
	public static SourcePolicy sourcesFor(RuleContext ctx, String scope, String sources, int evidenceMinSentences,
			double evidenceMinConfidence) {
		List<String> order = Arrays.stream(sources.split("[>,]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		return new SourcePolicy(name(ctx), scope == null ? null : scope.strip(), order, evidenceMinSentences,
				evidenceMinConfidence);
	}

	/**
	 * A readiness band that declares whether it counts as "ready soon" for bench
	 * strength.
	 */
	public static ReadinessBand band(RuleContext ctx, int order, String code, String zh, String en, int maxMustHaveGaps,
			int maxGaps, int maxGapLevels, boolean readySoon) {
		return new ReadinessBand(name(ctx), order, code.strip(), zh.strip(), en.strip(), maxMustHaveGaps, maxGaps,
				maxGapLevels, readySoon);
	}

	/**
	 * How a ranking orders people equal in eligibility, score and readiness
	 * ({@link RankingOrder}).
	 */
	public static RankingOrder rankBy(RuleContext ctx, String criteria, int cap) {
		return new RankingOrder(name(ctx), criteria, cap);
	}

	/** The role levels of one family, low to high ({@link Ladder}). */
	public static Ladder ladder(RuleContext ctx, String name, String steps) {
		return new Ladder(name(ctx), name.strip(), steps);
	}

	private static String name(RuleContext ctx) {
		return ctx.getRule().getName();
	}

	/**
	 * A row of a readiness table assigns {@code band} to a point of the readiness space.
	 */
	public static void bandFor(RuleContext ctx, BandCase point, String band) {
		point.assigned.add(new String[] { band.strip(), ctx.getRule().getPackageName(), ctx.getRule().getName() });
	}

	/**
	 * A readiness band without limits, for a readiness decision table that decides the
	 * band ({@code readySoon}: it counts for bench strength).
	 */
	public static ReadinessBand bandName(RuleContext ctx, int order, String code, String zh, String en,
			boolean readySoon) {
		return new ReadinessBand(name(ctx), order, code.strip(), zh.strip(), en.strip(), Integer.MAX_VALUE,
				Integer.MAX_VALUE, Integer.MAX_VALUE, readySoon);
	}

	/** The rule firing of the last declaration on this thread, and how many it made. */
	private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[2]);

	private static Requirement defaults(RuleContext ctx, Requirement r) {
		Object[] last = LAST.get();
		Object match = ctx.getMatch();
		int n = last[0] == match ? (Integer) last[1] : 0;
		last[0] = match;
		last[1] = n + 1;
		r.declaredBy(ctx.getRule().getPackageName(), n);
		return ctx.getRule().getMetaData().containsKey("default") ? r.asDefault() : r;
	}

}
