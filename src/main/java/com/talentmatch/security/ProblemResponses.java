package com.talentmatch.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import com.talentmatch.audit.AuditLog;

import tools.jackson.databind.json.JsonMapper;

/**
 * 401, 403 and 429 as RFC 9457 problem details. Every denial is logged, and recorded in
 * the audit log.
 */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

	private final JsonMapper json;

	private final ObjectProvider<AuditLog> audit;

	ProblemResponses(JsonMapper json, ObjectProvider<AuditLog> audit) {
		this.json = json;
		this.audit = audit;
	}

	/** Not signed in, or the credentials were not accepted: 401. */
	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		String detail = e instanceof RefusedCredentialsException r ? r.getMessage()
				: "sign in: HTTP Basic with your user name and password, or 'Authorization: Bearer <API token>'";
		// Bearer only: a Basic challenge would make browsers cache credentials that ride
		// along on
		// cross-site requests. curl -u and API clients send Basic credentials without
		// one.
		response.setHeader("WWW-Authenticate", "Bearer realm=\"talent-match\"");
		deny(request, response, 401, "Unauthorized", detail, null);
	}

	/** Signed in, but the role does not allow it: 403. */
	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException {
		String user = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
		deny(request, response, 403, "Forbidden", "your role does not allow " + request.getMethod() + " "
				+ request.getRequestURI() + "; the access table in docs/security.md lists who may", user);
	}

	void tooManyAttempts(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds)
			throws IOException {
		response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
		deny(request, response, 429, "Too many sign-in attempts",
				"too many failed sign-ins for this user; try again in " + retryAfterSeconds + " s", null);
	}

	private void deny(HttpServletRequest request, HttpServletResponse response, int status, String title, String detail,
			String user) throws IOException {
		log.warn("Denied {} {} {} (user {}): {}", status, request.getMethod(), request.getRequestURI(),
				user == null ? "anonymous" : user, detail);
		audit.ifAvailable(a -> a.record(user == null ? "anonymous" : user, "denied",
				request.getMethod() + " " + request.getRequestURI(), Map.of("status", status)));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", title);
		body.put("status", status);
		body.put("detail", detail);
		body.put("instance", request.getRequestURI());
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json.writeValueAsString(body));
	}

}
