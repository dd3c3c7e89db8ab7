package com.talentmatch.fairness;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.talentmatch.table.ExportLanguage;
import com.talentmatch.table.TableWriter;

/**
 * An adverse-impact report as a workbook: one row per question and group, with the role,
 * basis and parameters on every row; headers in Chinese or English.
 */
final class ImpactTables {

	/** The column keys ({@code impact.*} of {@code messages/exports*.properties}). */
	static final List<String> COLUMNS = List.of("dimension", "group", "people", "selected", "selection_rate",
			"impact_ratio", "below_four_fifths", "status", "role", "basis", "top", "type", "min_group_size",
			"rule_version");

	/**
	 * {@code people}, {@code selected}, {@code selection_rate}, {@code impact_ratio},
	 * {@code top} and {@code min_group_size} are numbers.
	 */
	static final Set<Integer> NUMERIC = Set.of(2, 3, 4, 5, 10, 12);

	private ImpactTables() {
	}

	static byte[] xlsx(ImpactReport report, ExportLanguage lang) {
		List<List<String>> rows = new ArrayList<>();
		for (ImpactReport.DimensionImpact d : report.dimensions()) {
			for (ImpactReport.GroupImpact g : d.groups()) {
				rows.add(List.of(d.dimension(), g.group(), String.valueOf(g.people()), String.valueOf(g.selected()),
						String.valueOf(g.selectionRate()), text(g.impactRatio()), String.valueOf(g.belowFourFifths()),
						g.status(), report.role(), report.basis(), text(report.top()), text(report.type()),
						String.valueOf(report.minGroupSize()), text(report.ruleVersion())));
			}
		}
		return TableWriter.xlsx("adverse-impact", lang.header("impact.", COLUMNS), rows, NUMERIC);
	}

	private static String text(Object o) {
		return o == null ? "" : o.toString();
	}

}
