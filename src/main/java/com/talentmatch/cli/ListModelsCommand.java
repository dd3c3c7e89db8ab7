package com.talentmatch.cli;

import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import com.talentmatch.catalogue.CatalogueService;
import com.talentmatch.catalogue.CompetencyModel;

/** Lists the models in the store (seeds and imports). */
@Command(name = "list-models", description = "List the competency models in the store")
final class ListModelsCommand implements Callable<Integer> {

	@Mixin
	StoreOptions store = new StoreOptions();

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		try (ConfigurableApplicationContext ctx = SpringContexts.start(store.dataDir, store.storeDir,
				CliBeans.Scope.CATALOGUE)) {
			for (CompetencyModel m : ctx.getBean(CatalogueService.class).current().sortedModels()) {
				spec.commandLine()
					.getOut()
					.printf("%-28s %-6s %3d competencies  %s%n", m.id(), m.origin(), m.competencies().size(),
							m.name().any());
			}
			return 0;
		}
	}

}
