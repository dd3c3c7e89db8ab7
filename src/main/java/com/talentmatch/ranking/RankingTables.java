package com.talentmatch.ranking;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.talentmatch.rules.Outcome;
import com.talentmatch.rules.facts.Adjustment;
import com.talentmatch.table.ColumnType;
import com.talentmatch.table.ExportLanguage;
import com.talentmatch.table.TableFormat;
import com.talentmatch.table.TableWriter;

/**
 * A ranking as a CSV or XLSX table for recruiters, one row per person, headers and texts
 * in Chinese or English ({@code messages/exports*.properties}, keys {@code ranking.*};
 * {@code docs/exports.md}): who, eligibility, fit score, readiness, the latest human
 * decision for the role, met requirements, gaps, waivers, rule adjustments and flags, the
 * ranking run and rule version.
 */
public final class RankingTables {

	/** The columns, in order: message key (after {@code ranking.}) and type. */
	enum Column {

		RANK(ColumnType.NUMBER), CANDIDATE_ID, NAME, TYPE, DEPARTMENT, CURRENT_ROLE, ELIGIBLE, SCORE(ColumnType.NUMBER),
		BAND, BAND_CODE, ROLE, ROLE_NAME, DECISION, DECIDED_BY, DECIDED_AT(ColumnType.DATE), DECISION_REASON, MET, GAPS,
		WAIVED, ADJUSTMENTS, FLAGS, RUN_ID(ColumnType.NUMBER), RULE_VERSION;

		final ColumnType type;

		Column() {
			this(ColumnType.TEXT);
		}

		Column(ColumnType type) {
			this.type = type;
		}

		String key() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	/** Separates the items of a list cell (requirements, adjustments, flags). */
	static final String SEPARATOR = " | ";

	private RankingTables() {
	}

	/** The header in {@code lang}. */
	static List<String> header(ExportLanguage lang) {
		return lang.header("ranking.", java.util.Arrays.stream(Column.values()).map(Column::key).toList());
	}

	static List<ColumnType> types() {
		return java.util.Arrays.stream(Column.values()).map(c -> c.type).toList();
	}

	/**
	 * The table.
	 * @param decisions the latest decision for the ranking's role by candidate id
	 */
	public static byte[] write(Ranking ranking, TableFormat format, ExportLanguage lang,
			Map<String, Decision> decisions) {
		List<List<String>> rows = new ArrayList<>();
		for (RankedCandidate c : ranking.items()) {
			rows.add(row(ranking, c, lang, decisions.get(c.candidateId())));
		}
		return TableWriter.write(format, "ranking", header(lang), types(), rows);
	}

	static List<String> row(Ranking ranking, RankedCandidate c, ExportLanguage lang, Decision d) {
		List<String> row = new ArrayList<>(Column.values().length);
		row.add(String.valueOf(c.rank()));
		row.add(c.candidateId());
		row.add(nz(c.name()));
		row.add(value(lang, "value.", c.type()));
		row.add(nz(c.department()));
		row.add(nz(c.currentRole()));
		row.add(lang.text(c.eligible() ? "value.yes" : "value.no"));
		row.add(String.valueOf(c.score()));
		row.add(nz(lang == ExportLanguage.ZH ? c.bandZh() : c.bandEn()));
		row.add(nz(c.band()));
		row.add(ranking.role());
		row.add(nz(ranking.roleName()));
		row.add(d == null ? "" : value(lang, "decision.", d.decision()));
		row.add(d == null ? "" : nz(d.decidedBy()));
		row.add(d == null || d.createdAt() == null ? ""
				: TIME.format(LocalDateTime.ofInstant(d.createdAt(), ZoneOffset.UTC)));
		row.add(d == null ? "" : nz(d.reason()));
		row.add(reasons(c.outcomes().stream().filter(Outcome::met).toList(), lang));
		row.add(reasons(gaps(c.outcomes()), lang));
		row.add(reasons(c.outcomes().stream().filter(o -> !o.met() && o.waiver() != null).toList(), lang));
		row.add(c.adjustments() == null ? ""
				: c.adjustments().stream().map(RankingTables::adjustment).collect(Collectors.joining(SEPARATOR)));
		List<String> flags = new ArrayList<>();
		if (c.calibration()) {
			flags.add(lang.text("flag.calibration"));
		}
		if (c.review()) {
			flags.add(lang.text("flag.review"));
		}
		row.add(String.join(SEPARATOR, flags));
		row.add(String.valueOf(ranking.runId()));
		row.add(nz(ranking.ruleVersion()));
		return row;
	}

	/**
	 * The unsatisfied requirements (neither met nor waived) that stand between the person
	 * and the role. An alternative group counts as a whole: a group one of whose options
	 * is satisfied contributes nothing; an unsatisfied group contributes the unsatisfied
	 * requirements of its best option (the highest average credit, as
	 * {@code rules/Scoring} computes it; the first such option on a tie).
	 */
	static List<Outcome> gaps(List<Outcome> outcomes) {
		List<Outcome> gaps = new ArrayList<>();
		for (Outcome o : outcomes) {
			if (o.group() == null && !o.satisfied()) {
				gaps.add(o);
			}
		}
		for (Map<Integer, List<Outcome>> options : Outcome.alternatives(outcomes).values()) {
			if (options.values().stream().anyMatch(os -> os.stream().allMatch(Outcome::satisfied))) {
				continue;
			}
			List<Outcome> best = null;
			double bestCredit = -1;
			for (List<Outcome> option : options.values()) {
				double credit = option.stream().mapToDouble(Outcome::credit).average().orElse(0);
				if (credit > bestCredit) {
					best = option;
					bestCredit = credit;
				}
			}
			best.stream().filter(o -> !o.satisfied()).forEach(gaps::add);
		}
		return gaps;
	}

	private static String reasons(List<Outcome> outcomes, ExportLanguage lang) {
		return outcomes.stream()
			.map(o -> lang == ExportLanguage.ZH ? o.reasonZh() : o.reasonEn())
			.collect(Collectors.joining(SEPARATOR));
	}

	private static String adjustment(Adjustment a) {
		String reason = a.reason() == null || a.reason().isBlank() ? a.action() : a.reason();
		return reason + " [" + a.rule() + "]";
	}

	/** The localized text of {@code prefix + value}, or the value when none. */
	private static String value(ExportLanguage lang, String prefix, String value) {
		return value == null ? "" : lang.text(prefix + value, value);
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

}
