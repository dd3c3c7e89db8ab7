package com.talentmatch.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The weakness patterns of {@code data/evidence/weakness.txt}. */
class WeaknessTest {

	static final Weakness WEAKNESS = Lexicon.load(Path.of("data", "evidence")).weakness();

	@ParameterizedTest
	@ValueSource(strings = { "与其他岗位的配合还需要加强。", "缺乏耐心,偶尔会和同事起冲突。", "工作上不够主动,要等主管安排。",
			"She needs to improve how she explains billing.", "Lacks patience with demanding callers.", "服务态度有待提高。",
			"对流程的掌握还不熟练。", "信心不足,遇到难题容易退缩。", "This is an area for development." })
	void weaknessesAreRecognised(String sentence) {
		assertThat(WEAKNESS.find(sentence)).as(sentence).isNotNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "他能够准确理解客户的观点。", "不需要催促就主动推进。", "当事情进展困难时千万不要轻易放弃。", "领导指出他的不足后,他虚心接受并很快调整了做法。",
			"他对部门核心业务链条的每个环节和突出短板都了然于胸。", "工作中不说假话。", "She improved the escalation process.",
			"He never lacked ideas." })
	void strengthsAreNotWeaknesses(String sentence) {
		assertThat(WEAKNESS.find(sentence)).as(sentence).isNull();
	}

}
