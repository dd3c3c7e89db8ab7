package com.talentmatch.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.talentmatch.candidates.Candidate;
import com.talentmatch.rules.Evaluation;
import com.talentmatch.rules.Outcome;
import com.talentmatch.rules.RankingPolicy;
import com.talentmatch.rules.ResolvedRequirement;
import com.talentmatch.rules.facts.ReadinessBand;
import com.talentmatch.rules.facts.Requirement;

/**
 * Each criterion of the ranking order decides exactly at its boundary: two people who
 * differ by the least amount in one criterion, and are equal in every one before it.
 */
class RankOrderTest {

	static final List<ReadinessBand> BANDS = List.of(
			new ReadinessBand("b1", 1, "ready-now", "现在就绪", "ready now", 0, 0, 0),
			new ReadinessBand("b2", 2, "ready-1-2y", "1-2年内就绪", "ready in 1-2 years", 0, 9, 9));

	static final List<String> SOURCES = List.of("assessment", "manager", "360", "self", "evidence");

	static ResolvedRequirement level(String name, double weight) {
		return new ResolvedRequirement(Requirement.Kind.LEVEL, name, "m/" + name, name, "2", 2, false, weight, null, 0,
				false, "r", "rule " + name, "rules/t.dslr", 1);
	}

	static final ResolvedRequirement A = level("沟通能力", 1);

	static final ResolvedRequirement B = level("客户导向", 1);

	/**
	 * One person: levels above (+) or below (−) the minimum 2 of A and B, from sources.
	 */
	static Person person(String id) {
		return new Person(id);
	}

	static final class Person {

		final String id;

		double score = 100;

		boolean eligible = true;

		String band = "ready-now";

		int[] excess = { 0, 0 };

		String[] source = { "manager", "manager" };

		double evidence = 0;

		String evidenceFor = "m/沟通能力";

		int sentences = 1;

		LocalDate assessedOn;

		Integer performance;

		Integer potential;

		Person(String id) {
			this.id = id;
		}

		Person excess(int a, int b) {
			excess = new int[] { a, b };
			return this;
		}

		Person sources(String a, String b) {
			source = new String[] { a, b };
			return this;
		}

		RankingService.Judged judged() {
			List<Outcome> outcomes = new ArrayList<>();
			ResolvedRequirement[] reqs = { A, B };
			for (int i = 0; i < 2; i++) {
				boolean met = excess[i] >= 0;
				outcomes.add(new Outcome(reqs[i], met, met ? 0 : -excess[i], String.valueOf(2 + excess[i]), source[i],
						null, met ? excess[i] : 0));
			}
			Evaluation e = new Evaluation(id, "r", "r", "v", eligible, score, band, band, band, null, 0, 0, 0,
					outcomes);
			List<Candidate.Level> levels = List.of(
					new Candidate.Level("m/沟通能力", String.valueOf(2 + excess[0]), source[0], assessedOn),
					new Candidate.Level("m/客户导向", String.valueOf(2 + excess[1]), source[1], assessedOn));
			Candidate c = new Candidate(id, id, "internal", null, null, performance, potential, List.of(), Map.of(),
					levels);
			Map<String, List<EvidenceLevels.Sentence>> why = evidence == 0 ? Map.of()
					: Map.of(evidenceFor, java.util.Collections.nCopies(sentences,
							new EvidenceLevels.Sentence("s", "s", "i", "i", evidence)));
			return new RankingService.Judged(c, e, why, null);
		}

	}

	static RankOrder order(boolean belowTop) {
		return new RankOrder(RankingPolicy.DEFAULT, BANDS, belowTop, SOURCES);
	}

	/**
	 * The ids in ranking order, and the criterion that put the first above the second.
	 */
	static String decide(RankOrder order, Person first, Person second) {
		List<RankOrder.Ranked> sorted = order.sort(List.of(second.judged(), first.judged()));
		assertThat(sorted).extracting(RankOrder.Ranked::id).containsExactly(first.id, second.id);
		Placement above = order.place(sorted.get(0), sorted.get(1), true);
		Placement below = order.place(sorted.get(1), sorted.get(0), false);
		assertThat(above.candidateId()).isEqualTo(second.id);
		assertThat(below.candidateId()).isEqualTo(first.id);
		assertThat(below.criterion()).isEqualTo(above.criterion());
		return above.criterion() + ": " + above.en();
	}

