package com.talentmatch.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs API requests in with {@code Authorization: Bearer <token>}. Refused before any
 * check, with 401: a token in the URL (it would end up in logs and browser history), an
 * {@code Authorization} header over {@value #MAX_HEADER} characters, a malformed one.
 */
class TokenAuthenticationFilter extends OncePerRequestFilter {

	static final int MAX_HEADER = 4096;

	private static final Set<String> TOKEN_PARAMETERS = Set.of("access_token", "token", "api_key", "apikey", "api-key",
			"bearer");

	private final UserService users;

	private final ProblemResponses problems;

	TokenAuthenticationFilter(UserService users, ProblemResponses problems) {
		this.users = users;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		for (String name : request.getParameterMap().keySet()) {
			if (TOKEN_PARAMETERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
				refuse(request, response, "a token in the URL is refused (parameter '" + name
						+ "'): send it as 'Authorization: Bearer <token>'");
				return;
			}
		}
		String header = request.getHeader("Authorization");
		if (header != null && header.length() > MAX_HEADER) {
			refuse(request, response, "the Authorization header is over " + MAX_HEADER + " characters");
			return;
		}
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			var account = users.authenticateToken(header.substring(7).strip());
			if (account.isEmpty()) {
				problems.commence(request, response, new BadCredentialsException("token"));
				return;
			}
			var auth = UsernamePasswordAuthenticationToken.authenticated(account.get().username(), null,
					AccountDetailsService.authorities(account.get()));
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(auth);
			SecurityContextHolder.setContext(context);
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, String why) throws IOException {
		problems.commence(request, response, new RefusedCredentialsException(why));
	}

}
