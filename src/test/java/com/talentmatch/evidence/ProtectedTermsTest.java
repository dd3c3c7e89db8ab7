package com.talentmatch.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.talentmatch.catalogue.InvalidDataException;

/**
 * The redaction of {@code data/evidence/protected-terms.txt}, with exact output: each
 * case shows the redacted text, then every redaction as {@code term@start-end}.
 */
class ProtectedTermsTest {

	static final ProtectedTerms TERMS = Lexicon.load(Path.of("data/evidence")).protectedTerms();

	static String redact(String text) {
		ProtectedTerms.Redacted r = TERMS.redact(text);
		return r.text() + r.redactions()
			.stream()
			.map(x -> " " + x.term() + "@" + x.start() + "-" + x.end())
			.collect(Collectors.joining());
	}

	@Test
	void removesStatedAgeMaritalAndChildbearingStatusFromChineseText() {
		assertThat(redact("他今年32岁,已婚,善于倾听。")).isEqualTo("他今年[*],[*],善于倾听。 N岁@3-6 已婚@7-9");
		assertThat(redact("性别：女，年龄：28岁，已婚已育，育有一子。"))
			.isEqualTo("[*]，[*]，[*][*]，[*]。 性别@0-4 年龄@5-11 已婚@12-14 已育@14-16 育有@17-21");
		assertThat(redact("张三，男，1990年生，汉族。")).isEqualTo("张三，[*]，[*]，[*]。 男/女@3-4 N年生@5-11 X族@12-14");
		assertThat(redact("出生于1991年3月,90后。")).isEqualTo("[*],[*]。 出生@0-10 N后@11-14");
		assertThat(redact("她是女性。")).isEqualTo("她是[*]。 男性/女性@2-4");
		assertThat(redact("民族：汉，宗教信仰：无。")).isEqualTo("[*]，[*]。 民族@0-4 宗教@5-11");
		assertThat(redact("他信仰佛教,是穆斯林。")).isEqualTo("他[*][*],是[*]。 信仰@1-3 佛教@3-5 穆斯林@7-10");
	}

	@Test
	void catchesFullWidthDigitsAndTraditionalCharacters() {
		assertThat(redact("他今年３２岁，身高１７８厘米。")).isEqualTo("他今年[*]，身高１７８厘米。 N岁@3-6");
		assertThat(redact("年齡：三十五歲，離異。")).isEqualTo("[*]，[*]。 年龄@0-7 离异@8-10");
	}

	@Test
	void removesEnglishStatementsWholeWordsInAnyCase() {
		assertThat(redact("She is 32 years old, married with two children."))
			.isEqualTo("She is [*], [*] [*]. N years old@7-19 married@21-28 N children@29-46");
		assertThat(redact("Age: 41. Gender: female. Born in Shanghai in 1983."))
			.isEqualTo("[*]. [*]. [*]. age N@0-7 gender@9-23 born@25-49");
		assertThat(redact("PREGNANT, on Maternity Leave since May; she is female."))
			.isEqualTo("[*], on [*] since May; she is [*]. pregnant@0-8 maternity leave@13-28 male/female@47-53");
	}

	@Test
	void leavesWordsThatOnlyLookProtected() {
		for (String kept : new String[] { "岁末年初,她牵头完成了年度复盘。", "岁月不居,她始终坚持倾听客户。", "这个问题产生于2019年的流程改造。", "公司诞生于1998年。",
				"2020年生产线改造。", "针对女性客户的需求设计了服务方案。", "不同年龄段的客户需求不同。", "他知道教练的要求。", "仿佛教会了大家沟通。", "负责员工生育保险的办理。",
				"推广民族品牌。", "男女客户一视同仁。", "He managed the average page 32 usage.", "She is a female customer advocate.",
				"The newborn product line launched in 2021.", "3天后回访客户。" }) {
			assertThat(redact(kept)).as(kept).isEqualTo(kept);
		}
	}

	@Test
	void redactsADocumentSentenceBySentenceWithOffsetsInTheDocument() {
		ProtectedTerms.Redacted r = TERMS.redactDocument("男，32岁。\n女，已婚\n她善于倾听。");
		assertThat(r.text()).isEqualTo("[*]，[*]。\n[*]，[*]\n她善于倾听。");
		assertThat(r.redactions()).containsExactly(new Redaction("男/女", "gender", 0, 1),
				new Redaction("N岁", "age", 2, 5), new Redaction("男/女", "gender", 7, 8),
				new Redaction("已婚", "marital", 9, 11));
	}

	@Test
	void aMalformedListIsRefusedWithEveryLine() {
		String list = "# test\n年龄\n[age]\n/\\d+岁/\nN岁 = /(\\d+岁/\n已婚\n";
		assertThatThrownBy(() -> ProtectedTerms.parse(list, "evidence/protected-terms.txt")).isInstanceOfSatisfying(
				InvalidDataException.class,
				e -> assertThat(e.problems()).extracting(p -> p.line() + ": " + p.message())
					.containsExactly("2: an entry before the first [category] heading (e.g. [age]): 年龄",
							"4: a pattern needs a label, 'label = /pattern/'; a word is written as it is: /\\d+岁/",
							"5: not a valid pattern: Unclosed group near index 5 of /(\\d+岁/"));
	}

}
