package com.talentmatch.fairness;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one person chose to say about themselves, for the adverse-impact report only.
 *
 * @param candidateId the person
 * @param answers the code they chose per question, by {@link Dimension#column()} in form
 * order ({@code declined} when they declined); a question without an answer is absent
 * @param recordedBy who imported it, or {@code null}
 * @param recordedAt when
 */
public record SelfIdentification(String candidateId, Map<String, String> answers, String recordedBy,
		Instant recordedAt) {

	public SelfIdentification {
		Map<String, String> ordered = new LinkedHashMap<>();
		for (Dimension d : Dimension.values()) {
			if (answers.get(d.column()) != null) {
				ordered.put(d.column(), answers.get(d.column()));
			}
		}
		answers = Collections.unmodifiableMap(ordered);
	}

	/**
	 * The group a person is counted in for a question: their code,
	 * {@link Dimension#DECLINED}, or {@link Dimension#NOT_PROVIDED} (also when {@code s}
	 * is {@code null}).
	 */
	public static String group(SelfIdentification s, Dimension d) {
		String answer = s == null ? null : s.answers().get(d.column());
		return answer == null ? Dimension.NOT_PROVIDED : answer;
	}

}
