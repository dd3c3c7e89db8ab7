package com.talentmatch.fairness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The report's figures against examples computed by hand. Each row reads
 * {@code group people selected rate ratio flag status}.
 */
class ImpactCalculatorTest {

	final List<ImpactCalculator.Outcome> outcomes = new ArrayList<>();

	final Map<String, SelfIdentification> answers = new HashMap<>();

	/**
	 * Adds {@code people} people of whom {@code selected} were selected; {@code code} is
	 * their answer, {@code null} for a form without this answer, {@code "-"} for no form.
	 */
	void add(Dimension d, String code, int people, int selected) {
		for (int i = 0; i < people; i++) {
			String id = "p" + outcomes.size();
			outcomes.add(new ImpactCalculator.Outcome(id, i < selected));
			if (!"-".equals(code)) {
				Map<String, String> a = new HashMap<>();
				a.put(d.column(), code);
				answers.put(id, new SelfIdentification(id, a, "test", Instant.EPOCH));
			}
		}
	}

	List<String> rows(Dimension d, int minGroupSize) {
		return ImpactCalculator.dimension(d, outcomes, answers, minGroupSize)
			.groups()
			.stream()
			.map(g -> g.group() + " " + g.people() + " " + g.selected() + " " + g.selectionRate() + " "
					+ g.impactRatio() + " " + (g.belowFourFifths() ? "FLAG" : "-") + " " + g.status())
			.toList();
	}

	@Test
	void ratesAndRatiosAgainstTheHighestJudgedGroupWithSmallAndUnstatedGroupsApart() {
		add(Dimension.GENDER, "female", 20, 8);
		add(Dimension.GENDER, "male", 25, 15);
		add(Dimension.GENDER, "non-binary", 3, 3);
		add(Dimension.GENDER, Dimension.DECLINED, 4, 1);
		add(Dimension.GENDER, null, 2, 1);
		add(Dimension.GENDER, "-", 4, 1);
		// reference: male 15/25 = 0.6 (non-binary 3/3 is too small to be the reference)
		// female 8/20 = 0.4, 0.4 / 0.6 = 0.6667 < 0.8; not provided 2/6 = 0.3333, 0.3333
		// / 0.6 = 0.5556
		assertThat(rows(Dimension.GENDER, 5)).containsExactly("male 25 15 0.6 1.0 - reference",
				"female 20 8 0.4 0.6667 FLAG below-four-fifths", "non-binary 3 3 1.0 1.6667 - too-small",
				"not provided 6 2 0.3333 0.5556 - not-stated", "declined 4 1 0.25 0.4167 - not-stated");
		assertThat(ImpactCalculator.dimension(Dimension.GENDER, outcomes, answers, 5).referenceRate()).isEqualTo(0.6);
		// with groups of 3 judged, non-binary 3/3 = 1.0 becomes the reference: male 0.6
		// is flagged too
		assertThat(rows(Dimension.GENDER, 3)).containsExactly("male 25 15 0.6 0.6 FLAG below-four-fifths",
				"female 20 8 0.4 0.4 FLAG below-four-fifths", "non-binary 3 3 1.0 1.0 - reference",
				"not provided 6 2 0.3333 0.3333 - not-stated", "declined 4 1 0.25 0.25 - not-stated");
		// nobody answered the other questions
		assertThat(rows(Dimension.RELIGION, 5)).containsExactly("not provided 58 29 0.5 null - not-stated");
	}

	@Test
	void anImpactRatioOfExactlyFourFifthsIsNotFlagged() {
		add(Dimension.ETHNICITY, "a", 10, 5);
		add(Dimension.ETHNICITY, "b", 10, 4);
		add(Dimension.ETHNICITY, "c", 20, 7);
		add(Dimension.ETHNICITY, "-", 18, 13);
		// a 0.5 is the reference; b 0.4 / 0.5 = 0.8 exactly; c 0.35 / 0.5 = 0.7
		assertThat(rows(Dimension.ETHNICITY, 5)).containsExactly("c 20 7 0.35 0.7 FLAG below-four-fifths",
				"a 10 5 0.5 1.0 - reference", "b 10 4 0.4 0.8 - within-four-fifths",
				"not provided 18 13 0.7222 1.4444 - not-stated");
	}

	@Test
	void withoutAJudgedGroupSelectingAnyoneThereIsNoRatio() {
		add(Dimension.AGE_BAND, "under-30", 6, 0);
		add(Dimension.AGE_BAND, "30-39", 7, 0);
		add(Dimension.AGE_BAND, "40+", 2, 2);
		assertThat(rows(Dimension.AGE_BAND, 5)).containsExactly("30-39 7 0 0.0 null - no-reference",
				"under-30 6 0 0.0 null - no-reference", "40+ 2 2 1.0 null - too-small");
		assertThat(ImpactCalculator.dimension(Dimension.AGE_BAND, outcomes, answers, 5).referenceRate()).isEqualTo(0.0);
		assertThat(rows(Dimension.MARITAL_STATUS, 5)).containsExactly("not provided 15 2 0.1333 null - not-stated");
		assertThat(ImpactCalculator.dimension(Dimension.MARITAL_STATUS, outcomes, answers, 5).referenceRate()).isNull();
	}

	@Test
	void tiedHighestGroupsAreBothTheReference() {
		add(Dimension.GENDER, "f", 10, 6);
		add(Dimension.GENDER, "m", 5, 3);
		add(Dimension.GENDER, "x", 8, 2);
		assertThat(rows(Dimension.GENDER, 5)).containsExactly("f 10 6 0.6 1.0 - reference",
				"x 8 2 0.25 0.4167 FLAG " + "below-four-fifths", "m 5 3 0.6 1.0 - reference");
	}

}
