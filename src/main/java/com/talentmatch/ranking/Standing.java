package com.talentmatch.ranking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.talentmatch.candidates.Candidate;
import com.talentmatch.rules.Outcome;
import com.talentmatch.rules.RankingPolicy;
import com.talentmatch.rules.facts.Requirement;

/**
 * What orders one person among others equal in eligibility, fit score and readiness: the
 * value of each tie-breaker of {@link RankingPolicy}, as {@code rules/README.md} ("How a
 * ranking is ordered") defines them.
 *
 * @param closeness levels beyond the credit, weighted mean over the level and grade
 * requirements (counted only for a role below the top of its ladder; else 0); lower is
 * closer
 * @param exceeding credit for exceeding minimums: weighted mean of the levels (or grade
 * steps) above each minimum, at most the cap each
 * @param reliability how many of the levels that counted came from each source, in the
 * order of the source policy
 * @param sourceProfile per requirement, in the order of {@code profile}, the source of
 * the level that counted ({@code null} for none or not a level): which decides between
 * equal counts
 * @param evidence the best evidence sentence's score for each of the role's competencies,
 * summed
 * @param evidenceProfile per requirement, in the order of {@code profile}, the best
 * evidence sentence's score (0 without one): which decides between equal sums
 * @param evidenceSentences how many evidence sentences support the role's competencies:
 * which decides after that
 * @param recency the newest date of an assessment or evidence document behind the role's
 * competencies, or {@code null}
 * @param profile per requirement, heaviest first (then as declared), how far above (+) or
 * below (−) its minimum; the names alongside
 * @param profileNames the requirements of {@code profile}, in its order
 * @param performance performance rating (calibrated when calibrated), or {@code null}
 * @param potential potential rating (calibrated when calibrated), or {@code null}
 */
