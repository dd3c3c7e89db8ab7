package com.talentmatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.bind.annotation.RestController;

import com.talentmatch.catalogue.CatalogueService;
import com.talentmatch.evidence.EvidenceService;
import com.talentmatch.ranking.RankingService;
import com.talentmatch.rules.RuleService;

/** The commands' contexts hold what the command needs and leave the rest out. */
class SlimContextTest {

	@Test
	void theCatalogueScopeHasNoRulesEvidenceOrWebBeans(@TempDir Path store) {
		try (ConfigurableApplicationContext ctx = SpringContexts.start(null, store, CliBeans.Scope.CATALOGUE)) {
			assertThat(ctx.getBean(CatalogueService.class).current().sortedModels()).isNotEmpty();
			assertThatThrownBy(() -> ctx.getBean(RuleService.class)).isInstanceOf(NoSuchBeanDefinitionException.class);
			assertThatThrownBy(() -> ctx.getBean(EvidenceService.class))
				.isInstanceOf(NoSuchBeanDefinitionException.class);
			assertThat(ctx.getBeansWithAnnotation(RestController.class)).isEmpty();
			assertThat(ctx.getBeanDefinitionNames()).noneMatch(n -> n.contains("security") || n.contains("Watcher")
					|| n.contains("UserBootstrap") || n.contains("tomcat") || n.contains("springdoc"));
		}
	}

	@Test
	void theRankingScopeMatchesEvidenceLexicallyAndBuildsTheDocumentIndexOnlyWhenRead(@TempDir Path store) {
		try (ConfigurableApplicationContext ctx = SpringContexts.start(null, store, CliBeans.Scope.RANKING)) {
			ctx.getBean(RankingService.class);
			assertThat(ctx.getBean(EvidenceService.class).semanticReady()).as("no embedding model in a command")
				.isFalse();
			assertThat(ctx.getBeanFactory().containsSingleton("com.talentmatch.evidence.EvidenceSearch"))
				.as("holding the document index does not build it")
				.isFalse();
			assertThat(ctx.getBeanFactory().containsSingleton("com.talentmatch.fairness.AdverseImpactService"))
				.isFalse();
			assertThat(ctx.getBeansWithAnnotation(RestController.class)).isEmpty();
		}
	}

}