	@Test
	void theSortGivesTheComparatorsOrderOnAPoolFullOfTies() {
		java.util.Random random = new java.util.Random(13);
		String[] sources = { "assessment", "manager", "360", "self", "evidence", null };
		List<RankingService.Judged> pool = new ArrayList<>();
		for (int i = 0; i < 3_000; i++) {
			Person p = person(String.format("P%04d", random.nextInt(10_000))).excess(random.nextInt(4) - 1,
					random.nextInt(4) - 1);
			p.eligible = random.nextInt(5) > 0;
			p.score = 90 + random.nextInt(3) * 0.5;
			p.band = random.nextBoolean() ? "ready-now" : random.nextBoolean() ? "ready-1-2y" : "not-ready";
			p.source = new String[] { sources[random.nextInt(6)], sources[random.nextInt(6)] };
			p.evidence = random.nextInt(3) * 0.25;
			p.evidenceFor = random.nextBoolean() ? "m/沟通能力" : "m/客户导向";
			p.sentences = 1 + random.nextInt(2);
			p.assessedOn = random.nextBoolean() ? null : LocalDate.of(2026, 1 + random.nextInt(2), 1);
			p.performance = random.nextBoolean() ? null : 1 + random.nextInt(3);
			p.potential = random.nextBoolean() ? null : 1 + random.nextInt(3);
			pool.add(p.judged());
		}
		for (boolean belowTop : new boolean[] { false, true }) {
			RankOrder order = order(belowTop);
			List<RankOrder.Ranked> sorted = order.sort(pool);
			List<RankOrder.Ranked> expected = new ArrayList<>(sorted);
			java.util.Collections.shuffle(expected, random);
			expected.sort(order.comparator());
			assertThat(sorted).extracting(r -> r.judged())
				.containsExactlyElementsOf(expected.stream().map(RankOrder.Ranked::judged).toList());
		}
	}

	@Test
	void eligibilityScoreAndBandComeFirst() {
		Person p = person("P2");
		p.eligible = false;
		assertThat(decide(order(false), person("P9").excess(0, 0), p))
			.isEqualTo("eligible: above P2: eligible, P2 is not");
		Person q = person("Q1").excess(1, 1);
		q.score = 94.4;
		Person r = person("Q2");
		r.score = 94.5;
		assertThat(decide(order(false), r, q)).isEqualTo("score: above Q1: higher fit score (94.5 vs 94.4)");
		Person s = person("S1").excess(1, 1);
		s.band = "ready-1-2y";
		assertThat(decide(order(false), person("S2"), s))
			.isEqualTo("band: above S1: readier (ready now vs ready in 1-2 years)");
	}

	@Test
	void closenessCountsOnlyLevelsBeyondTheCreditAndOnlyBelowTheTopOfALadder() {
		// +2 on one requirement is one level beyond the credit of 1: 0.5 on average
		assertThat(decide(order(true), person("Z9").excess(1, 1), person("Z1").excess(2, 1)))
			.isEqualTo("closeness: above Z1: closer to the role's level (0.0 vs 0.5 levels beyond the credit)");
		// exactly at the credit (+1) is not beyond it: exceeding decides instead
		assertThat(decide(order(true), person("Y9").excess(1, 1), person("Y1").excess(1, 0))).startsWith("exceeding: ");
		// at the top of a ladder (or on none) being two levels above is no drawback
		assertThat(decide(order(false), person("X9").excess(2, 1), person("X1").excess(1, 1)))
			.startsWith("profile: above X1: higher on 沟通能力 (+2 vs +1)");
	}

	@Test
	void exceedingIsBoundedByTheCap() {
		assertThat(decide(order(false), person("E9").excess(1, 0), person("E1").excess(0, 0))).isEqualTo(
				"exceeding: above E1: exceeds the minimums by more (0.5 vs 0.0 levels on average, at most 1 each)");
		RankOrder cap2 = new RankOrder(new RankingPolicy(RankingPolicy.DEFAULT.criteria(), 2, null, null, 0), BANDS,
				false, SOURCES);
		assertThat(decide(cap2, person("F9").excess(2, 0), person("F1").excess(1, 0))).startsWith("exceeding: ");
	}

