package com.talentmatch.rules;

import static com.talentmatch.rules.RuleSetBuilderTest.CATALOGUE;
import static com.talentmatch.rules.RuleSetBuilderTest.dslr;
import static com.talentmatch.rules.RuleSetBuilderTest.file;
import static com.talentmatch.rules.RuleSetBuilderTest.problems;
import static com.talentmatch.rules.RuleSetBuilderTest.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.talentmatch.catalogue.DataProblem;

/**
 * Protected attributes are refused as words (identifiers, fields, sentence words,
 * decision-table columns), with the line, not as substrings; and no fact type offers one.
 */
class ProtectedAttributesTest {

	static List<DataProblem> protectedProblems(List<RuleFile> files) {
		return problems(files).stream().filter(p -> p.message().startsWith("rules may not use protected")).toList();
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			age > 30                          | age
			candidate.gender == "F"           | gender
			$c.getBirthDate() != null         | Birth
			isMarried()                       | Married
			AGE_LIMIT                         | AGE
			ethnicity                         | ethnicity
			岗位 客户服务部经理 必须 性别 不低于 1级  | 性别
			候选人年龄段                        | 年龄
			未婚优先                            | 未婚
			宗教信仰                            | 宗教
			35岁以下                            | 35岁
			""")
	void aProtectedWordIsFound(String text, String word) {
		assertThat(ProtectedAttributes.find(text)).contains(word);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			岁末考核
			manager language usage message stage page coverage
			cs-dept-manager wants grade CET-6
			绩效评级为1不能现在就绪
			海外经验 不少于 2年
			""")
	void wordsThatOnlyContainAProtectedOneAreNot(String text) {
		assertThat(ProtectedAttributes.find(text)).isEmpty();
	}

	@Test
	void aConstraintOnAgeIsRefusedWithItsLine() throws IOException {
		List<DataProblem> problems = protectedProblems(with(file("t/age.drl", """
				package t
				import com.talentmatch.rules.facts.*
				// rules never use age: this comment is fine
				rule "manager language"
				when
				    $a : Assessment( age > 30 )
				then
				end
				""")));
		assertThat(problems).extracting(DataProblem::toString)
			.containsExactly("rules/t/age.drl:6: rules may not use protected attributes (gender, age, marital or "
					+ "childbearing status, ethnicity, religion): found 'age'");
	}

	@Test
	void aFieldAccessOnGenderIsRefusedWithItsLine() throws IOException {
		List<DataProblem> problems = protectedProblems(with(file("t/gender.drl", """
				package t
				import com.talentmatch.rules.facts.*
				rule "偏好"
				when
				    $a : Assessment( candidateId != null )
				then
				    String g = $a.gender; // prefer gender X
				end
				""")));
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.line()).isEqualTo(7);
			assertThat(p.message()).endsWith("found 'gender'");
		});
	}

	@Test
	void aSentenceWithGenderIsRefusedWithItsLine() throws IOException {
		List<DataProblem> problems = protectedProblems(
				with(file("t/s.dslr", dslr("岗位 客户服务部经理 必须 持有 CET-6", "岗位 客户服务部经理 必须 性别 不低于 1级"))));
		assertThat(problems).extracting(DataProblem::toString)
			.containsExactly("rules/t/s.dslr:14: rules may not use protected attributes (gender, age, marital or "
					+ "childbearing status, ethnicity, religion): found '性别'");
	}

	@Test
	void aDecisionTableColumnOnAgeIsRefusedAtItsRow() throws IOException {
		String csv = Files.readString(Path.of("rules/ladder/requirements.drl.csv")).replace("权重 (weight)", "年龄 (age)");
		List<DataProblem> problems = protectedProblems(with(file("ladder/requirements.drl.csv", csv)));
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.file()).isEqualTo("rules/ladder/requirements.drl.csv");
			assertThat(p.line()).isEqualTo(9);
		});
	}

	@Test
	void aRuleNamedAfterTheYearEndReviewIsAccepted() throws IOException {
		String text = dslr("岗位 客户服务部经理 必须 持有 CET-6").replace("rule \"r0\"", "rule \"岁末考核 英语\"");
		RuleSet set = RuleSets.build(with(file("t/year-end.dslr", text)), CATALOGUE, null);
		assertThat(set.role("cs-dept-manager").orElseThrow().requirements()).extracting(ResolvedRequirement::rule)
			.containsExactly("岁末考核 英语");
	}

	@Test
	void noFactTypeHasAProtectedFieldOrProperty() throws IOException, URISyntaxException, ClassNotFoundException {
		List<Class<?>> classes = factClasses();
		assertThat(classes).as("every class of the facts package is in the vocabulary")
			.containsExactlyInAnyOrderElementsOf(Vocabulary.FACTS);
		List<String> found = new ArrayList<>();
		for (Class<?> c : classes) {
			for (Field f : c.getDeclaredFields()) {
				ProtectedAttributes.find(f.getName()).ifPresent(w -> found.add(c.getSimpleName() + "." + f.getName()));
			}
			for (Method m : c.getDeclaredMethods()) {
				ProtectedAttributes.find(m.getName()).ifPresent(w -> found.add(c.getSimpleName() + "." + m.getName()));
			}
			Optional.ofNullable(c.getEnumConstants())
				.ifPresent(cs -> Stream.of(cs)
					.forEach(e -> ProtectedAttributes.find(e.toString())
						.ifPresent(w -> found.add(c.getSimpleName() + "." + e))));
		}
		assertThat(found).isEmpty();
		assertThat(ProtectedAttributes.find("getBirthDate")).as("the walk would see a getter like this").isPresent();
	}

	/** The classes of the facts package, from the compiled classes directory. */
	static List<Class<?>> factClasses() throws IOException, URISyntaxException, ClassNotFoundException {
		Path dir = Path.of(Vocabulary.class.getResource("facts").toURI());
		List<Class<?>> classes = new ArrayList<>();
		try (Stream<Path> files = Files.list(dir)) {
			for (Path p : files.sorted().toList()) {
				String name = p.getFileName().toString();
				if (name.endsWith(".class") && !name.equals("package-info.class")
						&& !name.matches(".*\\$\\d+\\.class")) {
					classes.add(Class.forName(Vocabulary.FACTS_PACKAGE + "." + name.replace(".class", "")));
				}
			}
		}
		return classes;
	}

}
