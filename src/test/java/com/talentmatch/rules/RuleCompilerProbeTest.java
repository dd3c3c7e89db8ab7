package com.talentmatch.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

import com.talentmatch.rules.facts.Requirement;

class RuleCompilerProbeTest {

	static RuleFile file(String path, String text) {
		return new RuleFile(path, text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void compilesDslrDrlAndCsvTogether() throws Exception {
		List<RuleFile> files = List.of(
				new RuleFile("common/vocabulary.dsl", Files.readAllBytes(Path.of("rules/common/vocabulary.dsl"))),
				file("cs/manager.dslr", """
						package rules.cs
						import com.talentmatch.rules.facts.*
						expander vocabulary.dsl

						rule "客户服务部经理 沟通能力"
						when
						then
						    岗位 客户服务部经理 必须 沟通能力 不低于 3级
						end

						rule "manager english"
						when
						then
						    role 客户服务部经理 wants grade CET-6 weight 2
						end
						"""),
				file("cs/extra.drl", """
						package rules.cs
						import com.talentmatch.rules.facts.*
						rule "经理 服务意识"
						when
						then
						    insert(Dsl.level(kcontext, "客户服务部经理", "服务意识", "2").weight(2));
						end
						"""));
		KieBase base = RuleCompiler.compile(files);
		KieSession s = base.newKieSession();
		s.fireAllRules();
		List<Requirement> reqs = s.getObjects(o -> o instanceof Requirement).stream().map(o -> (Requirement) o).toList();
		s.dispose();
		assertThat(reqs).extracting(Requirement::getTarget).containsExactlyInAnyOrder("沟通能力", "CET-6", "服务意识");
	}
}
