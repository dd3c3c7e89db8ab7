package com.talentmatch.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.rules.facts.BandCase;

/**
 * A readiness decision table, resolved: for every point of the readiness space
 * (unsatisfied must-haves 0–{@value #MUST}, unsatisfied requirements 0–{@value #GAPS},
 * largest gap 0–{@value #LARGEST} levels, performance none or 1–3; larger values count as
 * the largest), the band its one covering row assigns, and that row. Built by putting
 * every point to the table's rows when the rules are built; a point covered by no row (a
 * gap) or by two (an overlap) is refused with the rows' file and line. Immutable.
 */
final class BandTable {

	static final int MUST = 8;

	static final int GAPS = 12;

	static final int LARGEST = 4;

	private final String[] band;

	private final String[] rule;

	private BandTable(String[] band, String[] rule) {
		this.band = band;
		this.rule = rule;
	}

	private static int index(int must, int gaps, int largest, int performance) {
		return ((Math.min(must, MUST) * (GAPS + 1) + Math.min(gaps, GAPS)) * (LARGEST + 1) + Math.min(largest, LARGEST))
				* 4 + performance;
	}

	/** Whether a point can occur: must-haves are gaps, and a level gap needs a gap. */
	private static boolean possible(int must, int gaps, int largest) {
		return must <= gaps && (largest == 0 || gaps > 0);
	}

	/** Every possible point, to insert into the declarations session. */
	static List<BandCase> points() {
		List<BandCase> out = new ArrayList<>();
		for (int m = 0; m <= MUST; m++) {
			for (int g = 0; g <= GAPS; g++) {
				for (int l = 0; l <= LARGEST; l++) {
					if (!possible(m, g, l)) {
						continue;
					}
					for (int p = 0; p <= 3; p++) {
						out.add(new BandCase(m, g, l, p));
					}
				}
			}
		}
		return out;
	}

	/**
	 * Whether a session's rules read {@code BandCase} (the set has a readiness table).
	 */
	static boolean used(List<ParsedDrl> declaring) {
		return declaring.stream()
			.flatMap(p -> p.descr().getRules().stream())
			.anyMatch(r -> CandidateRuleCheck.factTypes(r).contains(BandCase.class));
	}

	/**
	 * The table from the points after the rows fired; problems for gaps, overlaps and
	 * undeclared bands.
	 */
	static BandTable of(List<BandCase> points, Set<String> declared, RuleLocations locations,
			List<DataProblem> problems) {
		String[] band = new String[index(MUST, GAPS, LARGEST, 3) + 1];
		String[] rule = new String[band.length];
		int gapsFound = 0;
		int overlapsFound = 0;
		for (BandCase p : points) {
			List<String[]> a = p.getAssigned();
			String where = "must-have gaps " + p.getMustHaveGaps() + ", gaps " + p.getGaps() + ", largest gap "
					+ p.getLargestGap() + ", performance " + (p.getPerformance() == 0 ? "none" : p.getPerformance());
			if (a.isEmpty()) {
				if (gapsFound++ < 5) {
					problems.add(new DataProblem("rules", 0, "readiness table",
							"no row of the readiness table covers " + where + "; every result needs a band (a row with "
									+ Scoring.NOT_READY + " for the rest)"));
				}
				continue;
			}
			if (a.size() > 1) {
				if (overlapsFound++ < 5) {
					RuleLocations.Location first = locations.find(a.get(0)[1], a.get(0)[2]);
					RuleLocations.Location second = locations.find(a.get(1)[1], a.get(1)[2]);
					problems.add(new DataProblem(second == null ? "rules" : second.file(),
							second == null ? 0 : second.line(), "rule \"" + a.get(1)[2] + "\"",
							"rows overlap: this row and rule \"" + a.get(0)[2] + "\""
									+ (first == null ? "" : " at " + first.file() + ":" + first.line()) + " both cover "
									+ where));
				}
				continue;
			}
			String code = a.get(0)[0];
			if (!declared.contains(code) && !Scoring.NOT_READY.equals(code)) {
				RuleLocations.Location l = locations.find(a.get(0)[1], a.get(0)[2]);
				problems.add(new DataProblem(l == null ? "rules" : l.file(), l == null ? 0 : l.line(),
						"rule \"" + a.get(0)[2] + "\"",
						"'" + code + "' is not a declared readiness band; bands are " + declared + " and not-ready"));
				return null;
			}
			int i = index(p.getMustHaveGaps(), p.getGaps(), p.getLargestGap(), p.getPerformance());
			band[i] = code;
			rule[i] = a.get(0)[2];
		}
		if (gapsFound > 5 || overlapsFound > 5) {
			problems.add(new DataProblem("rules", 0, "readiness table", "the readiness table leaves " + gapsFound
					+ " point(s) uncovered and covers " + overlapsFound + " twice (the first five are listed)"));
		}
		return gapsFound + overlapsFound > 0 ? null : new BandTable(band, rule);
	}

	/** The band of a result. */
	String band(int must, int gaps, int largest, Integer performance) {
		return band[index(must, gaps, largest, performance == null ? 0 : Math.max(0, Math.min(3, performance)))];
	}

	/** The row that assigns it. */
	String rule(int must, int gaps, int largest, Integer performance) {
		return rule[index(must, gaps, largest, performance == null ? 0 : Math.max(0, Math.min(3, performance)))];
	}

}
