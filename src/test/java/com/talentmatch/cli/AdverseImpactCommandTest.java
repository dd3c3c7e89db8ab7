package com.talentmatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.talentmatch.candidates.CandidateService;
import com.talentmatch.fairness.SelfIdentificationService;
import com.talentmatch.table.Table;
import com.talentmatch.table.TableFormat;
import com.talentmatch.table.TableReader;

/** {@code adverse-impact} on a store seeded with twelve people and their decisions. */
class AdverseImpactCommandTest {

	final StringWriter out = new StringWriter();

	final StringWriter err = new StringWriter();

	int run(String... args) {
		return Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
	}

	/**
	 * f: P01–P05, m: P06–P09, x: P10, declined: P11, no form: P12. Latest decisions: P01
	 * P02 shortlist, P03 P04 reject, P05 shortlist then reject; P06 P08 shortlist, P07
	 * promote, P09 reject; P10 shortlist; P11 reject; P12 hold (not counted).
	 */
	static void seed(Path store) {
		StringBuilder people = new StringBuilder("id,name,type\n");
		StringBuilder forms = new StringBuilder("candidate_id,gender\n");
		String[] gender = { "f", "f", "f", "f", "f", "m", "m", "m", "m", "x", "declined" };
		for (int i = 1; i <= 12; i++) {
			people.append(String.format("P%02d,测试%d,external%n", i, i));
			if (i <= gender.length) {
				forms.append(String.format("P%02d,%s%n", i, gender[i - 1]));
			}
		}
		try (ConfigurableApplicationContext ctx = SpringContexts.start(null, store, CliBeans.Scope.FAIRNESS)) {
			ctx.getBean(CandidateService.class)
				.importTable(people.toString().getBytes(StandardCharsets.UTF_8), "people.csv", TableFormat.CSV, "t");
			ctx.getBean(SelfIdentificationService.class)
				.importTable(forms.toString().getBytes(StandardCharsets.UTF_8), "forms.csv", TableFormat.CSV, "t");
			JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
			String[][] decisions = { { "P01", "shortlist" }, { "P02", "shortlist" }, { "P03", "reject" },
					{ "P04", "reject" }, { "P05", "shortlist" }, { "P05", "reject" }, { "P06", "shortlist" },
					{ "P07", "promote" }, { "P08", "shortlist" }, { "P09", "reject" }, { "P10", "shortlist" },
					{ "P11", "reject" }, { "P12", "hold" } };
			for (String[] d : decisions) {
				jdbc.update("INSERT INTO decision (candidate_id, role, decision, reason, decided_by, created_at) "
						+ "VALUES (?, 'cs-dept-manager', ?, 'test', 'hr', CURRENT_TIMESTAMP)", d[0], d[1]);
			}
		}
	}

	@Test
	void printsRatesAndRatiosOfTheDecisionsAndWritesThemAsXlsx(@TempDir Path store, @TempDir Path tmp)
			throws Exception {
		seed(store);
		Path xlsx = tmp.resolve("impact.xlsx");
		assertThat(run("adverse-impact", "--role", "客户服务部经理", "--basis", "decisions", "--min-group", "2", "--out",
				xlsx.toString(), "--store-dir", store.toString()))
			.as(err.toString())
			.isZero();
		List<String> lines = Arrays.stream(out.toString().split("\n"))
			.map(l -> l.strip().replaceAll(" +", " "))
			.toList();
		assertThat(lines.get(0)).contains("basis decisions").contains("6 of 11 people selected");
		// m 3/4 = 0.75 is the reference; f 2/5 = 0.4, 0.4 / 0.75 = 0.5333; x 1/1 too
		// small at --min-group 2
		assertThat(lines).containsSubsequence("gender", "group people selected rate ratio status",
				"f 5 2 0.4000 0.5333 below-four-fifths", "m 4 3 0.7500 1.0000 reference",
				"x 1 1 1.0000 1.3333 too-small", "declined 1 0 0.0000 0.0000 not-stated", "age_band",
				"group people selected rate ratio status", "not provided 11 6 0.5455 - not-stated");
		Table table = TableReader.xlsx(Files.readAllBytes(xlsx), "impact.xlsx");
		assertThat(table.header()).startsWith("question", "group", "people", "selected", "selection rate",
				"impact ratio", "below four-fifths", "status");
		assertThat(table.rows().get(0).cells()).containsEntry("group", "f")
			.containsEntry("people", "5")
			.containsEntry("selection rate", "0.4")
			.containsEntry("impact ratio", "0.5333")
			.containsEntry("below four-fifths", "true")
			.containsEntry("role", "cs-dept-manager");
	}

	@Test
	void refusesTopWithTheDecisionsBasisBeforeOpeningTheStore() {
		assertThat(run("adverse-impact", "--role", "客户服务部经理", "--basis", "decisions", "--top", "3")).isEqualTo(1);
		assertThat(err.toString()).contains("request (top): top must be 1 or more, and needs basis ranking")
			.contains("1 problem(s); no report");
	}

}
