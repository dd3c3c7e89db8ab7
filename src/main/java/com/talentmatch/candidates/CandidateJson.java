package com.talentmatch.candidates;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.InvalidDataException;

/**
 * Reads a candidate from a JSON request body. Only the fields of {@link Candidate} are
 * accepted: a protected attribute ({@code gender}, {@code birthDate}, {@code 民族} …) is
 * refused with its reason, any other unknown field as unknown, so nothing sent is
 * silently dropped.
 */
final class CandidateJson {

	static final List<String> FIELDS = Arrays.stream(Candidate.class.getRecordComponents())
		.map(RecordComponent::getName)
		.toList();

	private CandidateJson() {
	}

	/**
	 * @throws InvalidDataException naming every refused field
	 */
	static Candidate read(JsonNode body, JsonMapper json) {
		if (body == null || !body.isObject()) {
			throw new InvalidDataException(
					List.of(new DataProblem("request", 0, null, "expected a JSON object with the fields " + FIELDS)));
		}
		List<DataProblem> problems = new ArrayList<>();
		for (String name : body.propertyNames()) {
			if (!FIELDS.contains(name)) {
				problems.add(ProtectedFields.category(name)
					.map(category -> ProtectedFields.refusal("request", 0, name, category))
					.orElseGet(() -> new DataProblem("request", 0, name,
							"unknown field '" + name + "'; fields are " + FIELDS)));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidDataException(problems);
		}
		try {
			return json.treeToValue(body, Candidate.class);
		}
		catch (JacksonException e) {
			throw new InvalidDataException(
					List.of(new DataProblem("request", 0, null, "not a valid candidate: " + e.getOriginalMessage())));
		}
	}

}
