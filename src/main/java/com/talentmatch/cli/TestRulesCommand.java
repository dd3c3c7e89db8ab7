package com.talentmatch.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import com.talentmatch.catalogue.InvalidDataException;
import com.talentmatch.rules.Scenarios;

/**
 * Runs every scenario file next to the rules (exit 1 when a scenario fails or the rules
 * do not compile).
 */
@Command(name = "test-rules", description = "Run the rule scenarios (*.scenarios.yaml) and report each")
final class TestRulesCommand implements Callable<Integer> {

	@Mixin
	RuleInputs inputs = new RuleInputs();

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		var out = spec.commandLine().getOut();
		var err = spec.commandLine().getErr();
		try {
			RuleInputs.Loaded loaded = inputs.load();
			List<Scenarios.Result> results = Scenarios.run(loaded.rules(), loaded.catalogue());
			long failed = results.stream().filter(r -> !r.passed()).count();
			for (Scenarios.Result r : results) {
				out.printf("%s %s%s: %s%n", r.passed() ? "PASS" : "FAIL", r.file(), r.line() > 0 ? ":" + r.line() : "",
						r.name());
				r.describe().forEach(f -> out.println("     " + f));
			}
			out.printf("%d passed, %d failed%n", results.size() - failed, failed);
			return failed == 0 && !results.isEmpty() ? 0 : 1;
		}
		catch (InvalidDataException e) {
			Problems.print(err, e, "the rules were not accepted");
			return 1;
		}
	}

}
