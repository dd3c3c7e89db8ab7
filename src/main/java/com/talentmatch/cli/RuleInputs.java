package com.talentmatch.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

import com.talentmatch.catalogue.Catalogue;
import com.talentmatch.catalogue.CatalogueLoader;
import com.talentmatch.rules.RuleFiles;
import com.talentmatch.rules.RuleSet;
import com.talentmatch.rules.RuleSets;

/**
 * The options and loading shared by the commands that build the rules without the server.
 */
final class RuleInputs {

	@Option(names = "--rules-dir", defaultValue = "rules", description = "rules directory (default: ${DEFAULT-VALUE})")
	Path rulesDir;

	@Option(names = "--data-dir", defaultValue = "data", description = "data directory (default: ${DEFAULT-VALUE})")
	Path dataDir;

	/**
	 * The catalogue from the data directory and the rules built against it.
	 *
	 * @param catalogue the catalogue
	 * @param rules the rule set
	 */
	record Loaded(Catalogue catalogue, RuleSet rules) {
	}

	/**
	 * Throws {@link com.talentmatch.catalogue.InvalidDataException} with file:line when
	 * either is refused.
	 */
	Loaded load() {
		CatalogueLoader.Loaded data = CatalogueLoader.load(dataDir);
		Catalogue catalogue = Catalogue.of(0, data.models(), data.gradeScales());
		return new Loaded(catalogue, RuleSets.build(RuleFiles.read(rulesDir), catalogue, null));
	}

}
