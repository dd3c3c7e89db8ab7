package com.talentmatch.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.talentmatch.catalogue.Catalogue;
import com.talentmatch.catalogue.CatalogueLoader;

class GradeRecognizerTest {

	static final GradeRecognizer GRADES;

	static {
		CatalogueLoader.Loaded data = CatalogueLoader.load(Path.of("data"));
		GRADES = new GradeRecognizer(Catalogue.of(0, data.models(), data.gradeScales()));
	}

	static List<String> found(String text) {
		return GRADES.find(SentenceSplitter.split(text)).stream().map(g -> g.scale() + "/" + g.grade()).toList();
	}

	@Test
	void recognisesEnglishGradesInBothLanguages() {
		assertThat(found("通过大学英语四级")).containsExactly("english/CET-4");
		assertThat(found("英语六级证书,CET 6 score 520")).containsExactly("english/CET-6");
		assertThat(found("持有专业八级(TEM-8)证书")).containsExactly("english/TEM-8");
		assertThat(found("She passed cet4 and TEM8.")).containsExactly("english/CET-4", "english/TEM-8");
	}

	@Test
	void recognisesDegrees() {
		assertThat(found("本科学历,后读了硕士研究生")).containsExactly("degree/bachelor", "degree/master");
	}

	@Test
	void latinSpellingsMustStandAlone() {
		assertThat(found("SYSTEM8 and CET64 are not grades")).isEmpty();
	}

	@Test
	void reportsTheSentenceAndTheWordsAsWritten() {
		List<GradeMention> g = GRADES.find(SentenceSplitter.split("负责投诉处理。已通过英语专业八级。"));
		assertThat(g).singleElement().satisfies(m -> {
			assertThat(m.sentence()).isEqualTo(1);
			assertThat(m.text()).isEqualTo("英语专业八级");
			assertThat(m.rank()).isEqualTo(4);
		});
	}

}
