package com.talentmatch.store;

import java.nio.file.Path;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Points the datasource at the embedded H2 file store under {@code talent-match.store-dir} (made absolute, as H2
 * requires) unless {@code spring.datasource.url} is set, e.g. to another database.
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
					properties.setUrl(h2Url(environment.getProperty("talent-match.store-dir", DEFAULT_STORE_DIR)));
					if (properties.getUsername() == null) {
						properties.setUsername("sa");
						properties.setPassword("");
					}
				}
				return bean;
			}
		};
	}

	/** The H2 file URL for a store directory; AUTO_SERVER lets the CLI use the store while the server runs. */
	static String h2Url(String storeDir) {
		return "jdbc:h2:file:" + Path.of(storeDir).toAbsolutePath().normalize().resolve("talentmatch")
				+ ";AUTO_SERVER=TRUE";
	}
}
