package com.talentmatch.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.talentmatch.catalogue.InvalidDataException;
import com.talentmatch.evidence.EvidenceAnalyzer.Segmentation;

/**
 * Exact tokens, on a small lexicon of the test's own so that editing data/evidence does
 * not move them.
 */
class EvidenceAnalyzerTest {

	static EvidenceAnalyzer smartcn;

	static EvidenceAnalyzer bigrams;

	static EvidenceAnalyzer hybrid;

	@BeforeAll
	static void lexicon(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("stopwords.txt"), "# test\n的\n并\nthe\nin\n");
		Files.writeString(dir.resolve("synonyms.txt"), "客户, 顾客\n沟通, 交流\ncustomer, client\n");
		Lexicon lexicon = Lexicon.load(dir);
		smartcn = new EvidenceAnalyzer(Segmentation.SMARTCN, lexicon);
		bigrams = new EvidenceAnalyzer(Segmentation.CJK_BIGRAMS, lexicon);
		hybrid = new EvidenceAnalyzer(Segmentation.HYBRID, lexicon);
	}

	static List<String> tokens(EvidenceAnalyzer a, String text) {
		return Terms.tokens(a, text).stream().map(Terms.Token::term).toList();
	}

	@Test
	void segmentsChineseIntoWordsAndDropsStopWordsAndSingleCharacters() {
		assertThat(tokens(smartcn, "主动收集并分析内外部客户的意见与建议")).containsExactly("主动", "收集", "分析", "内外部", "客户", "意见", "建议");
	}

	@Test
	void foldsSynonymsOntoTheFirstWordOfTheirGroup() {
		assertThat(tokens(smartcn, "认真倾听顾客,及时交流")).containsExactly("认真", "倾听", "客户", "及时", "沟通");
		assertThat(tokens(smartcn, "helps every client")).containsExactly("help", "everi", "custom");
	}

	@Test
	void mapsTraditionalToSimplifiedBeforeSegmenting() {
		assertThat(tokens(smartcn, "與團隊溝通")).containsExactly("团队", "沟通");
	}

	@Test
	void keepsGradesWholeAndNormalisesFullWidth() {
		assertThat(tokens(smartcn, "通过了CET-6和TEM 8（ＣＥＴ４）")).containsExactly("通过", "cet6", "tem8", "cet4");
	}

	@Test
	void handlesMixedChineseAndEnglishWithDigits() {
		assertThat(tokens(smartcn, "Ｓｈｅ handled customer complaints in English，2023年沟通能力强！")).containsExactly("she",
				"handl", "custom", "complaint", "english", "2023", "沟通", "能力");
	}

	@Test
	void bigramModeEmitsOverlappingPairs() {
		assertThat(tokens(bigrams, "主动收集客户意见")).containsExactly("主动", "动收", "收集", "集客", "客户", "户意", "意见");
	}

	@Test
	void hybridModeAddsMarkedBigramsThatSynonymsAndStemmingLeaveAlone() {
		assertThat(tokens(hybrid, "收集顾客意见 for clients")).containsExactly("收集", "~收集", "~集顾", "客户", "~顾客", "~客意", "意见",
				"~意见", "for", "custom");
	}

	@Test
	void hybridBigramOffsetsNeverGoBackwards() {
		List<Terms.Token> t = Terms.tokens(hybrid, "主动收集并分析");
		for (int i = 1; i < t.size(); i++) {
			assertThat(t.get(i).start()).isGreaterThanOrEqualTo(t.get(i - 1).start());
		}
		assertThat(t).extracting(Terms.Token::term).contains("~集并", "~并分");
	}

	@Test
	void tokensKeepTheirOffsetsInTheOriginalText() {
		List<Terms.Token> t = Terms.tokens(smartcn, "通过CET-6考试");
		assertThat(t).extracting(Terms.Token::term).containsExactly("通过", "cet6", "考试");
		assertThat(t.get(1).start()).isEqualTo(2);
		assertThat(t.get(1).end()).isEqualTo(7);
	}

	@Test
	void mapsTraditionalCharactersTheOldHandMapLacked() {
		// 艱 was missing from the 514-character map; ICU's transform has it
		assertThat(tokens(smartcn, "艱難的工作")).containsExactly("艰难", "工作");
		assertThat(Terms.tokens(hybrid, "艱難的工作")).containsExactly(new Terms.Token("艰难", 0, 2),
				new Terms.Token("~艰难", 0, 2), new Terms.Token("~难的", 1, 3), new Terms.Token("~的工", 2, 4),
				new Terms.Token("工作", 3, 5), new Terms.Token("~工作", 3, 5));
	}

	@Test
	void keepsSupplementaryPlaneCharacters() {
		// 𩬅 (U+29B05) is two UTF-16 chars: filters that looked at chars dropped it
		assertThat(tokens(hybrid, "這是𩬅字")).containsExactly("~这是", "~是𩬅", "~𩬅字");
		assertThat(Terms.tokens(hybrid, "這是𩬅字").get(2)).isEqualTo(new Terms.Token("~𩬅字", 2, 5));
	}

	@Test
	void malformedWeaknessPatternNamesItsLine(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("weakness.txt"), "# weak\n还需要加强\n(缺乏\n");
		assertThatThrownBy(() -> Lexicon.load(dir)).isInstanceOfSatisfying(InvalidDataException.class,
				e -> assertThat(e.problems().get(0).toString()).contains("weakness.txt:3"));
	}

}
