package com.talentmatch.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A stored evidence document about a person.
 *
 * @param id store id
 * @param candidateId the person it is about
 * @param source {@code interview}, {@code 360}, {@code self}, {@code manager},
 * {@code resume} or {@code other}
 * @param recordedOn when it was written, or {@code null}
 * @param text the text
 * @param createdBy who stored it, or {@code null}
 * @param createdAt when it was stored
 */
public record EvidenceDocument(long id, String candidateId, String source, LocalDate recordedOn, String text,
		String createdBy, Instant createdAt) {

	/** The allowed values of {@code source}. */
	public static final Set<String> SOURCES = Set.of("interview", "360", "self", "manager", "resume", "other");

}
