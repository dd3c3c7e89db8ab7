package com.talentmatch.web.errors;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The error page ({@code /error}) as a problem detail, in place of Spring Boot's
 * {@code {"timestamp", "error", "path"}} body and its HTML whitelabel page: what the
 * servlet container forwards here (a query string Tomcat could not decode, an exception
 * that escaped a filter, {@code sendError} without a body) answers
 * {@code application/problem+json} whatever the client accepts. A 500 never shows the
 * exception. A browser asking for a page (not {@code /api}) gets the same as a page
 * ({@code templates/error-page.html}), in its language, never with a stack trace.
 */
@Controller
class ProblemErrorController implements ErrorController {

	@RequestMapping("${server.error.path:${error.path:/error}}")
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = code instanceof Integer i ? i : 500;
		if (status < 400) {
			status = 500;
		}
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
		String said = status < 500 && message instanceof String m && !m.isBlank() ? m : null;
		if (wantsPage(request, uri)) {
			ModelAndView page = new ModelAndView("error-page", HttpStatus.valueOf(status));
			page.addObject("status", status);
			boolean known = java.util.Set.of(400, 401, 403, 404, 405).contains(status);
			page.addObject("messageKey", "error." + (known ? status : 500));
			// what a 4xx said, except for 401 and 403 whose texts are Spring Security's
			page.addObject("detail", status == 401 || status == 403 ? null : said);
			return page;
		}
		String detail = said != null ? said : ProblemBody.detail(status);
		byte[] body = ProblemBody.json(status, detail, uri == null ? null : uri.toString());
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
		return null;
	}

	/** A browser that asked for a page, not the API, gets the error as a page. */
	private static boolean wantsPage(HttpServletRequest request, Object uri) {
		String path = uri == null ? "" : uri.toString().substring(request.getContextPath().length());
		String accept = request.getHeader("Accept");
		return !path.startsWith("/api/") && !path.startsWith("/actuator/") && accept != null
				&& accept.contains(MediaType.TEXT_HTML_VALUE);
	}

}
