package com.talentmatch.fairness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts people and selections per group and judges each group against the highest rate
 * (the four-fifths rule). Rates are compared exactly (as fractions), then rounded to 4
 * places for display. Stateless.
 *
 * <pre>{@code
 * ImpactCalculator.dimension(Dimension.GENDER, outcomes, answers, 5)
 * // female 20 people, 8 selected: rate 0.4, ratio 0.6667 against male 0.6 → below-four-fifths
 * }</pre>
 */
final class ImpactCalculator {

	private ImpactCalculator() {
	}

	/**
	 * One person's result.
	 *
	 * @param candidateId the person
	 * @param selected whether they were selected
	 */
	record Outcome(String candidateId, boolean selected) {
	}

	/** Mutable tally of one group. */
	private static final class Tally {

		int people;

		int selected;

		/** This group's rate is higher than {@code other}'s, exactly. */
		boolean above(Tally other) {
			return (long) selected * other.people > (long) other.selected * people;
		}

	}

	static List<ImpactReport.DimensionImpact> all(List<Outcome> outcomes, Map<String, SelfIdentification> answers,
			int minGroupSize) {
		List<ImpactReport.DimensionImpact> out = new ArrayList<>();
		for (Dimension d : Dimension.values()) {
			out.add(dimension(d, outcomes, answers, minGroupSize));
		}
		return out;
	}

	static ImpactReport.DimensionImpact dimension(Dimension d, List<Outcome> outcomes,
			Map<String, SelfIdentification> answers, int minGroupSize) {
		Map<String, Tally> groups = new LinkedHashMap<>();
		for (Outcome o : outcomes) {
			Tally t = groups.computeIfAbsent(SelfIdentification.group(answers.get(o.candidateId()), d),
					k -> new Tally());
			t.people++;
			t.selected += o.selected() ? 1 : 0;
		}
		Tally reference = null;
		for (Map.Entry<String, Tally> g : groups.entrySet()) {
			if (judged(g.getKey(), g.getValue(), minGroupSize)
					&& (reference == null || g.getValue().above(reference))) {
				reference = g.getValue();
			}
		}
		boolean hasReference = reference != null && reference.selected > 0;
		List<ImpactReport.GroupImpact> rows = new ArrayList<>();
		for (Map.Entry<String, Tally> g : groups.entrySet()) {
			Tally t = g.getValue();
			Double ratio = hasReference
					? round((double) t.selected * reference.people / ((double) t.people * reference.selected)) : null;
			boolean judged = judged(g.getKey(), t, minGroupSize);
			// ratio < 0.8 exactly: 5 × selected × refPeople < 4 × refSelected × people
			boolean below = judged && hasReference
					&& 5L * t.selected * reference.people < 4L * reference.selected * t.people;
			rows.add(new ImpactReport.GroupImpact(g.getKey(), t.people, t.selected,
					round((double) t.selected / t.people), ratio, below,
					status(g.getKey(), t, judged, hasReference, reference, below).code()));
		}
		rows.sort(Comparator.comparing((ImpactReport.GroupImpact r) -> !stated(r.group()))
			.thenComparing(r -> -r.people())
			.thenComparing(ImpactReport.GroupImpact::group));
		return new ImpactReport.DimensionImpact(d.column(),
				reference == null ? null : round((double) reference.selected / reference.people), List.copyOf(rows));
	}

	private static GroupStatus status(String group, Tally t, boolean judged, boolean hasReference, Tally reference,
			boolean below) {
		if (!stated(group)) {
			return GroupStatus.NOT_STATED;
		}
		if (!judged) {
			return GroupStatus.TOO_SMALL;
		}
		if (!hasReference) {
			return GroupStatus.NO_REFERENCE;
		}
		if (!t.above(reference) && !reference.above(t)) {
			return GroupStatus.REFERENCE;
		}
		return below ? GroupStatus.BELOW_FOUR_FIFTHS : GroupStatus.WITHIN_FOUR_FIFTHS;
	}

	private static boolean stated(String group) {
		return !group.equals(Dimension.DECLINED) && !group.equals(Dimension.NOT_PROVIDED);
	}

	private static boolean judged(String group, Tally t, int minGroupSize) {
		return stated(group) && t.people >= minGroupSize;
	}

	private static double round(double x) {
		return Math.round(x * 10_000) / 10_000.0;
	}

}
