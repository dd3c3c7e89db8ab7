package com.talentmatch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import com.talentmatch.cli.Cli;
import com.talentmatch.store.EmbeddedStore;

/**
 * The talent-match service. {@code java -jar talent-match.jar} serves the REST API; with
 * a command name as first argument ({@code validate-data}, {@code import-model},
 * {@code list-models}) the same jar runs that command and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TalentMatchApplication {

	public static void main(String[] args) {
		if (Cli.isCommand(args)) {
			System.exit(Cli.run(args));
		}
		EmbeddedStore.bindToLoopback();
		SpringApplication.run(TalentMatchApplication.class, args);
	}

}
