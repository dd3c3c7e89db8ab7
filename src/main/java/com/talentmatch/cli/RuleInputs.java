package com.talentmatch.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

import com.talentmatch.catalogue.Catalogue;
import com.talentmatch.catalogue.CatalogueLoader;
import com.talentmatch.catalogue.CompetencyModel;
import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.InvalidDataException;
import com.talentmatch.store.EmbeddedStore;

import tools.jackson.databind.json.JsonMapper;
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

	@Option(names = "--store-dir",
			description = "also the models imported into this store, for rules that name imported roles and competencies")
	Path storeDir;

	/**
	 * The catalogue from the data directory (and the store's imported models) and the
	 * rules built against it.
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
		List<CompetencyModel> models = new ArrayList<>(data.models());
		if (storeDir != null) {
			models.addAll(imported());
		}
		Catalogue catalogue = Catalogue.of(0, models, data.gradeScales());
		return new Loaded(catalogue, RuleSets.build(RuleFiles.read(rulesDir), catalogue, null));
	}

	/** The imported models of the store, read over plain JDBC (the service may run). */
	private List<CompetencyModel> imported() {
		JsonMapper json = JsonMapper.builder().build();
		List<CompetencyModel> out = new ArrayList<>();
		try (Connection c = EmbeddedStore.openExisting(storeDir).connect();
				ResultSet rs = c.createStatement()
					.executeQuery("SELECT body FROM competency_model WHERE origin = '" + CompetencyModel.IMPORT
							+ "' ORDER BY id")) {
			while (rs.next()) {
				out.add(json.readValue(rs.getString(1), CompetencyModel.class));
			}
		}
		catch (SQLException | com.talentmatch.store.StoreRefusedException e) {
			throw new InvalidDataException(List.of(new DataProblem(storeDir.toString(), 0, null,
					"the imported models were not read: " + e.getMessage().lines().findFirst().orElse(""))));
		}
		return out;
	}

}
