package com.talentmatch.rules;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the rules come from.
 *
 * @param rulesDir the rules directory (default {@code rules})
 * @param rulesWatch whether changed rule files are picked up while running (default true)
 * @param rulesRecordActivations whether this process records which version it made
 * active, for a later start with invalid rules to go back to (default true; CLI commands,
 * which serve nobody, do not)
 */
@ConfigurationProperties("talent-match")
public record RuleProperties(Path rulesDir, Boolean rulesWatch, Boolean rulesRecordActivations) {

	public RuleProperties {
		rulesDir = rulesDir == null ? Path.of("rules") : rulesDir;
		rulesWatch = rulesWatch == null || rulesWatch;
		rulesRecordActivations = rulesRecordActivations == null || rulesRecordActivations;
	}
}
