package com.talentmatch.web.readiness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the service is still loading ({@link LoadingGate}), every business endpoint
 * ({@code /api/**}) answers 503 with {@code Retry-After} and a problem detail that names
 * what is still loading. It runs before sign-in, so nothing reaches a controller or the
 * audit log (a ranking asked for during the start is not recorded).
 */
class LoadingFilter extends OncePerRequestFilter {

	/** Seconds a client is told to wait. */
	static final int RETRY_AFTER_SECONDS = 5;

	private final LoadingGate gate;

	LoadingFilter(LoadingGate gate) {
		this.gate = gate;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !(path.equals("/api") || path.startsWith("/api/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (gate.ready()) {
			chain.doFilter(request, response);
			return;
		}
		String detail = "the service is starting and still loading " + String.join(", ", gate.pending())
				+ "; try again in " + RETRY_AFTER_SECONDS + " s (GET /actuator/health/readiness says when it is ready)";
		String body = "{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,\"detail\":\""
				+ detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"instance\":\""
				+ request.getRequestURI().replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}

}
