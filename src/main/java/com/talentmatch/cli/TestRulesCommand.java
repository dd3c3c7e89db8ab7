package com.talentmatch.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import com.talentmatch.catalogue.Catalogue;
import com.talentmatch.catalogue.CatalogueLoader;
import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.InvalidDataException;
import com.talentmatch.rules.RuleFiles;
import com.talentmatch.rules.RuleSet;
import com.talentmatch.rules.RuleSets;
import com.talentmatch.rules.Scenarios;

/** Runs every scenario file next to the rules (exit 1 when a scenario fails or the rules do not compile). */
@Command(name = "test-rules", description = "Run the rule scenarios (*.scenarios.yaml) and report each")
final class TestRulesCommand implements Callable<Integer> {

	@Option(names = "--rules-dir", defaultValue = "rules", description = "rules directory (default: ${DEFAULT-VALUE})")
	Path rulesDir;

	@Option(names = "--data-dir", defaultValue = "data", description = "data directory (default: ${DEFAULT-VALUE})")
	Path dataDir;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		var out = spec.commandLine().getOut();
		var err = spec.commandLine().getErr();
		try {
			CatalogueLoader.Loaded data = CatalogueLoader.load(dataDir);
			Catalogue catalogue = Catalogue.of(0, data.models(), data.gradeScales());
			RuleSet rules = RuleSets.build(RuleFiles.read(rulesDir), catalogue, null);
			List<Scenarios.Result> results = Scenarios.run(rules, catalogue);
			long failed = results.stream().filter(r -> !r.passed()).count();
			for (Scenarios.Result r : results) {
				out.printf("%s %s: %s%n", r.passed() ? "PASS" : "FAIL", r.file(), r.name());
				r.failures().forEach(f -> out.println("     " + f));
			}
			out.printf("%d passed, %d failed%n", results.size() - failed, failed);
			return failed == 0 && !results.isEmpty() ? 0 : 1;
		}
		catch (InvalidDataException e) {
			e.problems().stream().map(DataProblem::toString).forEach(err::println);
			err.printf("%d problem(s); the rules were not accepted%n", e.problems().size());
			return 1;
		}
	}
}
