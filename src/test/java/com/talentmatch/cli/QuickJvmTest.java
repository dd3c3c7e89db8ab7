package com.talentmatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** When and how {@code java -jar … COMMAND} is relaunched for a short run. */
class QuickJvmTest {

	final String[] args = { "list-models", "--store-dir", "var/store" };

	@Test
	void relaunchesAJarWithTheQuickCompilerItsOptionsAndArguments() {
		assertThat(QuickJvm.command("/jdk/bin/java", "target/talent-match.jar",
				"target/talent-match.jar list-models --store-dir var/store", List.of("-Xmx1g", "-Dx=y"), args))
			.containsExactly("/jdk/bin/java", "-XX:TieredStopAtLevel=1", "-Xmx1g", "-Dx=y",
					"-Dtalent-match.cli.relaunch=false", "-jar", "target/talent-match.jar", "list-models",
					"--store-dir", "var/store");
	}

	@Test
	void runsInPlaceWhenNotStartedFromTheJarOrAlreadyTuned() {
		assertThat(QuickJvm.command("java", "target/classes:lib/a.jar", "com.talentmatch.TalentMatchApplication x",
				List.of(), args))
			.as("a class path (tests, an IDE)")
			.isNull();
		assertThat(QuickJvm.command("java", "target/talent-match.jar", "target/talent-match.jar list-models",
				List.of("-XX:TieredStopAtLevel=4"), args))
			.as("the user chose a compiler level")
			.isNull();
		assertThat(QuickJvm.command(args)).as("this test JVM was not started with -jar").isNull();
	}

}
