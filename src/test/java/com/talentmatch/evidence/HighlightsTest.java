package com.talentmatch.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class HighlightsTest {

	static Terms.Token t(String term, int start, int end) {
		return new Terms.Token(term, start, end);
	}

	@Test
	void marksMatchedWordsAndMergesTouchingOnes() {
		String text = "预见到不同对象";
		List<Terms.Token> tokens = List.of(t("预见", 0, 3), t("~到不", 2, 4), t("不同", 3, 5), t("对象", 5, 7));
		assertThat(Highlights.mark(text, tokens, Set.of("预见", "不同", "对象"))).isEqualTo("<em>预见到不同对象</em>");
		assertThat(Highlights.mark(text, tokens, Set.of("预见", "对象"))).isEqualTo("<em>预见到</em>不同<em>对象</em>");
	}

	@Test
	void escapesTheRestAsHtml() {
		String text = "a<b> & 沟通";
		assertThat(Highlights.mark(text, List.of(t("沟通", 7, 9)), Set.of("沟通")))
			.isEqualTo("a&lt;b&gt; &amp; <em>沟通</em>");
	}

	@Test
	void withoutMatchesTheTextIsOnlyEscaped() {
		assertThat(Highlights.mark("x<y", List.of(), Set.of("z"))).isEqualTo("x&lt;y");
	}

}
