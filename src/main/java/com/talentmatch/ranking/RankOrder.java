package com.talentmatch.ranking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.talentmatch.rules.RankingPolicy;
import com.talentmatch.rules.RuleSet;
import com.talentmatch.rules.facts.ReadinessBand;

/**
 * The order of a ranking: eligible first, then fit score, then readiness band, then the
 * tie-breakers of the rules' ranking order ({@link RankingPolicy}), then id — and, for
 * each pair of neighbours, which of these decided. Deterministic: a total order.
 */
final class RankOrder {

	/** A judged person with their standing. */
	record Ranked(RankingService.Judged judged, Standing standing) {

		String id() {
			return judged.candidate().id();
		}

	}

	/** One criterion: compares two people (negative: {@code a} first) and says why. */
	private interface Key {

		String code();

		int compare(Ranked a, Ranked b);

		/** Why {@code a} is above {@code b}: {zh, en} without the neighbour. */
		String[] why(Ranked a, Ranked b);

	}

	private static final Map<String, String[]> SOURCE_NAMES = Map.of("assessment",
			new String[] { "测评中心", "the assessment centre" }, "manager", new String[] { "上级评定", "manager ratings" },
			"360", new String[] { "360 评估", "360 reviews" }, "self", new String[] { "自评", "self-ratings" }, "evidence",
			new String[] { "证据推断", "evidence" });

	private final List<Key> keys = new ArrayList<>();

	private final RankingPolicy policy;

	private final boolean belowTop;

	private final List<String> sources;

	private final Map<String, Integer> bandOrder;

	/** The order of a ranking for {@code role} under {@code rules}. */
	RankOrder(RuleSet rules, String role) {
		this(rules.ranking(), rules.bands(), rules.ladderOf(role).map(l -> l.belowTop(role)).orElse(false),
				rules.sources().getPrecedence());
	}

	/**
	 * @param belowTop whether the role is below the top of its ladder
	 * @param sources the source precedence, most reliable first
	 */
	RankOrder(RankingPolicy policy, List<ReadinessBand> bands, boolean belowTop, List<String> sources) {
		this.policy = policy;
		this.belowTop = belowTop;
		this.sources = sources;
		bandOrder = new HashMap<>();
		Map<String, String[]> bandNames = new HashMap<>();
		for (ReadinessBand b : bands) {
			bandOrder.put(b.getCode(), b.getOrder());
			bandNames.put(b.getCode(), new String[] { b.getLabelZh(), b.getLabelEn() });
		}
		keys.add(key("eligible",
				(a, b) -> Boolean.compare(b.judged.evaluation().eligible(), a.judged.evaluation().eligible()),
				(a, b) -> new String[] { "符合资格, " + b.id() + " 不符合", "eligible, " + b.id() + " is not" }));
		keys.add(key("score", (a, b) -> Double.compare(b.judged.evaluation().score(), a.judged.evaluation().score()),
				(a, b) -> new String[] {
						"匹配分更高 (" + a.judged.evaluation().score() + " 对 " + b.judged.evaluation().score() + ")",
						"higher fit score (" + a.judged.evaluation().score() + " vs " + b.judged.evaluation().score()
								+ ")" }));
		keys.add(key("band",
				(a, b) -> Integer.compare(bandOrder.getOrDefault(a.judged.evaluation().band(), Integer.MAX_VALUE),
						bandOrder.getOrDefault(b.judged.evaluation().band(), Integer.MAX_VALUE)),
				(a, b) -> {
					String[] x = bandNames.getOrDefault(a.judged.evaluation().band(),
							new String[] { "未就绪", "not ready" });
					String[] y = bandNames.getOrDefault(b.judged.evaluation().band(),
							new String[] { "未就绪", "not ready" });
					return new String[] { "准备度更高 (" + x[0] + " 对 " + y[0] + ")",
							"readier (" + x[1] + " vs " + y[1] + ")" };
				}));
		for (RankingPolicy.Criterion c : policy.criteria()) {
			keys.add(criterion(c, policy.cap()));
		}
		keys.add(key("id", (a, b) -> a.id().compareTo(b.id()),
				(a, b) -> new String[] { "各项排序依据相同, 按编号", "equal in every criterion; by id" }));
	}

