package com.talentmatch.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.talentmatch.rules.Outcome;
import com.talentmatch.table.TableFormat;
import com.talentmatch.table.TableWriter;

/**
 * A ranking as a CSV or XLSX table: one row per person, with the run, rule version and
 * unmet requirements.
 */
public final class RankingTables {

	static final List<String> HEADER = List.of("rank", "id", "name", "type", "department", "eligible", "score", "band",
			"band_zh", "unmet_requirements", "run_id", "rule_version", "role");

	/** {@code rank} and {@code score} are numbers in a workbook. */
	static final Set<Integer> NUMERIC = Set.of(0, 6);

	private RankingTables() {
	}

	public static byte[] write(Ranking ranking, TableFormat format) {
		List<List<String>> rows = new ArrayList<>();
		for (RankedCandidate c : ranking.items()) {
			String unmet = c.outcomes()
				.stream()
				.filter(o -> !o.met())
				.map(Outcome::reasonZh)
				.collect(Collectors.joining(" | "));
			rows.add(List.of(String.valueOf(c.rank()), c.candidateId(), c.name(), c.type(),
					c.department() == null ? "" : c.department(), String.valueOf(c.eligible()),
					String.valueOf(c.score()), c.band(), c.bandZh(), unmet, String.valueOf(ranking.runId()),
					ranking.ruleVersion(), ranking.role()));
		}
		return format == TableFormat.CSV ? TableWriter.csv(HEADER, rows)
				: TableWriter.xlsx("ranking", HEADER, rows, NUMERIC);
	}

}
