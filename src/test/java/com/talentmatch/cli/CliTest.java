package com.talentmatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

	final StringWriter out = new StringWriter();

	final StringWriter err = new StringWriter();

	int run(String... args) {
		return Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
	}

	@Test
	void knowsItsCommandsFromServerOptions() {
		assertThat(Cli.isCommand(new String[] { "import-model", "x.csv" })).isTrue();
		assertThat(Cli.isCommand(new String[] { "--server.port=9090" })).isFalse();
		assertThat(Cli.isCommand(new String[0])).isFalse();
	}

	@Test
	void validateDataAcceptsTheSeedData() {
		assertThat(run("validate-data")).isZero();
		assertThat(out.toString()).contains("lenovo-cs").containsPattern("OK: \\d+ models, 2 grade scales");
	}

	@Test
	void validateDataListsEachProblemAndFails(@TempDir Path data) throws IOException {
		Files.createDirectories(data.resolve("models"));
		Files.writeString(data.resolve("models/bad.yaml"), "id: Bad Id\nname: {zh: 坏}\n");
		assertThat(run("validate-data", "--data-dir", data.toString())).isEqualTo(1);
		assertThat(err.toString()).contains("models/bad.yaml:1 (id): id 'Bad Id' must be lower-case")
			.contains("required field 'english' is missing")
			.contains("problem(s) in");
	}

	@Test
	void importModelStoresAGoodFileAndRefusesABadOneWhole(@TempDir Path store, @TempDir Path tmp) throws IOException {
		Path good = Path.of("data/examples/digital-skills-framework.csv");
		Path bad = tmp.resolve("bad.csv");
		Files.writeString(bad, Files.readString(good)
			.replace("digital-skills,", "other-skills,")
			.replace(",Expert,Sets security policy", ",Master,Sets security policy"));
		assertThat(run("import-model", bad.toString(), "--store-dir", store.toString())).isEqualTo(1);
		assertThat(err.toString()).contains("bad.csv:17 (level): level 'Master' is not in the scale")
			.contains("nothing was imported");
		assertThat(run("import-model", good.toString(), "--store-dir", store.toString(), "--user", "hr"))
			.isZero();
		assertThat(out.toString()).contains("Imported model 'digital-skills': 4 competencies, 16 rows");
		assertThat(run("import-model", good.toString(), "--store-dir", store.toString())).isEqualTo(2);
		assertThat(run("list-models", "--store-dir", store.toString())).isZero();
		assertThat(out.toString()).contains("digital-skills").containsPattern("cs-dept\\s+seed").doesNotContain("other-skills");
	}

	@Test
	void importModelRefusesOtherFileTypes() {
		assertThat(run("import-model", "framework.xls")).isEqualTo(3);
		assertThat(err.toString()).contains("neither .csv nor .xlsx");
	}
}
