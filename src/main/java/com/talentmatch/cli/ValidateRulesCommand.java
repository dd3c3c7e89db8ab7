package com.talentmatch.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import com.talentmatch.catalogue.Catalogue;
import com.talentmatch.catalogue.CatalogueLoader;
import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.InvalidDataException;
import com.talentmatch.rules.RoleRequirements;
import com.talentmatch.rules.RuleFiles;
import com.talentmatch.rules.RuleSet;
import com.talentmatch.rules.RuleSets;

/** Compiles and checks the rules against the catalogue in data/, without the server or the store. */
@Command(name = "validate-rules", description = "Compile and check the rule files (exit 1 on any problem)")
final class ValidateRulesCommand implements Callable<Integer> {

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
			for (RoleRequirements r : rules.roles().values()) {
				out.printf("%-36s %3d requirements%s%n", r.role(), r.requirements().size(),
						r.inherits().isEmpty() ? "" : "  inherits " + r.inherits());
			}
			out.printf("OK: rule set %s, %d files, %d roles%n", rules.version().id(), rules.files().size(),
					rules.roles().size());
			return 0;
		}
		catch (InvalidDataException e) {
			e.problems().stream().map(DataProblem::toString).forEach(err::println);
			err.printf("%d problem(s); the rules were not accepted%n", e.problems().size());
			return 1;
		}
	}
}
