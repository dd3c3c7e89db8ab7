package com.talentmatch.evidence;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Evidence matching settings ({@code talent-match.evidence.*}).
 *
 * @param maxTextChars longest evidence text accepted in one request (longer is answered
 * with 413)
 * @param semantic whether the semantic view (sentence vectors, kNN, fusion) takes part;
 * {@code false} gives the lexical matcher alone, for small machines (no model is loaded,
 * ≈ 600 MB less memory)
 * @param threshold claim threshold, see {@link MatchSettings#threshold()}; unset: the
 * calibrated one of the chosen mode
 * @param minSharedTerms see {@link MatchSettings#minSharedTerms()}
 * @param vectorCacheDir where catalogue vectors are kept between restarts (default
 * {@code var/vectors})
 */
@ConfigurationProperties("talent-match.evidence")
public record EvidenceProperties(Integer maxTextChars, Boolean semantic, Double threshold, Integer minSharedTerms,
		Path vectorCacheDir) {

	public EvidenceProperties {
		maxTextChars = maxTextChars == null ? 50_000 : maxTextChars;
		semantic = semantic == null || semantic;
		vectorCacheDir = vectorCacheDir == null ? Path.of("var", "vectors") : vectorCacheDir;
	}

	/** The settings of the semantic mode ({@code hybrid}) or of the lexical one. */
	MatchSettings settings(boolean hybrid) {
		MatchSettings base = hybrid ? MatchSettings.HYBRID : MatchSettings.DEFAULT;
		if (threshold != null) {
			base = base.withThreshold(threshold);
		}
		if (minSharedTerms != null) {
			base = base.withMinSharedTerms(minSharedTerms);
		}
		return base;
	}
}
