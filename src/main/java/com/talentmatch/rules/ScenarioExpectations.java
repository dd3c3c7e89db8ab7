package com.talentmatch.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.nodes.Node;

/**
 * What a scenario's {@code expect} may say, and how each key is compared with the
 * evaluation. A key is one entry of {@link #CHECKS}: its name and its check. A mismatch
 * names the line of the expectation, what was expected and what came out.
 */
final class ScenarioExpectations {

	/** One expectation key's check of an evaluation. */
	@FunctionalInterface
	interface Check {

		void apply(Evaluation evaluation, Node value, Judge judge);

	}

	private static final Map<String, Check> CHECKS = Map.ofEntries(
	// @formatter:off
			Map.entry("eligible", ScenarioExpectations::eligible),
			Map.entry("band", ScenarioExpectations::band),
			Map.entry("score", ScenarioExpectations::score),
			Map.entry("met", ScenarioExpectations::met),
			Map.entry("gaps", ScenarioExpectations::gaps),
			Map.entry("waived", ScenarioExpectations::waived),
			Map.entry("flags", ScenarioExpectations::flags),
			Map.entry("review", ScenarioExpectations::review),
			Map.entry("adjustedBy", ScenarioExpectations::adjustedBy));
			// @formatter:on

	/** The keys {@code expect} allows. */
	static final Set<String> KEYS = CHECKS.keySet();

	private ScenarioExpectations() {
	}

	/**
	 * Compares every expectation with the evaluation; mismatches go to the judge.
	 */
	static void check(Evaluation e, Map<String, Node> expect, Judge judge) {
		expect.forEach((key, value) -> CHECKS.get(key).apply(e, value, judge.at("expect." + key)));
	}

	private static void eligible(Evaluation e, Node value, Judge j) {
		Boolean want = j.nodes().bool(value, j.field());
		if (want != null && want != e.eligible()) {
			j.mismatch(value, want, e.eligible(), "eligible: expected " + want + ", got " + e.eligible());
		}
	}

	private static void band(Evaluation e, Node value, Judge j) {
		String want = j.nodes().string(value, j.field());
		if (want != null && !want.equals(e.band())) {
			j.mismatch(value, want, e.band(), "band: expected " + want + ", got " + e.band() + " (" + e.gaps()
					+ " gaps, " + e.mustHaveGaps() + " must-have gaps, largest " + e.largestGap() + ")");
		}
	}

	private static void score(Evaluation e, Node value, Judge j) {
		Double want = j.nodes().number(value, j.field());
		if (want != null && Math.abs(want - e.score()) > 0.05) {
			j.mismatch(value, number(want), number(e.score()),
					"score: expected " + number(want) + ", got " + number(e.score()));
		}
	}

	private static void met(Evaluation e, Node value, Judge j) {
		for (Node item : j.nodes().sequence(value, j.field())) {
			String target = j.nodes().string(item, j.field());
			Outcome o = target == null ? null : j.outcome(e, target, item);
			if (o != null && !o.met()) {
				j.mismatch(item, "met", o.reasonEn(), target + ": expected met, got " + o.reasonEn());
			}
		}
	}

	private static void gaps(Evaluation e, Node value, Judge j) {
		j.nodes().mapping(value, j.field(), null).forEach((target, gap) -> {
			Double want = j.nodes().number(gap, j.field() + "." + target);
			Outcome o = want == null ? null : j.outcome(e, target, gap);
			if (o != null && (o.met() || Math.abs(o.gap() - want) > 1e-9)) {
				j.mismatch(gap, "a gap of " + number(want), o.reasonEn(),
						target + ": expected a gap of " + number(want) + ", got " + o.reasonEn());
			}
		});
	}

	/** {@code 50} for 50.0, {@code 83.3} otherwise. */
	private static String number(double d) {
		return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(Math.round(d * 10) / 10.0);
	}

