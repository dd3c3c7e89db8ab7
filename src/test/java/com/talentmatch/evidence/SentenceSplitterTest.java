package com.talentmatch.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

	static List<String> split(String text) {
		return SentenceSplitter.split(text).stream().map(Sentence::text).toList();
	}

	@Test
	void splitsAtChineseAndEnglishPunctuationAndLineBreaks() {
		assertThat(split("她主动倾听客户。随后复述要点！He follows up. Then reports?最后总结；\n另起一行")).containsExactly("她主动倾听客户。",
				"随后复述要点！", "He follows up.", "Then reports?", "最后总结；", "另起一行");
	}

	@Test
	void stripsBulletsAndNumbering() {
		assertThat(split("• 倾听客户\n- 记录要点\n1) 复述确认\n2. 跟进回访\n（3）总结经验\n④ 分享\n五、改进")).containsExactly("倾听客户", "记录要点",
				"复述确认", "跟进回访", "总结经验", "分享", "改进");
	}

	@Test
	void keepsDecimalsAndDropsEmptyPieces() {
		assertThat(split("满意度提升了3.5个百分点。。。\n\n   \n——")).containsExactly("满意度提升了3.5个百分点。");
	}

	@Test
	void recordsWhereEachSentenceStands() {
		String text = "  第一句。 第二句";
		List<Sentence> s = SentenceSplitter.split(text);
		assertThat(s).hasSize(2);
		assertThat(text.substring(s.get(1).start(), s.get(1).end())).isEqualTo("第二句");
		assertThat(s.get(1).index()).isEqualTo(1);
	}

}
