package com.talentmatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import com.talentmatch.catalogue.InvalidDataException;
import com.talentmatch.catalogue.NotFoundException;
import com.talentmatch.fairness.AdverseImpactService;
import com.talentmatch.fairness.ImpactReport;
import com.talentmatch.fairness.ImpactRequest;

/**
 * Prints the adverse-impact report of a role from the store, and writes it as XLSX with
 * {@code --out}.
 */
@Command(name = "adverse-impact",
		description = { "Selection rates and impact ratios per self-identified group for a role (four-fifths rule)",
				"With --basis ranking, evidence is matched lexically (Lucene BM25); the command does not load the "
						+ "semantic (embedding) models" })
final class AdverseImpactCommand implements Callable<Integer> {

	@Option(names = "--role", required = true, description = "role id or name")
	String role;

	@Option(names = "--basis", defaultValue = "ranking",
			description = "ranking (selected = eligible) or decisions (selected = shortlisted or promoted)")
	String basis;

	@Option(names = "--top", paramLabel = "N", description = "with --basis ranking: only the first N count")
	Integer top;

	@Option(names = "--type", description = "with --basis ranking: internal or external people only")
	String type;

	@Option(names = "--min-group", paramLabel = "N", description = "smallest group judged (default 5)")
	Integer minGroup;

	@Option(names = "--out", paramLabel = "FILE", description = "also write the report as .xlsx")
	Path out;

	@Mixin
	StoreOptions store = new StoreOptions();

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		if (out != null && !out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
			err.println("--out must be an .xlsx file");
			return 3;
		}
		ImpactRequest request = new ImpactRequest(role, basis, top, type, minGroup);
		try {
			request.checked();
		}
		catch (InvalidDataException e) {
			Problems.print(err, e, "no report");
			return 1;
		}
		try (ConfigurableApplicationContext ctx = SpringContexts.start(store.dataDir, store.storeDir,
				CliBeans.Scope.FAIRNESS)) {
			AdverseImpactService service = ctx.getBean(AdverseImpactService.class);
			ImpactReport report = service.report(request);
			print(spec.commandLine().getOut(), report);
			if (out != null) {
				Files.write(out, service.xlsx(report));
				spec.commandLine().getOut().println("Wrote " + out);
			}
			return 0;
		}
		catch (InvalidDataException e) {
			Problems.print(err, e, "no report");
			return 1;
		}
		catch (NotFoundException e) {
			err.println(e.getMessage());
			return 2;
		}
		catch (IOException e) {
			err.println(out + ": cannot write: " + e.getMessage());
			return 3;
		}
	}

	static void print(PrintWriter out, ImpactReport r) {
		out.printf(
				"Adverse impact for %s (%s), basis %s: selected = %s; %d of %d people selected; groups under %d "
						+ "are too small to judge%n",
				r.roleName(), r.role(), r.basis(), r.selection(), r.selected(), r.people(), r.minGroupSize());
		for (ImpactReport.DimensionImpact d : r.dimensions()) {
			out.printf(Locale.ROOT, "%n%s%n  %-20s %7s %9s %7s %7s  %s%n", d.dimension(), "group", "people", "selected",
					"rate", "ratio", "status");
			for (ImpactReport.GroupImpact g : d.groups()) {
				out.printf(Locale.ROOT, "  %-20s %7d %9d %7.4f %7s  %s%n", g.group(), g.people(), g.selected(),
						g.selectionRate(),
						g.impactRatio() == null ? "-" : String.format(Locale.ROOT, "%.4f", g.impactRatio()),
						g.status());
			}
		}
	}

}