	/** The requirements waived for this person: exactly these. */
	private static void waived(Evaluation e, Node value, Judge j) {
		java.util.Set<String> want = new java.util.TreeSet<>();
		for (Node item : j.nodes().sequence(value, j.field())) {
			String target = j.nodes().string(item, j.field());
			Outcome o = target == null ? null : j.outcome(e, target, item);
			if (o != null) {
				want.add(o.requirement().target());
				if (o.waiver() == null) {
					j.mismatch(item, "waived", o.reasonEn(), target + ": expected waived, got " + o.reasonEn());
				}
			}
		}
		for (Outcome o : e.outcomes()) {
			if (o.waiver() != null && !want.contains(o.requirement().target())) {
				j.mismatch(value, want, o.requirement().written(), o.requirement().written() + " was waived ("
						+ o.waiver() + "), which the scenario does not expect");
			}
		}
	}

	/** The flags of the result: {@code calibration} and/or {@code review}, exactly. */
	private static void flags(Evaluation e, Node value, Judge j) {
		java.util.Set<String> want = new java.util.TreeSet<>();
		for (Node item : j.nodes().sequence(value, j.field())) {
			String flag = j.nodes().string(item, j.field());
			if (flag != null && !flag.equals("calibration") && !flag.equals("review")) {
				j.nodes().fail(item, j.field(), "unknown flag '" + flag + "'; flags are [calibration, review]");
			}
			else if (flag != null) {
				want.add(flag);
			}
		}
		java.util.Set<String> got = new java.util.TreeSet<>();
		if (e.calibration()) {
			got.add("calibration");
		}
		if (e.review()) {
			got.add("review");
		}
		if (!want.equals(got)) {
			j.mismatch(value, want, got, "flags: expected " + want + ", got " + got + " (" + adjustments(e) + ")");
		}
	}

	private static void review(Evaluation e, Node value, Judge j) {
		Boolean want = j.nodes().bool(value, j.field());
		if (want != null && want != e.review()) {
			j.mismatch(value, want, e.review(), "review: expected " + want + ", got " + e.review());
		}
	}

	/** The per-candidate rules that changed the result: exactly these rule names. */
	private static void adjustedBy(Evaluation e, Node value, Judge j) {
		java.util.Set<String> want = new java.util.TreeSet<>();
		for (Node item : j.nodes().sequence(value, j.field())) {
			String rule = j.nodes().string(item, j.field());
			if (rule != null) {
				want.add(rule);
			}
		}
		java.util.Set<String> got = new java.util.TreeSet<>();
		e.adjustments().forEach(a -> got.add(a.rule()));
		if (!want.equals(got)) {
			j.mismatch(value, want, got, "adjustedBy: expected " + want + ", got " + got + " (" + adjustments(e) + ")");
		}
	}

	private static String adjustments(Evaluation e) {
		return e.adjustments().isEmpty() ? "no rule adjusted the result"
				: e.adjustments()
					.stream()
					.map(a -> a.action() + " by rule \"" + a.rule() + "\" at " + a.file() + ":" + a.line())
					.toList()
					.toString();
	}

	/**
	 * Where the failures of one scenario go.
	 *
	 * @param nodes node reading, its failures the scenario's
	 * @param field the expectation being checked ({@code expect.band})
	 * @param failures the scenario's failures
	 */
	record Judge(ScenarioNodes nodes, String field, List<Scenarios.Failure> failures) {

		Judge at(String otherField) {
			return new Judge(nodes, otherField, failures);
		}

		void mismatch(Node at, Object expected, Object actual, String message) {
			failures.add(new Scenarios.Failure(ScenarioNodes.line(at), field, String.valueOf(expected),
					String.valueOf(actual), message));
		}

		/** The outcome of the requirement written {@code target}, or a failure. */
		Outcome outcome(Evaluation e, String target, Node at) {
			for (Outcome o : e.outcomes()) {
				ResolvedRequirement r = o.requirement();
				if (target.equals(r.written()) || target.equals(r.target()) || target.equals(r.targetName())) {
					return o;
				}
			}
			nodes.fail(at, field, target + ": role " + e.role() + " has no such requirement; it has "
					+ e.outcomes().stream().map(o -> o.requirement().target()).distinct().toList());
			return null;
		}
	}

}
