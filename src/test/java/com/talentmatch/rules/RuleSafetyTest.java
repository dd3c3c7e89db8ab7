package com.talentmatch.rules;

import static com.talentmatch.rules.RuleSetBuilderTest.CATALOGUE;
import static com.talentmatch.rules.RuleSetBuilderTest.dslr;
import static com.talentmatch.rules.RuleSetBuilderTest.file;
import static com.talentmatch.rules.RuleSetBuilderTest.problems;
import static com.talentmatch.rules.RuleSetBuilderTest.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.talentmatch.catalogue.DataProblem;

/**
 * The safety check: code that could touch the machine is refused with the line of the
 * file the analyst edits (DRL, a DSL sentence, a {@code >} line, a decision-table cell),
 * before anything is compiled or fired; what today's rules use is accepted.
 */
class RuleSafetyTest {

	@TempDir
	Path dir;

	static String drl(String when, String then) {
		return "package t\nimport com.talentmatch.rules.facts.*\n\nrule \"probe\"\nwhen\n" + when + "\nthen\n" + then
				+ "\nend\n";
	}

	/** A Java string literal of the path, as a rule would write it. */
	String target() {
		return "\"" + dir.resolve("written").toString().replace("\\", "\\\\") + "\"";
	}

	@Test
	void aConsequenceThatWritesAFileIsRefusedWithItsLineAndNothingIsWritten() throws IOException {
		List<DataProblem> problems = problems(with(file("t/write.drl",
				drl("", "    java.nio.file.Files.writeString(java.nio.file.Path.of(" + target() + "), \"x\");"))));
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.file()).isEqualTo("rules/t/write.drl");
			assertThat(p.line()).isEqualTo(8);
			assertThat(p.field()).isEqualTo("rule \"probe\"");
			assertThat(p.message()).startsWith("'java.nio.file.Files.writeString(java.nio.file.Path.of(")
				.contains("fully qualified class names (java.nio.file.Files) are not allowed in rules")
				.contains("rules may not read or write files or use the network")
				.endsWith("(see rules/README.md, \"What a rule may do\")");
		});
		assertThat(dir.resolve("written")).doesNotExist();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`',
			textBlock = """
							process              | new ProcessBuilder("touch", TARGET).start();       | 'new ProcessBuilder("touch", TARGET)': ProcessBuilder is not available to rules: rules may not run programs
							runtime              | Runtime.getRuntime().exec("id");                   | 'Runtime.getRuntime().exec("id")': exec(...) is not available to rules: rules may not run programs
							exit                 | System.exit(0);                                    | 'System.exit(0)': exit(...) is not available to rules: rules may not run programs, read the environment or stop the service
							system property      | String s = System.getProperty("user.home");        | 'System.getProperty("user.home")': System is not available to rules: rules may not run programs
							class for name       | Object o = Class.forName("java.lang.Runtime");      | forName(...) is not available to rules: rules may not use reflection
							get class            | String n = kcontext.getClass().getName();          | 'kcontext.getClass()': getClass(...) is not available to rules: rules may not use reflection
							class literal        | Object c = String.class;                           | class literals (X.class) are not allowed: rules may not use reflection
							method handles       | Object l = java.lang.invoke.MethodHandles.lookup(); | fully qualified class names (java.lang.invoke.MethodHandles) are not allowed in rules; rules may not use reflection
							thread               | new Thread().start();                              | Thread is not available to rules: rules may not start threads or wait
							while loop           | while (true) { }                                   | 'while (true) { }': loops (while, for, do) are not allowed in a rule
							for loop             | for (int i = 0; i < 3; i++) { insert(i); }         | loops (while, for, do) are not allowed in a rule
							do loop              | do { } while (true);                               | loops (while, for, do) are not allowed in a rule
							static outside       | String s = String.valueOf(Integer.getInteger("x")); | 'Integer.getInteger("x")': Integer.getInteger(...) is not allowed in rules; allowed on Integer: [compare, max, min, parseInt, signum, sum, toString, valueOf]
							new outside          | Object o = new java.util.Random();                 | fully qualified class names (java.util.Random) are not allowed in rules
							huge list            | List l = new ArrayList(Integer.MAX_VALUE);         | new ArrayList(...) is not allowed in rules (collections and StringBuilder: only without arguments)
					engine               | drools.getKieRuntime().halt();                     | halt(...) is not available to rules: rules may not reach into the rule engine
							lambda               | Runnable r = () -> insert(1);                      | 'Runnable': 'Runnable' is not part of the rule vocabulary
							try                  | try { insert(1); } catch (Exception e) { }         | this statement is not allowed in a rule
							unicode escape       | \\u0053ystem.exit(0);                               | unicode escapes (\\uXXXX) are not allowed in rule code
							""")
	void dangerousConsequencesAreRefusedWithTheirLine(String what, String code, String message) throws IOException {
		List<DataProblem> problems = problems(
				with(file("t/bad.drl", drl("", "    " + code.replace("TARGET", target())))));
		assertThat(problems).as(what).isNotEmpty().allSatisfy(p -> {
			assertThat(p.file()).isEqualTo("rules/t/bad.drl");
			assertThat(p.line()).isEqualTo(8);
		});
		assertThat(problems.get(0).message()).as(what).contains(message.replace("TARGET", target()));
		assertThat(dir.resolve("written")).doesNotExist();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`',
			textBlock = """
					import            | 3 | import java.io.File\\n                                                   | 'import java.io.File': rules may import only com.talentmatch.rules.facts.*
					global            | 3 | global java.util.List found\\n                                           | 'global java.util.List found': globals are not allowed in rules
					function          | 4 | function void f() {\\n  java.lang.Runtime.getRuntime();\\n}\\n             | 'java.lang.Runtime.getRuntime()': getRuntime(...) is not available to rules
					recursion         | 4 | function int f(int n) {\\n  return f(n - 1);\\n}\\n                        | 'f(n - 1)': a function may not call functions
					function loop     | 4 | function void f() {\\n  while (true) { }\\n}\\n                            | loops (while, for, do) are not allowed in a rule
					query             | 4 | query "q"\\n  Assessment( System.exit(0) == null )\\nend\\n            | exit(...) is not available to rules
					declare           | 3 | declare Probe\\n  x : String\\nend\\n                                  | type declarations are not allowed in rules
					""")
	void dangerousDeclarationsAreRefusedWithTheirLine(String what, int line, String declaration, String message)
			throws IOException {
		String text = "package t\nimport com.talentmatch.rules.facts.*\n" + declaration.replace("\\n", "\n");
		List<DataProblem> problems = problems(with(file("t/bad.drl", text)));
		assertThat(problems).as(what).isNotEmpty();
		assertThat(problems.get(0).line()).as(what).isEqualTo(line);
		assertThat(problems.get(0).message()).as(what).contains(message);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`',
			textBlock = """
							constraint        | $a : Assessment( java.lang.System.exit(0) == null )                  | 'java.lang.System.exit(0)': exit(...) is not available to rules
							constraint class  | $a : Assessment( System.getenv("HOME") != null )                    | getenv(...) is not available to rules
							eval              | eval( java.nio.file.Files.exists(java.nio.file.Path.of("/")) )      | fully qualified class names (java.nio.file.Files) are not allowed in rules
							from              | $s : String() from java.nio.file.Files.readString(java.nio.file.Path.of("/etc/hostname")) | fully qualified class names (java.nio.file.Files) are not allowed
							pattern type      | $f : java.io.File()                                                  | fully qualified class names (java.io.File) are not allowed in rules
							semicolon         | $a : Assessment( band == "x" ; System.exit(0) )                   | exit(...) is not available to rules
					regex             | $a : Assessment( band matches "(a+)+$" )                          | regular expressions (matches) are not allowed in rules
					accumulate code   | $n : Number() from accumulate( Assessment(), init( int c = 0; ), action( c++; ), result( c ) ) | inline accumulate code is not allowed
							""")
	void dangerousConditionsAreRefusedWithTheirLine(String what, String when, String message) throws IOException {
		List<DataProblem> problems = problems(with(file("t/bad.drl", drl("    " + when, ""))));
		assertThat(problems).as(what).isNotEmpty();
		assertThat(problems.get(0).line()).as(what).isEqualTo(6);
		assertThat(problems.get(0).message()).as(what).contains(message);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`',
			textBlock = """
					dialect mvel      | dialect "mvel"                                          | 'dialect "mvel"': rules are written in Java (the default): remove the dialect line
					salience code     | salience ( java.lang.Runtime.getRuntime().availableProcessors() ) | salience must be a whole number
					timer             | timer ( int: 1s )                                       | the attribute 'timer' is not allowed in rules
					annotation code   | @meta( java.lang.Runtime.getRuntime().exec("id") )      | annotation values must be plain text or numbers, not expressions
					""")
	void attributesAndAnnotationsThatAreCodeAreRefused(String what, String attribute, String message)
			throws IOException {
		String text = "package t\nimport com.talentmatch.rules.facts.*\n\nrule \"probe\" " + attribute
				+ "\nwhen\nthen\nend\n";
		List<DataProblem> problems = problems(with(file("t/bad.drl", text)));
		assertThat(problems).as(what).isNotEmpty();
		assertThat(problems.get(0).line()).as(what).isEqualTo(4);
		assertThat(problems.get(0).message()).as(what).contains(message);
	}

	@Test
	void codeInADslSentenceValueIsRefusedAtTheSentencesLine() throws IOException {
		String sentence = "岗位 客户服务部经理 要求 影响力 不低于 2级 权重 2 * java.nio.file.Files.writeString(java.nio.file.Path.of("
				+ target() + "), \"x\").toString().length()";
		List<DataProblem> problems = problems(with(file("t/smuggle.dslr", dslr("岗位 客户服务部经理 必须 持有 CET-6", sentence))));
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.file()).isEqualTo("rules/t/smuggle.dslr");
			assertThat(p.line()).isEqualTo(14);
			assertThat(p.message()).contains("java.nio.file.Files.writeString(")
				.contains("fully qualified class names (java.nio.file.Files)");
		});
		assertThat(dir.resolve("written")).doesNotExist();
	}

	@Test
	void codeOnAGreaterThanLineOfADslrIsRefusedAtThatLine() throws IOException {
		String text = dslr("岗位 客户服务部经理 必须 持有 CET-6").replace("必须 持有 CET-6\n",
				"必须 持有 CET-6\n>    new ProcessBuilder(\"touch\", " + target() + ").start();\n");
		List<DataProblem> problems = problems(with(file("t/raw.dslr", text)));
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.file()).isEqualTo("rules/t/raw.dslr");
			assertThat(p.line()).isEqualTo(9);
			assertThat(p.message()).contains("ProcessBuilder is not available to rules");
		});
		assertThat(dir.resolve("written")).doesNotExist();
	}

	@Test
	void codeInADecisionTableCellIsRefusedAtItsRow() throws IOException {
		// the table compiler escapes double quotes in cells, so smuggled code spells its
		// strings with chars: the path comes from system property "p"
		System.setProperty("p", dir.resolve("written").toString());
		try {
			String csv = Files.readString(Path.of("rules/ladder/requirements.drl.csv"));
			String cell = "java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty(String.valueOf('p'))), "
					+ "String.valueOf('x')).toString().length()";
			String row12 = "阶梯 基础员工 对体系的了解,ladder-foundation,employee-ladder/system-understanding,foundation,1,false,x";
			assertThat(csv).contains(row12);
			String edited = csv.replace(row12,
					row12.replace("foundation,1,false", "foundation,\"" + cell + "\",false"));
			List<DataProblem> problems = problems(with(file("ladder/requirements.drl.csv", edited)));
			assertThat(problems).singleElement().satisfies(p -> {
				assertThat(p.file()).isEqualTo("rules/ladder/requirements.drl.csv");
				assertThat(p.line()).isEqualTo(12);
				assertThat(p.field()).isEqualTo("rule \"阶梯 基础员工 对体系的了解\"");
				assertThat(p.message()).contains("fully qualified class names (java.nio.file.Files)");
			});
			assertThat(dir.resolve("written")).doesNotExist();
		}
		finally {
			System.clearProperty("p");
		}
	}

	@Test
	void codeInADecisionTableTemplateIsRefusedAtTheTemplateRow() throws IOException {
		String csv = Files.readString(Path.of("rules/ladder/requirements.drl.csv"))
			.replace("\"insert(Dsl.level(kcontext, role, competency, level).weight(weight).must(must));\"",
					"\"insert(Dsl.level(kcontext, role, competency, level).weight(weight).must(must)); System.exit(0);\"");
		List<DataProblem> problems = problems(with(file("ladder/requirements.drl.csv", csv)));
		assertThat(problems).isNotEmpty().allSatisfy(p -> {
			assertThat(p.line()).isEqualTo(8);
			assertThat(p.message()).contains("exit(...) is not available to rules");
		});
	}

	@Test
	void whatTodaysRulesAndCarefulDrlUseIsAccepted() throws IOException {
		String careful = """
				package t
				import com.talentmatch.rules.facts.*

				function int atLeast(int a, int b) {
				    return Math.max(a, b);
				}

				rule "岁末考核 默认 影响力"
				when
				then
				    String level = String.valueOf(atLeast(1, 2));
				    insert(Dsl.level(kcontext, "客户服务部经理", "影响力", level).weight(2.0));
				end

				rule "岁末考核 绩效1 降级" @category("adjustment") no-loop true salience 10
				when
				    $a : Assessment( band == "ready-now", performance != null, performance == 1, band.length() > 3,
				                     $gaps : gaps, score >= Math.min(50, 10) )
				    eval( $gaps >= atLeast(0, 0) )
				then
				    String reason = kcontext.getRule().getName();
				    if (reason.startsWith("岁末")) {
				        modify ($a) { changeBand("ready-3y", kcontext) }
				    }
				end
				""";
		RuleSet set = RuleSets.build(with(file("t/careful.drl", careful)), CATALOGUE, null);
		assertThat(set.role("cs-dept-manager").orElseThrow().requirements()).extracting(ResolvedRequirement::rule)
			.containsExactly("岁末考核 默认 影响力");
		CandidateProfile strong = new CandidateProfile("c1",
				List.of(new CandidateProfile.LevelObservation("cs-roles/influence", "2", "assessment", null, null)),
				List.of(), java.util.Map.of(), 1, 2);
		Evaluation e = new Evaluator(set, CATALOGUE).evaluate("cs-dept-manager", strong);
		assertThat(e.band()).isEqualTo("ready-3y");
		assertThat(e.bandRule()).isEqualTo("岁末考核 绩效1 降级");
		assertThat(RuleSets.check(RuleFiles.read(Path.of("rules")))).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			true  | insert(Dsl.level(kcontext, "客户服务部经理", "cs-dept/service-awareness", "3").mustHave());
			true  | insert(Dsl.grade(kcontext, "R", "CET-4").mustHave().alternative("英语", 2));
			true  | double weight = 2;
			true  | insert(Dsl.level(kcontext, role, competency, level).weight(weight).must(must));
			false | insert(Dsl.level(kcontext, "R", "C", "2").weight(2 * (java.nio.file.Files.size(null))));
			false | insert(Dsl.level(kcontext, "R", "C\\" + System.exit(0) + "", "2"));
			false | insert(Dsl.level(kcontext, "R", "C", "2")); System.exit(0);
			false | insert(Dsl.level(kcontext, "R", "C", "2")); /*
			false | String s = System.getenv("x");
			false | insert(Runtime.getRuntime());
			""")
	void onlyPlainDeclarationsSkipParsing(boolean plain, String line) {
		assertThat(CodeCheck.plain(line)).as(line).isEqualTo(plain);
	}

}
