package com.talentmatch.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.InvalidDataException;

import io.swagger.v3.oas.annotations.Operation;

@RestController
@RequestMapping("/api/audit")
class AuditController {

	/** Largest page of {@code GET /api/audit/events}. */
	static final int MAX_SIZE = 500;

	private final AuditEventRepository events;

	private final AuditVerifier verifier;

	AuditController(AuditEventRepository events, AuditVerifier verifier) {
		this.events = events;
		this.verifier = verifier;
	}

	@Operation(summary = "Admin only. Recompute the audit log's hash chain: intact with the number of entries and "
			+ "the head hash, or the first broken entry with what was expected and what was found")
	@GetMapping("/verify")
	AuditVerifier.Verification verify() {
		return verifier.verify();
	}

	@Operation(summary = "Admin only. The audit log, newest first, filtered by actor, action, subject (exact) and "
			+ "time (from inclusive, to exclusive; an instant such as 2026-12-01T10:00:00Z, or a date: to=2026-12-01 "
			+ "includes that day, UTC); page from 0, size 1–500")
	@GetMapping("/events")
	AuditEventRepository.Page events(@RequestParam(required = false) String actor,
			@RequestParam(required = false) String action, @RequestParam(required = false) String subject,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		List<DataProblem> problems = new ArrayList<>();
		Instant start = time("from", from, false, problems);
		Instant end = time("to", to, true, problems);
		if (page < 0) {
			problems.add(new DataProblem("request", 0, "page", "page must be 0 or more"));
		}
		if (size < 1 || size > MAX_SIZE) {
			problems.add(new DataProblem("request", 0, "size", "size must be 1–" + MAX_SIZE));
		}
		if (!problems.isEmpty()) {
			throw new InvalidDataException(problems);
		}
		return events.find(new AuditEventRepository.Filter(blankToNull(actor), blankToNull(action),
				blankToNull(subject), start, end), page, size);
	}

	/**
	 * An instant, or a date: the start of that day (UTC), or with {@code endOfDay} the
	 * start of the next.
	 */
	private static Instant time(String field, String value, boolean endOfDay, List<DataProblem> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Instant.parse(value.strip());
		}
		catch (DateTimeParseException notInstant) {
			try {
				LocalDate day = LocalDate.parse(value.strip());
				return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			catch (DateTimeParseException notDate) {
				problems.add(new DataProblem("request", 0, field, field + " '" + value
						+ "' is neither an instant (2026-12-01T10:00:00Z) nor a date (2026-12-01)"));
				return null;
			}
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
