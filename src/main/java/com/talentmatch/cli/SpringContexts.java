package com.talentmatch.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts a slim non-web application context ({@link CliBeans}) for a command that uses
 * the store: the same configuration (application.yml, environment, {@code --data-dir},
 * {@code --store-dir}) and the same store sharing (auto-server) as the service, but only
 * the beans of the command's {@link CliBeans.Scope}, each created when first needed.
 * Evidence text is matched lexically (Lucene BM25): the semantic (embedding) models are
 * not loaded by commands.
 */
final class SpringContexts {

	private SpringContexts() {
	}

	static ConfigurableApplicationContext start(Path dataDir, Path storeDir, CliBeans.Scope scope) {
		List<String> args = new ArrayList<>(List.of("--logging.level.root=WARN", "--talent-match.demo-pool=false",
				"--talent-match.rules-watch=false", "--talent-match.rules-record-activations=false",
				"--talent-match.evidence.semantic=false", "--logging.level.org.flywaydb=ERROR"));
		if (dataDir != null) {
			args.add("--talent-match.data-dir=" + dataDir);
		}
		if (storeDir != null) {
			args.add("--talent-match.store-dir=" + storeDir);
		}
		return new SpringApplicationBuilder(scope.configuration).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.lazyInitialization(true)
			.run(args.toArray(String[]::new));
	}

	/**
	 * Starts creating {@code bean} on a second thread while the command goes on with
	 * other beans (a command that needs both the rules and the evidence matcher builds
	 * them side by side). A failure is left for the command to meet when it asks for the
	 * bean itself.
	 */
	static void prepare(ConfigurableApplicationContext ctx, Class<?> bean) {
		Thread t = new Thread(() -> {
			try {
				ctx.getBean(bean);
			}
			catch (RuntimeException e) {
				// the command asks for it again and reports what went wrong
			}
		}, "cli-prepare-" + bean.getSimpleName());
		t.setDaemon(true);
		t.start();
	}

}
