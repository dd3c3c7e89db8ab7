package com.talentmatch.evidence;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Evidence matching settings ({@code talent-match.evidence.*}).
 *
 * @param maxTextChars longest evidence text accepted in one request (longer is answered
 * with 413)
 * @param threshold claim threshold, see {@link MatchSettings#threshold()}
 * @param minSharedTerms see {@link MatchSettings#minSharedTerms()}
 */
@ConfigurationProperties("talent-match.evidence")
public record EvidenceProperties(Integer maxTextChars, Double threshold, Integer minSharedTerms) {

	public EvidenceProperties {
		maxTextChars = maxTextChars == null ? 50_000 : maxTextChars;
		threshold = threshold == null ? MatchSettings.DEFAULT.threshold() : threshold;
		minSharedTerms = minSharedTerms == null ? MatchSettings.DEFAULT.minSharedTerms() : minSharedTerms;
	}

	MatchSettings settings() {
		return MatchSettings.DEFAULT.withThreshold(threshold).withMinSharedTerms(minSharedTerms);
	}
}
