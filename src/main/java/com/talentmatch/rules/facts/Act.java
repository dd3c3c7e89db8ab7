package com.talentmatch.rules.facts;

import java.util.Locale;

import org.kie.api.runtime.KieRuntime;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What a per-candidate rule may do (the DSL's action sentences expand to these): waive a
 * requirement with a reason, make it a must-have or change its weight for this candidate,
 * add or subtract points with a reason, set the band with a reason, flag for calibration,
 * require a human review. Each action is recorded as an {@link Adjustment} shown in the
 * explanation; the result is recomputed and the facts are updated in the session, so that
 * other rules see the change. The same rule applies the same action to the same candidate
 * once. Requirement names, bands and reasons are checked when the rule set is built.
 */
public final class Act {

	private Act() {
	}

	/** Waives requirement {@code requirement} for this candidate. */
	public static void waive(RuleContext ctx, Case c, String requirement, String reason) {
		reason(reason, "waive");
		for (RequirementResult r : c.results()) {
			if (r.is(requirement) && r.waiver == null && once(ctx, c, "waive", requirement)) {
				r.waiver = reason.strip();
				record(ctx, c, "waive", requirement, null, reason);
				changed(ctx, r, "waived", "waiver", "satisfied");
			}
		}
	}

	/** Makes requirement {@code requirement} a must-have for this candidate. */
	public static void mustHave(RuleContext ctx, Case c, String requirement, String reason) {
		reason(reason, "make a must-have");
		for (RequirementResult r : c.results()) {
			if (r.is(requirement) && !r.mustHave && once(ctx, c, "must-have", requirement)) {
				r.mustHave = true;
				record(ctx, c, "must-have", requirement, "true", reason);
				changed(ctx, r, "mustHave");
			}
		}
	}

	/** Sets the weight of requirement {@code requirement} for this candidate. */
	public static void weight(RuleContext ctx, Case c, String requirement, double weight, String reason) {
		reason(reason, "change a weight");
		if (!(weight >= 0) || weight > 1000) {
			throw new IllegalArgumentException("a weight must be between 0 and 1000, got " + weight);
		}
		for (RequirementResult r : c.results()) {
			if (r.is(requirement) && r.weight != weight && once(ctx, c, "weight", requirement)) {
				r.weight = weight;
				record(ctx, c, "weight", requirement, format(weight), reason);
				changed(ctx, r, "weight");
			}
		}
	}

	/** Adds {@code points} (negative: subtracts) to the fit score, kept within 0–100. */
	public static void score(RuleContext ctx, Case c, double points, String reason) {
		reason(reason, "change the score");
		if (Double.isNaN(points) || Math.abs(points) > 100) {
			throw new IllegalArgumentException("points must be between -100 and 100, got " + points);
		}
		if (once(ctx, c, "score", null)) {
			c.scoreDelta += points;
			record(ctx, c, "score", null, (points > 0 ? "+" : "") + format(points), reason);
			rescore(ctx, c);
		}
	}

	/** Sets the readiness band; a band a rule set stays whatever else changes. */
	public static void band(RuleContext ctx, Case c, String band, String reason) {
		reason(reason, "set the band");
		if (!c.rescorer.isBand(band)) {
			throw new IllegalArgumentException("'" + band + "' is not a declared readiness band");
		}
		if (!band.equals(c.explicitBand) && once(ctx, c, "band", band)) {
			c.explicitBand = band;
			c.assessment.changedBy = ctx.getRule().getName();
			record(ctx, c, "band", null, band, reason);
			rescore(ctx, c);
		}
	}

	/** Flags the candidate for calibration. */
	public static void flag(RuleContext ctx, Case c, String reason) {
		reason(reason, "flag for calibration");
		if (once(ctx, c, "calibration", null)) {
			c.assessment.calibration = true;
			record(ctx, c, "calibration", null, null, reason);
			update(ctx, c.assessment, "calibration");
		}
	}

	/** Asks for a human review of this candidate's result. */
	public static void review(RuleContext ctx, Case c, String reason) {
		reason(reason, "require a review");
		if (once(ctx, c, "review", null)) {
			c.assessment.review = true;
			record(ctx, c, "review", null, null, reason);
			update(ctx, c.assessment, "review");
		}
	}

	private static void reason(String reason, String what) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("a rule must give a reason to " + what);
		}
	}

	private static boolean once(RuleContext ctx, Case c, String action, String target) {
		return c.applied.add(ctx.getRule().getPackageName() + "\u0000" + ctx.getRule().getName() + "\u0000" + action
				+ "\u0000" + target);
	}

	private static void record(RuleContext ctx, Case c, String action, String target, String value, String reason) {
		c.adjustments.add(new Adjustment(ctx.getRule().getName(), ctx.getRule().getPackageName(), action, target, value,
				reason.strip(), null, 0));
	}

	private static void changed(RuleContext ctx, RequirementResult r, String... properties) {
		update(ctx, r, properties);
		rescore(ctx, r.getSubject());
	}

	private static void rescore(RuleContext ctx, Case c) {
		c.assessment.apply(c.rescorer.rescore(c.results(), c.explicitBand, c.assessment.getPerformance()));
		update(ctx, c.assessment, "eligible", "score", "mustHaveGaps", "gaps", "largestGap", "band", "changedBy");
	}

	private static void update(RuleContext ctx, Object fact, String... properties) {
		KieRuntime runtime = ctx.getKieRuntime();
		FactHandle handle = runtime.getFactHandle(fact);
		if (handle != null) {
			runtime.update(handle, fact, properties);
		}
	}

	private static String format(double d) {
		return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%s", d);
	}

}
