package com.talentmatch.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** {@code talent-match.evidence.semantic} chooses the mode; the default is the fusion. */
class EvidencePropertiesTest {

	@Test
	void semanticIsOnByDefaultAndOffGivesTheLexicalMatcher() {
		EvidenceProperties defaults = new EvidenceProperties(null, null, null, null, null);
		assertThat(defaults.semantic()).isTrue();
		assertThat(defaults.settings(true)).isEqualTo(MatchSettings.HYBRID);
		assertThat(defaults.vectorCacheDir()).isEqualTo(Path.of("var", "vectors"));
		EvidenceProperties off = new EvidenceProperties(null, false, null, null, null);
		assertThat(off.semantic()).isFalse();
		assertThat(off.settings(false)).isEqualTo(MatchSettings.DEFAULT);
		assertThat(off.settings(false).semantic()).isFalse();
		assertThat(new EvidenceProperties(null, null, 0.4, 3, null).settings(true))
			.isEqualTo(MatchSettings.HYBRID.withThreshold(0.4).withMinSharedTerms(3));
	}

}
