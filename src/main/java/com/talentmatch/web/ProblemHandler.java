package com.talentmatch.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.InvalidDataException;
import com.talentmatch.catalogue.ModelConflictException;
import com.talentmatch.catalogue.NotFoundException;
import com.talentmatch.evidence.TextTooLargeException;

/**
 * Answers errors as RFC 9457 problem details: 400 with every {@code problems[]} entry
 * (file, line or row, field or column, message), 404 unknown id, 409 id taken, 413 too
 * large (upload or evidence text), 415 unsupported file type.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

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

	@ExceptionHandler(ModelConflictException.class)
	ProblemDetail conflict(ModelConflictException e) {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
		p.setTitle("Conflict");
		return p;
	}

}