public record Standing(double closeness, double exceeding, Map<String, Integer> reliability, List<String> sourceProfile,
		double evidence, List<Double> evidenceProfile, int evidenceSentences, LocalDate recency, List<Double> profile,
		List<String> profileNames, Integer performance, Integer potential) {

	/**
	 * The standing of one judged person.
	 * @param policy the ranking order and cap
	 * @param belowTop whether the role is below the top of its ladder
	 * @param sources the source precedence, most reliable first
	 */
	static Standing of(RankingService.Judged j, RankingPolicy policy, boolean belowTop, List<String> sources) {
		int cap = policy.cap();
		List<Outcome> outcomes = j.evaluation().outcomes();
		double weights = 0;
		double credit = 0;
		double beyond = 0;
		for (Outcome o : outcomes) {
			if (o.requirement().group() == null && ranked(o)) {
				weights += o.requirement().weight();
				credit += o.requirement().weight() * Math.min(cap, o.excess());
				beyond += o.requirement().weight() * Math.max(0, o.excess() - cap);
			}
		}
		for (Map<Integer, List<Outcome>> options : Outcome.alternatives(outcomes).values()) {
			List<Outcome> first = options.values().iterator().next();
			if (options.values().stream().flatMap(List::stream).noneMatch(Standing::ranked)) {
				continue;
			}
			double weight = first.get(0).requirement().weight();
			weights += weight;
			double[] best = bestOption(options, cap);
			credit += weight * best[0];
			beyond += weight * best[1];
		}
		double exceeding = weights == 0 ? 0 : round(credit / weights, 100);
		double closeness = !belowTop || weights == 0 ? 0 : round(beyond / weights, 100);
		Map<String, Integer> reliability = new LinkedHashMap<>();
		sources.forEach(s -> reliability.put(s, 0));
		for (Outcome o : outcomes) {
			if (o.requirement().kind() == Requirement.Kind.LEVEL && o.actualSource() != null) {
				reliability.merge(o.actualSource(), 1, Integer::sum);
			}
		}
		double evidence = 0;
		int sentenceCount = 0;
		LocalDate recency = null;
		java.util.Set<String> competencies = new java.util.LinkedHashSet<>();
		for (Outcome o : outcomes) {
			if (o.requirement().kind() == Requirement.Kind.LEVEL) {
				competencies.add(o.requirement().target());
			}
		}
		for (String c : competencies) {
			List<EvidenceLevels.Sentence> sentences = j.evidence().get(c);
			if (sentences != null) {
				evidence += best(sentences);
				sentenceCount += sentences.size();
			}
		}
		for (Candidate.Level l : j.candidate().levels()) {
			if (l.assessedOn() != null && competencies.contains(l.competency())
					&& (recency == null || l.assessedOn().isAfter(recency))) {
				recency = l.assessedOn();
			}
		}
		if (j.evidenceDate() != null && !j.evidence().isEmpty()
				&& (recency == null || j.evidenceDate().isAfter(recency))) {
			recency = j.evidenceDate();
		}
		List<Outcome> byWeight = new ArrayList<>(outcomes);
		byWeight.sort(BY_WEIGHT);
		List<Double> profile = new ArrayList<>(byWeight.size());
		List<Double> evidenceProfile = new ArrayList<>(byWeight.size());
		List<String> sourceProfile = new ArrayList<>(byWeight.size());
		List<String> names = new ArrayList<>(byWeight.size());
		for (Outcome o : byWeight) {
			profile.add(round(o.excess() - o.gap(), 100));
			List<EvidenceLevels.Sentence> sentences = o.requirement().kind() == Requirement.Kind.LEVEL
					&& !j.evidence().isEmpty() ? j.evidence().get(o.requirement().target()) : null;
			evidenceProfile.add(sentences == null ? 0 : round(best(sentences), 1000));
			names.add(o.requirement().targetName());
			sourceProfile.add(o.requirement().kind() == Requirement.Kind.LEVEL ? o.actualSource() : null);
		}
		return new Standing(closeness, exceeding, reliability, java.util.Collections.unmodifiableList(sourceProfile),
				round(evidence, 1000), List.copyOf(evidenceProfile), sentenceCount, recency, List.copyOf(profile),
				List.copyOf(names), j.candidate().performance(), j.candidate().potential());
	}

	/** Heaviest first; equal weights as declared (the sort is stable). */
	private static final Comparator<Outcome> BY_WEIGHT = Comparator
		.comparingDouble((Outcome o) -> -o.requirement().weight());

	/** The best sentence's score; 0 for none. */
	private static double best(List<EvidenceLevels.Sentence> sentences) {
		double best = Double.NEGATIVE_INFINITY;
		for (EvidenceLevels.Sentence s : sentences) {
			best = Math.max(best, s.score());
		}
		return sentences.isEmpty() ? 0 : best;
	}

	/** Level and grade requirements take part in the credit; experience does not. */
	private static boolean ranked(Outcome o) {
		return o.requirement().kind() != Requirement.Kind.EXPERIENCE;
	}

	/**
	 * Credit and levels beyond it of an alternative group: its satisfied option with the
	 * most credit (means over its level and grade requirements); none satisfied: 0.
	 */
	private static double[] bestOption(Map<Integer, List<Outcome>> options, int cap) {
		double[] best = { 0, 0 };
		boolean found = false;
		for (List<Outcome> option : options.values()) {
			if (!option.stream().allMatch(Outcome::satisfied)) {
				continue;
			}
			List<Outcome> counted = option.stream().filter(Standing::ranked).toList();
			double c = counted.stream().mapToDouble(o -> Math.min(cap, o.excess())).average().orElse(0);
			double b = counted.stream().mapToDouble(o -> Math.max(0, o.excess() - cap)).average().orElse(0);
			if (!found || c > best[0] || c == best[0] && b < best[1]) {
				best = new double[] { c, b };
				found = true;
			}
		}
		return best;
	}

	private static double round(double x, int scale) {
		return Math.round(x * scale) / (double) scale;
	}

}
