package com.talentmatch.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.talentmatch.catalogue.InvalidDataException;

/**
 * Every {@code dslr} and {@code drl} example of {@code rules/README.md} builds with the
 * rules of the folder: the analysts' guide cannot show a sentence the service refuses.
 * (An example already in a rule file is built once more under another package.)
 */
class RulesReadmeExamplesTest {

	private static final Pattern BLOCK = Pattern.compile("```(dslr|drl)\\n(.*?)```", Pattern.DOTALL);

	@Test
	void everyRuleExampleOfTheGuideBuilds() throws IOException {
		String guide = Files.readString(Path.of("rules/README.md"));
		Matcher m = BLOCK.matcher(guide);
		int n = 0;
		while (m.find()) {
			n++;
			String body = m.group(2);
			boolean dslr = m.group(1).equals("dslr");
			String header = "package readme" + n + "\nimport com.talentmatch.rules.facts.*\n"
					+ (dslr ? "expander vocabulary.dsl\n" : "");
			List<RuleFile> files = new ArrayList<>(RuleFiles.read(Path.of("rules")));
			// the example may repeat a declaration of the folder: drop the file it comes
			// from
			files.removeIf(f -> f.isRuleSource() && !f.path().startsWith("common/") && sharesARule(f, body));
			files.add(new RuleFile("readme/example" + n + (dslr ? ".dslr" : ".drl"),
					(header + body).getBytes(StandardCharsets.UTF_8)));
			try {
				RuleSets.build(files, RuleSetBuilderTest.CATALOGUE, "readme");
			}
			catch (InvalidDataException e) {
				throw new AssertionError(
						"example " + n + " of rules/README.md is refused: " + e.problems() + "\n" + body);
			}
		}
		assertThat(n).as("the guide's rule examples").isGreaterThanOrEqualTo(7);
	}

	private static boolean sharesARule(RuleFile f, String body) {
		Matcher r = Pattern.compile("rule \"([^\"]+)\"").matcher(body);
		while (r.find()) {
			if (f.text().contains("rule \"" + r.group(1) + "\"")) {
				return true;
			}
		}
		return false;
	}

}
