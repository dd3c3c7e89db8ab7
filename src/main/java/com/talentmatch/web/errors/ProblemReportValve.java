package com.talentmatch.web.errors;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;

/**
 * Tomcat's error report as a problem detail instead of an HTML page. It answers what
 * Tomcat refuses before any servlet runs (a request line with raw UTF-8, a space or a bad
 * escape in it, a header too large, an unsupported HTTP version) and any error status no
 * one wrote a body for. One line is logged at INFO, never a stack trace.
 */
public class ProblemReportValve extends ErrorReportValve {

	private static final Logger log = LoggerFactory.getLogger(ProblemReportValve.class);

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(true);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		String uri = request.getDecodedRequestURI();
		String detail = ProblemBody.detail(status);
		if (status < 500 && throwable instanceof IllegalArgumentException && throwable.getMessage() != null) {
			// Tomcat's own words name the character and where it is
			detail = detail + " (" + firstLine(throwable.getMessage()) + ")";
		}
		log.info("{} {} {}: {}", status, request.getMethod(), uri == null ? "(unparsed request)" : uri,
				throwable == null ? detail : firstLine(String.valueOf(throwable.getMessage())));
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			byte[] body = ProblemBody.json(status, detail, uri);
			response.setContentLength(body.length);
			var out = response.getOutputStream();
			out.write(body);
			response.finishResponse();
		}
		catch (IOException | IllegalStateException e) {
			// the client is gone, or the response can no longer be written
		}
	}

	private static String firstLine(String s) {
		int end = s.indexOf('\n');
		return end < 0 ? s : s.substring(0, end);
	}

}
