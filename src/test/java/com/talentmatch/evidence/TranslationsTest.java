package com.talentmatch.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.talentmatch.catalogue.CatalogueLoader;
import com.talentmatch.catalogue.Competency;
import com.talentmatch.catalogue.CompetencyLevel;
import com.talentmatch.catalogue.CompetencyModel;
import com.talentmatch.catalogue.Indicator;
import com.talentmatch.catalogue.InvalidDataException;

/**
 * The English translations in {@code data/evidence/translations/} belong to indicators
 * that exist, verbatim, with their competency and level.
 */
class TranslationsTest {

	@Test
	void everyTranslationNamesAnIndicatorOfItsModelVerbatim() throws IOException {
		CatalogueLoader.Loaded data = CatalogueLoader.load(Path.of("data"));
		Translations translations = Translations.load(Path.of("data", "evidence", "translations"));
		List<String> orphans = new ArrayList<>();
		int found = 0;
		for (Path f : Files.list(Path.of("data", "evidence", "translations")).sorted().toList()) {
			String model = f.getFileName().toString().replace(".tsv", "");
			CompetencyModel m = data.models().stream().filter(x -> x.id().equals(model)).findFirst().orElseThrow();
			for (String line : Files.readAllLines(f)) {
				if (line.startsWith("#") || line.isBlank()) {
					continue;
				}
				String[] c = line.split("\t");
				if (!exists(m, c[0], c[1], c[2])) {
					orphans.add(f.getFileName() + ": " + line);
				}
				found++;
			}
		}
		assertThat(orphans).isEmpty();
		assertThat(translations.size()).isEqualTo(found).isEqualTo(262);
		assertThat(translations.of("cs-dept", "communication", "表达言简意赅,具有较强的逻辑性,观点清晰明确。"))
			.isEqualTo("Expresses himself concisely and logically, with clear and definite points.");
	}

	private static boolean exists(CompetencyModel m, String competency, String level, String text) {
		for (Competency c : m.competencies()) {
			if (!c.id().equals(competency)) {
				continue;
			}
			for (CompetencyLevel l : c.levels()) {
				if (l.code().equals(level) && l.indicators().stream().map(Indicator::text).anyMatch(text::equals)) {
					return true;
				}
			}
		}
		return false;
	}

	@Test
	void aMalformedRowNamesFileAndLine(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("x.tsv"), "# header\ncommunication\t1\tonly three columns\n");
		assertThatThrownBy(() -> Translations.load(dir)).isInstanceOfSatisfying(InvalidDataException.class,
				e -> assertThat(e.problems().get(0).toString()).contains("translations/x.tsv:2"));
	}

}
