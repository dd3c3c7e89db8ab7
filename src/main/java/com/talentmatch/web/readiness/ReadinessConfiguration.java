package com.talentmatch.web.readiness;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/** The loading gate, its 503 filter (before sign-in) and its readiness component. */
@Configuration(proxyBeanMethods = false)
class ReadinessConfiguration {

	@Bean
	static ServiceAddress serviceAddress(Environment environment) {
		return new ServiceAddress(environment);
	}

	@Bean
	static LoadingGate loadingGate(ApplicationEventPublisher events, ServiceAddress serviceAddress) {
		return new LoadingGate(LoadingGate.STEPS, events, serviceAddress);
	}

	@Bean
	FilterRegistrationBean<LoadingFilter> loadingFilter(LoadingGate gate) {
		FilterRegistrationBean<LoadingFilter> registration = new FilterRegistrationBean<>(new LoadingFilter(gate));
		registration.addUrlPatterns("/api/*", "/api");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean("loading")
	LoadingHealthIndicator loadingHealthIndicator(LoadingGate gate) {
		return new LoadingHealthIndicator(gate);
	}

}