	/**
	 * Standings of {@code judged}, sorted (both on every core). When every person's
	 * profile has as many entries (as within one role), each person's criteria are
	 * written once as numbers and compared as such: the same order as
	 * {@link #comparator()}, which {@code RankOrderTest} checks.
	 */
	List<Ranked> sort(List<RankingService.Judged> judged) {
		Ranked[] out = judged.parallelStream()
			.map(j -> new Ranked(j, Standing.of(j, policy, belowTop, sources)))
			.toArray(Ranked[]::new);
		if (out.length < 2 || !sameShape(out)) {
			java.util.Arrays.parallelSort(out, comparator());
			return java.util.Arrays.asList(out);
		}
		int[] direction = new SortKey(null).write(out[0]).direction();
		SortKey[] keyed = java.util.Arrays.stream(out)
			.parallel()
			.map(r -> new SortKey(r).write(r))
			.toArray(SortKey[]::new);
		java.util.Arrays.parallelSort(keyed, (a, b) -> {
			for (int i = 0; i < direction.length; i++) {
				int c = Double.compare(a.values[i], b.values[i]);
				if (c != 0) {
					return direction[i] * c;
				}
			}
			return a.ranked.id().compareTo(b.ranked.id());
		});
		List<Ranked> sorted = new ArrayList<>(keyed.length);
		for (SortKey k : keyed) {
			sorted.add(k.ranked);
		}
		return sorted;
	}

