package com.talentmatch.cli;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.ContextAnnotationAutowireCandidateResolver;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportSelector;
import org.springframework.core.type.AnnotationMetadata;

import com.talentmatch.catalogue.CatalogueProperties;
import com.talentmatch.evidence.EvidenceProperties;
import com.talentmatch.evidence.EvidenceSearch;
import com.talentmatch.rules.RuleProperties;

/**
 * The slim, non-web application contexts of the commands that use the store: only the
 * store (datasource, Flyway, transactions, JSON) and the services a command calls,
 * without the web and security stack, the controllers, the rule watcher, the demo pool or
 * the semantic (embedding) models. Every bean is lazy ({@link SpringContexts}), so a
 * command creates only what it asks for and what that needs.
 *
 * <p>
 * The services are named by class name because several are package-private in their
 * feature packages.
 */
final class CliBeans {

	private CliBeans() {
	}

	/** What a command needs, smallest first; each scope includes the one before. */
	enum Scope {

		/**
		 * Store, catalogue, audit log and framework import: list-models, import-model.
		 */
		CATALOGUE(CatalogueScope.class),

		/**
		 * Also the rules, the candidates, the lexical evidence matcher and the rankings:
		 * rank, preview-rules.
		 */
		RANKING(RankingScope.class),

		/** Also self-identification and decisions: adverse-impact. */
		FAIRNESS(FairnessScope.class);

		final Class<?> configuration;

		Scope(Class<?> configuration) {
			this.configuration = configuration;
		}

	}

	/** The store and the catalogue. */
	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ PropertyPlaceholderAutoConfiguration.class, JacksonAutoConfiguration.class,
			DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
			JdbcTemplateAutoConfiguration.class, TransactionAutoConfiguration.class, FlywayAutoConfiguration.class })
	@EnableConfigurationProperties(CatalogueProperties.class)
	@Import(CatalogueScope.Beans.class)
	static class CatalogueScope {

		static final class Beans extends Named {

			Beans() {
				super("com.talentmatch.store.StoreConfiguration", "com.talentmatch.audit.JdbcAuditLog",
						"com.talentmatch.catalogue.CatalogueRepository", "com.talentmatch.catalogue.CatalogueService",
						"com.talentmatch.catalogue.importing.ImportService");
			}

		}

	}

	/** The catalogue, rules, candidates, lexical evidence matching and rankings. */
	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ RuleProperties.class, EvidenceProperties.class })
	@Import({ CatalogueScope.class, RankingScope.Beans.class })
	static class RankingScope {

		/**
		 * The stored evidence documents' index is built (and its documents re-tagged in
		 * the background) only when a command reads stored documents, not when a service
		 * that merely holds it is created (ranking a file never reads them).
		 */
		@Bean
		static BeanFactoryPostProcessor evidenceDocumentsOnDemand() {
			return factory -> ((DefaultListableBeanFactory) factory)
				.setAutowireCandidateResolver(new ContextAnnotationAutowireCandidateResolver() {
					@Override
					protected boolean isLazy(DependencyDescriptor descriptor) {
						return descriptor.getDependencyType() == EvidenceSearch.class || super.isLazy(descriptor);
					}
				});
		}

		static final class Beans extends Named {

			Beans() {
				super("com.talentmatch.rules.RuleVersionRepository", "com.talentmatch.rules.RuleService",
						"com.talentmatch.evidence.EvidenceService",
						"com.talentmatch.evidence.EvidenceDocumentRepository",
						"com.talentmatch.evidence.EvidenceSearch", "com.talentmatch.candidates.CandidateRepository",
						"com.talentmatch.candidates.CandidateService", "com.talentmatch.candidates.Calibrations",
						"com.talentmatch.ranking.AuditRepository", "com.talentmatch.ranking.DecisionRepository",
						"com.talentmatch.ranking.EvidenceLevels", "com.talentmatch.ranking.RankingService",
						"com.talentmatch.ranking.RulePreview");
			}

		}

	}

	/** Rankings and the adverse-impact report. */
	@Configuration(proxyBeanMethods = false)
	@Import({ RankingScope.class, FairnessScope.Beans.class })
	static class FairnessScope {

		static final class Beans extends Named {

			Beans() {
				super("com.talentmatch.fairness.SelfIdentificationRepository",
						"com.talentmatch.fairness.SelfIdentificationService",
						"com.talentmatch.fairness.LatestDecisions", "com.talentmatch.fairness.AdverseImpactService");
			}

		}

	}

	/** Imports classes by name. */
	abstract static class Named implements ImportSelector {

		private final String[] names;

		Named(String... names) {
			this.names = names;
		}

		@Override
		public String[] selectImports(AnnotationMetadata importingClassMetadata) {
			return names.clone();
		}

	}

}
