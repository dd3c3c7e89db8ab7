package com.talentmatch.rules;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the rules come from.
 *
 * @param rulesDir the rules directory (default {@code rules})
 * @param rulesWatch whether changed rule files are picked up while running (default true)
 */
@ConfigurationProperties("talent-match")
public record RuleProperties(Path rulesDir, Boolean rulesWatch) {

	public RuleProperties {
		rulesDir = rulesDir == null ? Path.of("rules") : rulesDir;
		rulesWatch = rulesWatch == null || rulesWatch;
	}
}