	/** Whether every person's profiles have as many entries as the first's. */
	private static boolean sameShape(Ranked[] ranked) {
		int n = ranked[0].standing.profile().size();
		for (Ranked r : ranked) {
			Standing s = r.standing;
			if (s.profile().size() != n || s.evidenceProfile().size() != n || s.sourceProfile().size() != n) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A person's criteria as numbers, in the comparator's order, with the direction of
	 * each: +1 when lower comes first, −1 when higher does. The id decides last.
	 */
	private final class SortKey {

		private final Ranked ranked;

		private final List<Double> written = new ArrayList<>();

		private final List<Integer> directions = new ArrayList<>();

		private double[] values;

		SortKey(Ranked ranked) {
			this.ranked = ranked;
		}

		int[] direction() {
			return directions.stream().mapToInt(Integer::intValue).toArray();
		}

		private void add(double value, int direction) {
			written.add(value);
			directions.add(direction);
		}

		SortKey write(Ranked r) {
			Standing s = r.standing;
			add(r.judged.evaluation().eligible() ? 1 : 0, -1);
			add(r.judged.evaluation().score(), -1);
			add(bandOrder.getOrDefault(r.judged.evaluation().band(), Integer.MAX_VALUE), 1);
			for (RankingPolicy.Criterion c : policy.criteria()) {
				switch (c) {
					case CLOSENESS -> add(s.closeness(), 1);
					case EXCEEDING -> add(s.exceeding(), -1);
					case RELIABILITY -> {
						for (String source : sources) {
							add(s.reliability().getOrDefault(source, 0), -1);
						}
						for (String source : s.sourceProfile()) {
							add(reliability(source), 1);
						}
					}
					case EVIDENCE -> {
						add(s.evidence(), -1);
						for (double e : s.evidenceProfile()) {
							add(e, -1);
						}
						add(s.evidenceSentences(), -1);
					}
					case RECENCY -> add(s.recency() == null ? Double.NEGATIVE_INFINITY : s.recency().toEpochDay(), -1);
					case PROFILE -> {
						for (double p : s.profile()) {
							add(p, -1);
						}
					}
					case RATINGS -> {
						add(rating(s.performance()), -1);
						add(rating(s.potential()), -1);
					}
				}
			}
			values = written.stream().mapToDouble(Double::doubleValue).toArray();
			return this;
		}

	}

	Comparator<Ranked> comparator() {
		return (a, b) -> {
			for (Key k : keys) {
				int c = k.compare(a, b);
				if (c != 0) {
					return c;
				}
			}
			return 0;
		};
	}

	/**
	 * The placement of {@code a} against its neighbour {@code b}: {@code above} when
	 * {@code a} ranks before {@code b}.
	 */
	Placement place(Ranked a, Ranked b, boolean above) {
		Ranked first = above ? a : b;
		Ranked second = above ? b : a;
		for (Key k : keys) {
			if (k.compare(first, second) != 0) {
				String[] why = k.why(first, second);
				if (above) {
					return new Placement("above", b.id(), k.code(), "排在 " + b.id() + " 之前: " + why[0],
							"above " + b.id() + ": " + why[1]);
				}
				return new Placement("below", b.id(), k.code(), "排在 " + b.id() + " 之后 — " + b.id() + ": " + why[0],
						"below " + b.id() + " — " + b.id() + ": " + why[1]);
			}
		}
		return new Placement(above ? "above" : "below", b.id(), "same", "与 " + b.id() + " 是同一人",
				"the same person as " + b.id());
	}

	private Key criterion(RankingPolicy.Criterion c, int cap) {
		return switch (c) {
			case CLOSENESS -> key(c.en(), (a, b) -> Double.compare(a.standing.closeness(), b.standing.closeness()),
					(a, b) -> new String[] {
							"更接近岗位层级 (超出额度 " + a.standing.closeness() + " 对 " + b.standing.closeness() + " 级)",
							"closer to the role's level (" + a.standing.closeness() + " vs " + b.standing.closeness()
									+ " levels beyond the credit)" });
			case EXCEEDING -> key(c.en(), (a, b) -> Double.compare(b.standing.exceeding(), a.standing.exceeding()),
					(a, b) -> new String[] {
							"超出要求更多 (平均 " + a.standing.exceeding() + " 对 " + b.standing.exceeding() + " 级, 每项最多计 " + cap
									+ " 级)",
							"exceeds the minimums by more (" + a.standing.exceeding() + " vs " + b.standing.exceeding()
									+ " levels on average, at most " + cap + " each)" });
			case RELIABILITY -> key(c.en(), this::compareReliability, this::whyReliability);
			case EVIDENCE -> key(c.en(), RankOrder::compareEvidence, RankOrder::whyEvidence);
			case RECENCY -> key(c.en(), (a, b) -> compareDates(b.standing.recency(), a.standing.recency()),
					(a, b) -> new String[] {
							"评定或证据更新 (" + date(a.standing.recency()) + " 对 " + date(b.standing.recency()) + ")",
							"more recent assessment or evidence (" + date(a.standing.recency()) + " vs "
									+ date(b.standing.recency()) + ")" });
			case PROFILE -> key(c.en(), RankOrder::compareProfile, RankOrder::whyProfile);
			case RATINGS -> key(c.en(), RankOrder::compareRatings, RankOrder::whyRatings);
		};
	}

	private int compareReliability(Ranked a, Ranked b) {
		for (String s : sources) {
			int c = Integer.compare(b.standing.reliability().getOrDefault(s, 0),
					a.standing.reliability().getOrDefault(s, 0));
			if (c != 0) {
				return c;
			}
		}
		List<String> x = a.standing.sourceProfile();
		List<String> y = b.standing.sourceProfile();
		for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
			int c = Integer.compare(reliability(x.get(i)), reliability(y.get(i)));
			if (c != 0) {
				return c;
			}
		}
		return 0;
	}

	/** The index of a source in the precedence (lower is more reliable); none: last. */
	private int reliability(String source) {
		int i = source == null ? -1 : sources.indexOf(source);
		return i < 0 ? sources.size() : i;
	}

	private String[] whyReliability(Ranked a, Ranked b) {
		for (String s : sources) {
			int x = a.standing.reliability().getOrDefault(s, 0);
			int y = b.standing.reliability().getOrDefault(s, 0);
			if (x != y) {
				String[] name = SOURCE_NAMES.getOrDefault(s, new String[] { s, s });
				return new String[] { "来自" + name[0] + "的等级更多 (" + x + " 对 " + y + ")",
						"more levels from " + name[1] + " (" + x + " vs " + y + ")" };
			}
		}
		List<String> x = a.standing.sourceProfile();
		List<String> y = b.standing.sourceProfile();
		for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
			if (reliability(x.get(i)) != reliability(y.get(i))) {
				String name = a.standing.profileNames().get(i);
				String sx = x.get(i) == null ? "—" : x.get(i);
				String sy = y.get(i) == null ? "—" : y.get(i);
				return new String[] { name + " 的来源更可信 (" + sx + " 对 " + sy + ")",
						"a more reliable source for " + name + " (" + sx + " vs " + sy + ")" };
			}
		}
		return new String[] { "", "" };
	}

	private static int compareDates(LocalDate a, LocalDate b) {
		if (Objects.equals(a, b)) {
			return 0;
		}
		if (a == null) {
			return -1;
		}
		return b == null ? 1 : a.compareTo(b);
	}

