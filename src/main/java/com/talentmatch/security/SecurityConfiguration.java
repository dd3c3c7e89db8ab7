package com.talentmatch.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Sign-in and authorization. {@code /api/**}: HTTP Basic or an API token
 * ({@code Authorization: Bearer tm_…}), or the session of the login form; every endpoint
 * by {@link EndpointAccess}, anything unlisted refused; 401/403 as problem details. Other
 * paths: the login form with CSRF protection. Secure headers everywhere: CSP, nosniff,
 * frame options DENY, Referrer-Policy, {@code Cache-Control: no-store}, HSTS on requests
 * that came over TLS.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' "
			+ "'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
			+ "form-action 'self'";

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, UserService users, LoginThrottle throttle)
			throws Exception {
		http.securityMatcher("/api/**").authorizeHttpRequests(a -> {
			for (EndpointAccess.Rule rule : EndpointAccess.RULES_TABLE) {
				a.requestMatchers(rule.method(), rule.pattern()).access(manager(rule));
			}
			a.anyRequest().denyAll();
		})
			.httpBasic(b -> b.authenticationEntryPoint(problems))
			// No CSRF token is needed where no browser credential rides along: a request
			// that carries its own
			// Authorization header, or one without a session. A signed-in browser session
			// needs the token.
			.csrf(c -> c
				.ignoringRequestMatchers(r -> r.getHeader("Authorization") != null || r.getSession(false) == null))
			.exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.addFilterBefore(new LoginThrottleFilter(throttle, problems), BasicAuthenticationFilter.class)
			.addFilterBefore(new TokenAuthenticationFilter(users, problems), BasicAuthenticationFilter.class);
		return headers(http).build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http, ProblemResponses problems, LoginThrottle throttle) throws Exception {
		http.authorizeHttpRequests(a -> {
			a.requestMatchers("/login", "/error", "/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs",
					"/v3/api-docs/**", "/css/**", "/js/**", "/webjars/**", "/favicon.ico")
				.permitAll()
				// health and its liveness and readiness groups only; nothing else of the
				// actuator is exposed
				.requestMatchers(org.springframework.http.HttpMethod.GET, "/actuator/health", "/actuator/health/**")
				.permitAll();
			// the web application's pages, each for the roles that may use it
			for (com.talentmatch.web.pages.WebPage page : com.talentmatch.web.pages.WebPage.values()) {
				a.requestMatchers(org.springframework.http.HttpMethod.GET, page.pattern())
					.hasAnyAuthority(page.authorities());
			}
			a.anyRequest().authenticated();
		})
			.formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout(l -> l.logoutSuccessUrl("/login?logout"))
			.addFilterBefore(new LoginThrottleFilter(throttle, problems), UsernamePasswordAuthenticationFilter.class);
		return headers(http).build();
	}

	private static HttpSecurity headers(HttpSecurity http) throws Exception {
		return http.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny));
	}

	private static AuthorizationManager<RequestAuthorizationContext> manager(EndpointAccess.Rule rule) {
		AuthorizationManager<RequestAuthorizationContext> roles = AuthorityAuthorizationManager
			.hasAnyAuthority(rule.roles().stream().map(Role::code).toArray(String[]::new));
		return rule.export() ? AuthorizationManagers.allOf(roles,
				AuthorityAuthorizationManager.hasAuthority(AccountDetailsService.EXPORT)) : roles;
	}

}
