package com.talentmatch.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.talentmatch.catalogue.Catalogue;
import com.talentmatch.catalogue.CatalogueLoader;
import com.talentmatch.catalogue.NotFoundException;

/** Matching against the real seed models and lexicon. */
class EvidenceMatcherTest {

	static final Catalogue CATALOGUE;

	static final EvidenceMatcher MATCHER;

	static {
		CatalogueLoader.Loaded data = CatalogueLoader.load(Path.of("data"));
		CATALOGUE = Catalogue.of(3, data.models(), data.gradeScales());
		EvidenceAnalyzer analyzer = new EvidenceAnalyzer(EvidenceAnalyzer.Segmentation.HYBRID,
				Lexicon.load(Path.of("data/evidence")));
		MATCHER = new EvidenceMatcher(IndicatorIndex.build(CATALOGUE, analyzer), new GradeRecognizer(CATALOGUE),
				MatchSettings.DEFAULT);
	}

	@Test
	void aSentenceCloseToAnIndicatorClaimsItsCompetencyAndLevel() {
		SentenceMatch m = MATCHER.matchSentence("cs-dept", "他能预见到不同客户的关注点,针对不同对象采取相应的沟通策略。");
		assertThat(m.claimed()).isTrue();
		assertThat(m.competency()).isEqualTo("communication");
		assertThat(m.level()).isEqualTo("3");
		assertThat(m.levelIndicator().indicator()).startsWith("预见到他人的需要和关注点");
		assertThat(m.best().highlighted()).contains("<em>");
		assertThat(m.highlighted()).contains("<em>");
	}

	@Test
	void protectedWordsAreRedactedBeforeMatchingAndEachSentenceSaysWhere() {
		MatchResult r = MATCHER.match("cs-dept", "周末爬山。她今年32岁，已婚，能预见到不同客户的关注点,针对不同对象采取相应的沟通策略。");
		SentenceMatch m = r.sentences().get(1);
		assertThat(m.sentence()).isEqualTo(new Sentence(1, "她今年[*]，[*]，能预见到不同客户的关注点,针对不同对象采取相应的沟通策略。", 5, 44));
		assertThat(m.redactions()).containsExactly(new Redaction("N岁", "age", 8, 11),
				new Redaction("已婚", "marital", 12, 14));
		assertThat(m.highlighted()).startsWith("她今年[*]，[*]，能<em>预见到不同</em>");
		SentenceMatch without = MATCHER.matchSentence("cs-dept", "她今年，，能预见到不同客户的关注点,针对不同对象采取相应的沟通策略。");
		assertThat(m.score()).as("the words weigh nothing").isEqualTo(without.score());
		assertThat(m.competency()).isEqualTo("communication");
		assertThat(r.sentences().get(0).redactions()).isEmpty();
	}

	@Test
	void unrelatedSentencesClaimNothing() {
		for (String s : new String[] { "他周末喜欢去钓鱼。", "食堂的午餐从12元涨到了15元。", "他身高一米八,体重七十公斤。",
				"The canteen sells noodles for 12 yuan." }) {
			assertThat(MATCHER.matchSentence("cs-dept", s).claimed()).as(s).isFalse();
		}
	}

	@Test
	void aParagraphGivesLevelsPerCompetencyWithTheirSentencesAndGrades() {
		String notes = """
				面试记录:
				1. 她能预见到不同客户的关注点,针对不同对象采取相应的沟通策略。
				2. 对不同情境所要求的沟通方式有系统的认识,能灵活调整。
				3. 周末喜欢爬山。
				4. 已通过英语六级,能阅读英文产品资料。
				""";
		MatchResult r = MATCHER.match("cs-dept", notes);
		assertThat(r.sentences()).hasSize(5);
		assertThat(r.sentences().get(3).claimed()).isFalse();
		InferredLevel communication = r.competencies()
			.stream()
			.filter(l -> l.competency().equals("communication"))
			.findFirst()
			.orElseThrow();
		assertThat(communication.level()).isEqualTo("3");
		assertThat(communication.sentences()).containsExactlyInAnyOrder(1, 2);
		assertThat(communication.confidence()).isGreaterThan(r.sentences().get(1).score());
		assertThat(r.grades()).extracting(GradeMention::grade).containsExactly("CET-6");
		assertThat(r.grades().get(0).sentence()).isEqualTo(4);
		assertThat(r.catalogueRevision()).isEqualTo(3);
	}

	@Test
	void lenovoLevelsUseTheModelsOwnScale() {
		SentenceMatch m = MATCHER.matchSentence("lenovo-cs", "他站在客户的角度考虑客户的需求,有针对性地提供产品和服务。");
		assertThat(m.claimed()).isTrue();
		assertThat(m.competency()).isEqualTo("customer-focus");
		assertThat(m.level()).isIn("B", "D", "E", "S");
		assertThat(m.levelRank()).isBetween(1, 4);
	}

	@Test
	void modelWithoutIndicatorsIsRefused() {
		assertThatThrownBy(() -> MATCHER.match("cs-roles", "任何文本")).isInstanceOf(NotFoundException.class)
			.hasMessageContaining("no indicator text");
	}

	@Test
	void importedEnglishFrameworksMatchEnglishEvidence() throws Exception {
		var imported = new com.talentmatch.catalogue.importing.FrameworkImporter(100).read(
				java.nio.file.Files.readAllBytes(Path.of("data/examples/digital-skills-framework.csv")), "ds.csv",
				com.talentmatch.table.TableFormat.CSV);
		Catalogue withImport = Catalogue.of(4,
				java.util.stream.Stream
					.concat(CATALOGUE.models().values().stream(), java.util.stream.Stream.of(imported.model()))
					.toList(),
				CATALOGUE.sortedGradeScales());
		EvidenceMatcher m = new EvidenceMatcher(IndicatorIndex.build(withImport, MATCHER.index().analyzer()),
				new GradeRecognizer(withImport), MatchSettings.DEFAULT);
		SentenceMatch s = m.matchSentence("digital-skills",
				"She planned and ran interviews with users, then reported what she learned.");
		assertThat(s.claimed()).isTrue();
		assertThat(s.competency()).isEqualTo("user-research");
		assertThat(s.level()).isEqualTo("Working");
	}

}
