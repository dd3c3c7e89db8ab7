package com.talentmatch.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import com.talentmatch.catalogue.CatalogueLoader;
import com.talentmatch.catalogue.CompetencyModel;
import com.talentmatch.catalogue.InvalidDataException;

/** Validates a data directory without starting the server or touching the store. */
@Command(name = "validate-data", description = "Validate the catalogue files in data/ (exit 1 on any problem)")
final class ValidateDataCommand implements Callable<Integer> {

	@Option(names = "--data-dir", defaultValue = "data", description = "data directory (default: ${DEFAULT-VALUE})")
	Path dataDir;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		try {
			CatalogueLoader.Loaded data = CatalogueLoader.load(dataDir);
			for (CompetencyModel m : data.models()) {
				spec.commandLine()
					.getOut()
					.printf("%-24s %3d competencies  %s%n", m.id(), m.competencies().size(), m.name().any());
			}
			spec.commandLine()
				.getOut()
				.printf("OK: %d models, %d grade scales in %s%n", data.models().size(), data.gradeScales().size(),
						dataDir);
			return 0;
		}
		catch (InvalidDataException e) {
			Problems.print(spec.commandLine().getErr(), e, "the data in " + dataDir + " was not accepted");
			return 1;
		}
	}

}
