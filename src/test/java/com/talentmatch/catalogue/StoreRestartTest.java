package com.talentmatch.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.talentmatch.TalentMatchApplication;
import com.talentmatch.catalogue.importing.ImportService;
import com.talentmatch.table.TableFormat;

/**
 * The file store keeps seeds and imports across restarts, without duplicating or
 * rewriting anything.
 */
class StoreRestartTest {

	@TempDir
	Path store;

	ConfigurableApplicationContext start(Path dataDir) {
		return new SpringApplicationBuilder(TalentMatchApplication.class).web(WebApplicationType.NONE)
			.run("--talent-match.store-dir=" + store, "--talent-match.data-dir=" + dataDir,
					"--spring.main.banner-mode=off", "--talent-match.demo-pool=false");
	}

	@Test
	void secondStartChangesNothingAndKeepsImports() throws Exception {
		long revision;
		try (var ctx = start(Path.of("data"))) {
			ctx.getBean(ImportService.class)
				.importFile(Files.readAllBytes(Path.of("data/examples/digital-skills-framework.csv")), "ds.csv",
						TableFormat.CSV, false, "test");
			revision = ctx.getBean(CatalogueRepository.class).revision();
		}
		try (var ctx = start(Path.of("data"))) {
			CatalogueRepository repository = ctx.getBean(CatalogueRepository.class);
			assertThat(repository.revision()).as("nothing re-written on the second start").isEqualTo(revision);
			Catalogue catalogue = ctx.getBean(CatalogueService.class).current();
			assertThat(catalogue.model("digital-skills")).isPresent();
			assertThat(catalogue.model("cs-dept")).isPresent();
			assertThat(repository.models()).extracting(CompetencyModel::id).doesNotHaveDuplicates();
		}
	}

	@Test
	void aDocumentStoredByAnOlderVersionIsReadAndItsSeedRewritten() {
		try (var ctx = start(Path.of("data"))) {
			JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
			String body = jdbc.queryForObject("SELECT body FROM competency_model WHERE id = 'lenovo-cs'", String.class);
			assertThat(body).contains("\"indicators\":[]");
			jdbc.update("UPDATE competency_model SET body = ?, content_hash = 'older' WHERE id = 'lenovo-cs'",
					body.replace("\"indicators\":[],", ""));
			assertThat(ctx.getBean(CatalogueRepository.class).models()).isNotEmpty();
		}
		try (var ctx = start(Path.of("data"))) {
			JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("SELECT body FROM competency_model WHERE id = 'lenovo-cs'", String.class))
				.contains("\"indicators\":[]");
		}
	}

	@Test
	void aChangedSeedFileIsUpdatedAndARemovedOneDropped(@TempDir Path data) throws Exception {
		Files.createDirectories(data.resolve("models"));
		Files.createDirectories(data.resolve("grades"));
		Files.copy(Path.of("data/models/lenovo-cs.yaml"), data.resolve("models/lenovo-cs.yaml"));
		Files.copy(Path.of("data/models/hrbp.yaml"), data.resolve("models/hrbp.yaml"));
		try (var ctx = start(data)) {
			assertThat(ctx.getBean(CatalogueService.class).current().models()).containsOnlyKeys("lenovo-cs", "hrbp");
		}
		Files.delete(data.resolve("models/hrbp.yaml"));
		String lenovo = Files.readString(data.resolve("models/lenovo-cs.yaml"));
		Files.writeString(data.resolve("models/lenovo-cs.yaml"), lenovo.replace("成就事业", "成就事业(修订)"));
		try (var ctx = start(data)) {
			Catalogue catalogue = ctx.getBean(CatalogueService.class).current();
			assertThat(catalogue.models()).containsOnlyKeys("lenovo-cs");
			assertThat(catalogue.requireCompetency("lenovo-cs", "achievement").name().zh()).isEqualTo("成就事业(修订)");
		}
	}

}
