package com.talentmatch.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A grade is recognised by its code, names and aliases, ignoring case, spaces, '-' and
 * '_'.
 */
class GradeTest {

	static final Grade CET6 = new Grade("CET-6", 2, new LocalizedText("大学英语六级", "College English Test Band 6"),
			List.of("英语六级", "CET 6"));

	@Test
	void everySpellingIsRecognisedAndNothingElse() {
		assertThat(CET6.isCalled("cet6")).isTrue();
		assertThat(CET6.isCalled(" CET_6 ")).isTrue();
		assertThat(CET6.isCalled("Cet\t-\n6")).isTrue();
		assertThat(CET6.isCalled("英语 六级")).isTrue();
		assertThat(CET6.isCalled("college-english-test band6")).isTrue();
		assertThat(CET6.isCalled("CET-4")).isFalse();
		assertThat(CET6.isCalled("CET.6")).isFalse();
		assertThat(CET6.spellings()).containsExactlyInAnyOrder("cet6", "大学英语六级", "collegeenglishtestband6", "英语六级");
	}

	@Test
	void squashingRemovesWhatTheRegexRemoved() {
		String text = " A-b_C\td\ne\u000Bf\fg\rh 中-文 ";
		assertThat(Grade.squash(text)).isEqualTo(text.replaceAll("[\\s\\-_]", "").toLowerCase(java.util.Locale.ROOT));
	}

}
