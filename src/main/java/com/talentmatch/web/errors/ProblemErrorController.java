package com.talentmatch.web.errors;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The error page ({@code /error}) as a problem detail, in place of Spring Boot's
 * {@code {"timestamp", "error", "path"}} body and its HTML whitelabel page: what the
 * servlet container forwards here (a query string Tomcat could not decode, an exception
 * that escaped a filter, {@code sendError} without a body) answers
 * {@code application/problem+json} whatever the client accepts. A 500 never shows the
 * exception.
 */
@Controller
class ProblemErrorController implements ErrorController {

	@RequestMapping("${server.error.path:${error.path:/error}}")
	void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = code instanceof Integer i ? i : 500;
		if (status < 400) {
			status = 500;
		}
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
		String detail = ProblemBody.detail(status);
		if (status < 500 && message instanceof String m && !m.isBlank()) {
			detail = m;
		}
		byte[] body = ProblemBody.json(status, detail, uri == null ? null : uri.toString());
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

}
