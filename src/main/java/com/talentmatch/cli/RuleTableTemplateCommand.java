package com.talentmatch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import com.talentmatch.rules.RequirementTableTemplate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Writes the requirement-grid template ({@code *.drl.xlsx}) for analysts. */
@Command(name = "rule-table-template",
		description = "Write a requirement grid template (.drl.xlsx, engine rows hidden) to fill in Excel")
final class RuleTableTemplateCommand implements Callable<Integer> {

	@Option(names = "--out", required = true, paramLabel = "FILE", description = "file to write (*.drl.xlsx)")
	Path out;

	@Option(names = "--package", defaultValue = "requirements",
			description = "rule package (the folder name; default: ${DEFAULT-VALUE})")
	String pkg;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		if (!out.getFileName().toString().endsWith(".drl.xlsx")) {
			spec.commandLine().getErr().println("--out must end in .drl.xlsx (a plain .xlsx is not read as rules)");
			return 3;
		}
		Files.write(out, RequirementTableTemplate.xlsx(pkg,
				List.of(List.of("示例 客户服务部经理 沟通能力", "客户服务部经理", "cs-dept/communication", "2", "1", "false"))));
		spec.commandLine()
			.getOut()
			.printf("Wrote %s: fill one row per requirement under the header, save it into rules/<family>/%n", out);
		return 0;
	}

}
