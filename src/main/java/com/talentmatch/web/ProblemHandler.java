package com.talentmatch.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.InvalidDataException;
import com.talentmatch.catalogue.ModelConflictException;
import com.talentmatch.rules.RulesChangedException;
import com.talentmatch.rules.RulesRefusedException;
import com.talentmatch.catalogue.NotFoundException;
import com.talentmatch.evidence.TextTooLargeException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Answers errors as RFC 9457 problem details: 400 with every {@code problems[]} entry
 * (file, line or row, field or column, message), 404 unknown id, 409 id taken, 413 too
 * large (upload or evidence text), 415 unsupported file type, 400 naming line, column and
 * field of malformed JSON, and 500 for anything unexpected (logged with a reference the
 * answer repeats). Spring MVC's own exceptions (405, 406, 415, 413 …) come as problem
 * details from {@link ResponseEntityExceptionHandler}.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

	@ExceptionHandler(InvalidDataException.class)
	ProblemDetail invalid(InvalidDataException e) {
		List<DataProblem> problems = e.problems();
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				problems.size() + " problem(s); nothing was stored. First: " + problems.get(0));
		p.setTitle("Invalid input");
		p.setProperty("problems", problems);
		return p;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException e) {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
		p.setTitle("Not found");
		return p;
	}

	@ExceptionHandler(TextTooLargeException.class)
	ProblemDetail tooLarge(TextTooLargeException e) {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
		p.setTitle("Content too large");
		return p;
	}

	/**
	 * Anything no other handler answers: 500 with a reference to the log entry, which has
	 * the stack trace; the answer never shows the exception.
	 */
	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception e, HttpServletRequest request) throws Exception {
		if (e instanceof org.springframework.security.access.AccessDeniedException
				|| e instanceof org.springframework.security.core.AuthenticationException
				|| org.springframework.core.annotation.AnnotatedElementUtils.hasAnnotation(e.getClass(),
						org.springframework.web.bind.annotation.ResponseStatus.class)) {
			// answered by Spring Security (401/403) and by the status the exception
			// declares
			throw e;
		}
		String reference = UUID.randomUUID().toString().substring(0, 8);
		log.error("500 {} {} (reference {})", request.getMethod(), request.getRequestURI(), reference, e);
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"the service failed to answer this request; the log has the details under reference " + reference);
		p.setTitle("Internal Server Error");
		p.setProperty("reference", reference);
		return p;
	}

	/**
	 * Malformed JSON or a value of the wrong type: 400 naming the line, column and field.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String detail = "the request body is missing or is not valid JSON";
		if (e.getCause() instanceof JacksonException j) {
			StringBuilder b = new StringBuilder("the request body is not valid JSON");
			if (j instanceof DatabindException d && !d.getPath().isEmpty()) {
				b.append(" at field '").append(path(d)).append("'");
			}
			if (j.getLocation() != null && j.getLocation().getLineNr() > 0) {
				b.append(" (line ")
					.append(j.getLocation().getLineNr())
					.append(", column ")
					.append(j.getLocation().getColumnNr())
					.append(")");
			}
			detail = b.append(": ").append(j.getOriginalMessage()).toString();
		}
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		p.setTitle("Malformed request body");
		return handleExceptionInternal(e, p, headers, status, request);
	}

	private static String path(DatabindException d) {
		StringBuilder b = new StringBuilder();
		for (var ref : d.getPath()) {
			if (ref.getPropertyName() != null) {
				b.append(b.isEmpty() ? "" : ".").append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				b.append('[').append(ref.getIndex()).append(']');
			}
		}
		return b.toString();
	}

	@ExceptionHandler({ ModelConflictException.class, RulesChangedException.class })
	ProblemDetail conflict(RuntimeException e) {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
		p.setTitle("Conflict");
		return p;
	}

	/**
	 * Rule files that fail a check or a scenario: 422 with each problem; nothing written.
	 */
	@ExceptionHandler(RulesRefusedException.class)
	ProblemDetail refused(RulesRefusedException e) {
		List<DataProblem> problems = e.problems();
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, problems.size()
				+ " problem(s); nothing was written and the active rules keep serving. First: " + problems.get(0));
		p.setTitle("Rules not accepted");
		p.setProperty("problems", problems);
		return p;
	}

}
