package com.talentmatch.store;

import java.nio.file.Path;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Points the datasource at the embedded H2 file store under
 * {@code talent-match.store-dir} ({@link EmbeddedStore}: its own password, auto-server on
 * loopback) unless {@code spring.datasource.url} is set, e.g. to another database.
 */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

	static final String DEFAULT_STORE_DIR = "var/store";

	@Bean
	static BeanPostProcessor embeddedStoreUrl(Environment environment) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof DataSourceProperties properties && properties.getUrl() == null) {
					EmbeddedStore store = EmbeddedStore
						.open(Path.of(environment.getProperty("talent-match.store-dir", DEFAULT_STORE_DIR)));
					properties.setUrl(store.url());
					properties.setUsername(store.user());
					properties.setPassword(store.password());
				}
				return bean;
			}
		};
	}

}
