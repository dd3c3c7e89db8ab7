package com.talentmatch.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.talentmatch.rules.facts.ReadinessBand;
import com.talentmatch.rules.facts.Rescorer;
import com.talentmatch.rules.facts.Requirement;

/**
 * The scoring function, as {@code rules/README.md} ("How a result is computed") documents
 * it. From the outcomes of a role's requirements:
 * <ul>
 * <li>a requirement is satisfied when met or waived by a rule;</li>
 * <li>the requirements of an alternative group count once, with the weight and must-have
 * of its first requirement: satisfied when every requirement of one option is;</li>
 * <li>eligible: no unsatisfied must-have;</li>
 * <li>score: 100 × Σ weight × credit / Σ weight, one decimal; credit is 1 when satisfied,
 * else the share of the minimum reached ((minimum − gap) / minimum), for a group its best
 * option's average;</li>
 * <li>band: the readiness table's row that covers the result (unsatisfied must-haves,
 * unsatisfied requirements, largest level gap, performance) when the rules have one; else
 * the first declared band (in order) whose limits the result is within, else
 * {@code not-ready}; a band a rule set replaces it.</li>
 * </ul>
 * Rules' points are added by {@link com.talentmatch.rules.facts.Assessment} (within
 * 0–100).
 */
final class Scoring {

	/** The band when no declared band applies. */
	static final String NOT_READY = Evaluation.NOT_READY;

	/** One requirement's outcome as scoring reads it. */
	interface Item {

		Requirement.Kind kind();

		boolean satisfied();

		double gap();

		boolean mustHave();

		double weight();

		String group();

		int option();

		double minimumRank();

	}

	private Scoring() {
	}

	/**
	 * The result; the band from {@code table} (a readiness decision table, with the
	 * candidate's {@code performance}) when there is one, else from the bands' limits.
	 */
	static Rescorer.Score score(List<? extends Item> items, List<ReadinessBand> bands, BandTable table,
			Integer performance, String explicitBand) {
		double weights = 0;
		double earned = 0;
		int mustHaveGaps = 0;
		int gaps = 0;
		int largest = 0;
		for (Item o : items) {
			if (o.group() != null) {
				continue;
			}
			weights += o.weight();
			earned += o.weight() * credit(o);
			if (!o.satisfied()) {
				gaps++;
				mustHaveGaps += o.mustHave() ? 1 : 0;
				if (o.kind() == Requirement.Kind.LEVEL) {
					largest = Math.max(largest, (int) Math.ceil(o.gap()));
				}
			}
		}
		for (Map<Integer, List<Item>> options : Scoring.<Item>alternatives(items).values()) {
			boolean met = options.values().stream().anyMatch(os -> os.stream().allMatch(Item::satisfied));
			double best = options.values()
				.stream()
				.mapToDouble(os -> os.stream().mapToDouble(Scoring::credit).average().orElse(0))
				.max()
				.orElse(0);
			Item first = options.values().iterator().next().get(0);
			weights += first.weight();
			earned += first.weight() * (met ? 1 : best);
			if (!met) {
				gaps++;
				mustHaveGaps += first.mustHave() ? 1 : 0;
			}
		}
		double score = weights == 0 ? 100 : Math.round(1000 * earned / weights) / 10.0;
		String band = explicitBand;
		if (band == null && table != null) {
			band = table.band(mustHaveGaps, gaps, largest, performance);
		}
		else if (band == null) {
			ReadinessBand b = band(bands, mustHaveGaps, gaps, largest);
			band = b == null ? NOT_READY : b.getCode();
		}
		return new Rescorer.Score(mustHaveGaps == 0, score, mustHaveGaps, gaps, largest, band);
	}

	/**
	 * The requirements of each alternative group (or combination) by option, groups and
	 * options in the order of their first requirement; ungrouped requirements are left
	 * out. Empty, without allocating, when no requirement has a group.
	 */
	static <T extends Item> Map<String, Map<Integer, List<T>>> alternatives(List<? extends T> items) {
		Map<String, Map<Integer, List<T>>> groups = null;
		for (T o : items) {
			if (o.group() != null) {
				if (groups == null) {
					groups = new LinkedHashMap<>();
				}
				groups.computeIfAbsent(o.group(), g -> new LinkedHashMap<>())
					.computeIfAbsent(o.option(), k -> new ArrayList<>())
					.add(o);
			}
		}
		return groups == null ? Map.of() : groups;
	}

	/** The first band whose limits these counts are within, or {@code null}. */
	static ReadinessBand band(List<ReadinessBand> bands, int mustHaveGaps, int gaps, int largest) {
		for (ReadinessBand b : bands) {
			if (mustHaveGaps <= b.getMaxMustHaveGaps() && gaps <= b.getMaxGaps() && largest <= b.getMaxGapLevels()) {
				return b;
			}
		}
		return null;
	}

	/** Share of the requirement reached: 1 when satisfied, else actual / minimum. */
	static double credit(Item o) {
		if (o.satisfied()) {
			return 1;
		}
		double min = o.minimumRank();
		return min <= 0 ? 0 : Math.max(0, (min - o.gap()) / min);
	}

}
