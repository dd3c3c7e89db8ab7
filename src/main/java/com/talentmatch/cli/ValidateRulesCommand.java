package com.talentmatch.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import com.talentmatch.catalogue.InvalidDataException;
import com.talentmatch.rules.RoleRequirements;
import com.talentmatch.rules.RuleSet;

/**
 * Compiles and checks the rules against the catalogue in data/, without the server or the
 * store.
 */
@Command(name = "validate-rules", description = "Compile and check the rule files (exit 1 on any problem)")
final class ValidateRulesCommand implements Callable<Integer> {

	@Mixin
	RuleInputs inputs = new RuleInputs();

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		var out = spec.commandLine().getOut();
		var err = spec.commandLine().getErr();
		try {
			RuleSet rules = inputs.load().rules();
			for (RoleRequirements r : rules.roles().values()) {
				out.printf("%-36s %3d requirements%s%n", r.role(), r.requirements().size(),
						r.inherits().isEmpty() ? "" : "  inherits " + r.inherits());
			}
			out.printf("OK: rule set %s, %d files, %d roles%n", rules.version().id(), rules.files().size(),
					rules.roles().size());
			return 0;
		}
		catch (InvalidDataException e) {
			Problems.print(err, e, "the rules were not accepted");
			return 1;
		}
	}

}
