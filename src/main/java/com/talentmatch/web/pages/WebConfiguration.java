package com.talentmatch.web.pages;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The pages' language: {@code ?lang=zh} or {@code ?lang=en} on any page switches it and
 * is remembered in a cookie; before that, the browser's language decides (Chinese for
 * {@code zh*}, English otherwise). The API is not affected: its exports take their own
 * {@code lang}.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final String LANGUAGE_COOKIE = "tm-lang";

	@Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		// not on /error either: reading ?lang there would parse the body of the failed
		// request (an oversized upload answers 413, not 500); the error page takes the
		// language from the cookie
		registry.addInterceptor(change)
			.excludePathPatterns("/api/**", "/actuator/**", "/v3/**", "/swagger-ui/**", "/error");
	}

}