	private static String date(LocalDate d) {
		return d == null ? "—" : d.toString();
	}

	private static int compareEvidence(Ranked a, Ranked b) {
		int c = Double.compare(b.standing.evidence(), a.standing.evidence());
		c = c != 0 ? c : compareLists(b.standing.evidenceProfile(), a.standing.evidenceProfile());
		return c != 0 ? c : Integer.compare(b.standing.evidenceSentences(), a.standing.evidenceSentences());
	}

	private static String[] whyEvidence(Ranked a, Ranked b) {
		if (a.standing.evidence() != b.standing.evidence()) {
			return new String[] { "证据更强 (" + a.standing.evidence() + " 对 " + b.standing.evidence() + ")",
					"stronger evidence (" + a.standing.evidence() + " vs " + b.standing.evidence() + ")" };
		}
		List<Double> x = a.standing.evidenceProfile();
		List<Double> y = b.standing.evidenceProfile();
		for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
			if (!x.get(i).equals(y.get(i))) {
				String name = a.standing.profileNames().get(i);
				return new String[] { name + " 的证据更强 (" + x.get(i) + " 对 " + y.get(i) + ")",
						"stronger evidence for " + name + " (" + x.get(i) + " vs " + y.get(i) + ")" };
			}
		}
		return new String[] { "证据句更多 (" + a.standing.evidenceSentences() + " 对 " + b.standing.evidenceSentences() + ")",
				"more evidence sentences (" + a.standing.evidenceSentences() + " vs " + b.standing.evidenceSentences()
						+ ")" };
	}

	/** Negative when {@code x} is before {@code y} element by element. */
	private static int compareLists(List<Double> x, List<Double> y) {
		for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
			int c = Double.compare(x.get(i), y.get(i));
			if (c != 0) {
				return c;
			}
		}
		return 0;
	}

	private static int compareProfile(Ranked a, Ranked b) {
		return compareLists(b.standing.profile(), a.standing.profile());
	}

	private static String[] whyProfile(Ranked a, Ranked b) {
		List<Double> x = a.standing.profile();
		List<Double> y = b.standing.profile();
		for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
			if (!x.get(i).equals(y.get(i))) {
				String name = a.standing.profileNames().get(i);
				return new String[] { name + " 更高 (" + signed(x.get(i)) + " 对 " + signed(y.get(i)) + ")",
						"higher on " + name + " (" + signed(x.get(i)) + " vs " + signed(y.get(i)) + ")" };
			}
		}
		return new String[] { "", "" };
	}

	private static String signed(double d) {
		String s = d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
		return d > 0 ? "+" + s : s;
	}

	private static int compareRatings(Ranked a, Ranked b) {
		int c = Integer.compare(rating(b.standing.performance()), rating(a.standing.performance()));
		return c != 0 ? c : Integer.compare(rating(b.standing.potential()), rating(a.standing.potential()));
	}

	private static String[] whyRatings(Ranked a, Ranked b) {
		if (rating(a.standing.performance()) != rating(b.standing.performance())) {
			return new String[] {
					"绩效更高 (" + text(a.standing.performance()) + " 对 " + text(b.standing.performance()) + ")",
					"higher performance (" + text(a.standing.performance()) + " vs " + text(b.standing.performance())
							+ ")" };
		}
		return new String[] { "潜力更高 (" + text(a.standing.potential()) + " 对 " + text(b.standing.potential()) + ")",
				"higher potential (" + text(a.standing.potential()) + " vs " + text(b.standing.potential()) + ")" };
	}

	/** Unrated counts as 0: below every rating. */
	private static int rating(Integer r) {
		return r == null ? 0 : r;
	}

	private static String text(Integer r) {
		return r == null ? "—" : String.valueOf(r);
	}

	private static Key key(String code, java.util.function.ToIntBiFunction<Ranked, Ranked> compare,
			java.util.function.BiFunction<Ranked, Ranked, String[]> why) {
		return new Key() {
			@Override
			public String code() {
				return code;
			}

			@Override
			public int compare(Ranked a, Ranked b) {
				return compare.applyAsInt(a, b);
			}

			@Override
			public String[] why(Ranked a, Ranked b) {
				return why.apply(a, b);
			}
		};
	}

}