	@Test
	void reliabilityFollowsTheSourcePrecedence() {
		assertThat(decide(order(false), person("R9").sources("assessment", "self"),
				person("R1").sources("manager", "manager")))
			.isEqualTo("reliability: above R1: more levels from the assessment centre (1 vs 0)");
		assertThat(decide(order(false), person("T9").sources("360", "360"), person("T1").sources("360", "self")))
			.isEqualTo("reliability: above T1: more levels from 360 reviews (2 vs 1)");
		assertThat(decide(order(false), person("K9").sources("assessment", "self"),
				person("K1").sources("self", "assessment")))
			.as("equal counts: the first requirement's source decides")
			.isEqualTo("reliability: above K1: a more reliable source for 沟通能力 (assessment vs self)");
	}

	@Test
	void evidenceRecencyProfileAndRatingsBreakLaterTies() {
		Person e1 = person("V9");
		e1.evidence = 0.81;
		Person e2 = person("V1");
		e2.evidence = 0.8;
		assertThat(decide(order(false), e1, e2)).isEqualTo("evidence: above V1: stronger evidence (0.81 vs 0.8)");
		Person w1 = person("W9");
		w1.evidence = 0.5;
		w1.evidenceFor = "m/客户导向";
		Person w2 = person("W1");
		w2.evidence = 0.5;
		assertThat(decide(order(false), w2, w1)).as("equal sums: the first requirement's evidence decides")
			.isEqualTo("evidence: above W9: stronger evidence for 沟通能力 (0.5 vs 0.0)");
		Person n1 = person("N9");
		n1.evidence = 0.5;
		n1.sentences = 2;
		Person n2 = person("N1");
		n2.evidence = 0.5;
		assertThat(decide(order(false), n1, n2)).as("equal best sentences: the number of sentences decides")
			.isEqualTo("evidence: above N1: more evidence sentences (2 vs 1)");
		Person d1 = person("D9");
		d1.assessedOn = LocalDate.of(2026, 10, 2);
		Person d2 = person("D1");
		d2.assessedOn = LocalDate.of(2026, 10, 1);
		assertThat(decide(order(false), d1, d2))
			.isEqualTo("recency: above D1: more recent assessment or evidence (2026-10-02 vs 2026-10-01)");
		assertThat(decide(order(false), person("G9").excess(1, 0), person("G1").excess(0, 1)))
			.isEqualTo("profile: above G1: higher on 沟通能力 (+1 vs 0)");
		Person r1 = person("H9");
		r1.performance = 2;
		Person r2 = person("H1");
		r2.performance = 1;
		assertThat(decide(order(false), r1, r2)).isEqualTo("ratings: above H1: higher performance (2 vs 1)");
		Person u1 = person("U9");
		u1.potential = 1;
		assertThat(decide(order(false), u1, person("U1"))).isEqualTo("ratings: above U1: higher potential (1 vs —)");
	}

	@Test
	void peopleEqualInEveryCriterionAreOrderedById() {
		assertThat(decide(order(false), person("E0001"), person("E0002")))
			.isEqualTo("id: above E0002: equal in every criterion; by id");
	}

	@Test
	void theRulesDecideTheOrderOfTheTieBreakers() {
		Person assessed = person("A9").sources("assessment", "assessment");
		Person exceeding = person("A1").excess(1, 1);
		assertThat(decide(order(false), exceeding, assessed)).startsWith("exceeding: ");
		RankOrder reliabilityFirst = new RankOrder(
				new RankingPolicy(List.of(RankingPolicy.Criterion.RELIABILITY, RankingPolicy.Criterion.EXCEEDING), 1,
						null, null, 0),
				BANDS, false, SOURCES);
		assertThat(decide(reliabilityFirst, assessed, exceeding)).startsWith("reliability: ");
	}

	@Test
	void theNeighbourBelowIsToldWhyInBothLanguages() {
		RankOrder order = order(false);
		List<RankOrder.Ranked> sorted = order
			.sort(List.of(person("B1").judged(), person("B9").sources("assessment", "manager").judged()));
		Placement below = order.place(sorted.get(1), sorted.get(0), false);
		assertThat(below.en()).isEqualTo("below B9 — B9: more levels from the assessment centre (1 vs 0)");
		assertThat(below.zh()).isEqualTo("排在 B9 之后 — B9: 来自测评中心的等级更多 (1 对 0)");
	}

}
