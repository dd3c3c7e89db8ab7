package com.talentmatch.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.talentmatch.TalentMatchApplication;

/** Starts the application without the web server, for commands that use the store. */
final class SpringContexts {

	private SpringContexts() {
	}

	static ConfigurableApplicationContext start(Path dataDir, Path storeDir) {
		List<String> args = new ArrayList<>(List.of("--spring.main.banner-mode=off", "--logging.level.root=WARN",
				"--talent-match.demo-pool=false", "--talent-match.rules-watch=false",
				"--talent-match.rules-record-activations=false", "--logging.level.org.flywaydb=ERROR"));
		if (dataDir != null) {
			args.add("--talent-match.data-dir=" + dataDir);
		}
		if (storeDir != null) {
			args.add("--talent-match.store-dir=" + storeDir);
		}
		return new SpringApplicationBuilder(TalentMatchApplication.class).web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.run(args.toArray(String[]::new));
	}

}
