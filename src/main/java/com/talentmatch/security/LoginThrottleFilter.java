package com.talentmatch.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses sign-in attempts (HTTP Basic, the login form) for a name the
 * {@link LoginThrottle} holds back: 429.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private final LoginThrottle throttle;

	private final ProblemResponses problems;

	LoginThrottleFilter(LoginThrottle throttle, ProblemResponses problems) {
		this.throttle = throttle;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String name = username(request);
		long wait = name == null ? 0 : throttle.retryAfter(name);
		if (wait > 0) {
			problems.tooManyAttempts(request, response, wait);
			return;
		}
		chain.doFilter(request, response);
	}

	/** The name a request signs in with, or {@code null}. */
	static String username(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)
				&& header.length() <= TokenAuthenticationFilter.MAX_HEADER) {
			try {
				String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()),
						StandardCharsets.UTF_8);
				int colon = decoded.indexOf(':');
				return colon < 0 ? null : decoded.substring(0, colon);
			}
			catch (IllegalArgumentException e) {
				return null; // malformed: Basic authentication answers 401
			}
		}
		if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
			return request.getParameter("username");
		}
		return null;
	}

}
