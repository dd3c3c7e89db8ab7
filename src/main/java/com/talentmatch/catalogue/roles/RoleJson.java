package com.talentmatch.catalogue.roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.InvalidDataException;
import com.talentmatch.catalogue.LocalizedText;
import com.talentmatch.catalogue.RoleProfile;

/**
 * Reads a role profile from a JSON request body strictly: only its fields, each of its
 * type, every problem named with its field.
 *
 * <pre>{@code
 * {"id":"swe-3","name":{"en":"Software engineer 3"},"family":"Software engineering",
 *  "competencies":["programming","digital-skills/data-literacy"]}
 * }</pre>
 */
final class RoleJson {

	static final List<String> FIELDS = List.of("id", "name", "family", "competencies", "qualifications", "notes");

	static final Set<String> NAME_FIELDS = Set.of("zh", "en");

	private RoleJson() {
	}

	/**
	 * @throws InvalidDataException naming every refused field
	 */
	static RoleProfile read(JsonNode body) {
		List<DataProblem> problems = new ArrayList<>();
		if (body == null || !body.isObject()) {
			throw new InvalidDataException(
					List.of(new DataProblem("request", 0, null, "expected a JSON object with the fields " + FIELDS)));
		}
		for (String field : body.propertyNames()) {
			if (!FIELDS.contains(field)) {
				problems.add(problem(field, "unknown field '" + field + "'; fields are " + FIELDS));
			}
		}
		String id = text(body, "id", problems);
		LocalizedText name = null;
		JsonNode n = body.get("name");
		if (n != null && !n.isNull()) {
			if (!n.isObject()) {
				problems.add(problem("name", "name must be an object {\"zh\": …, \"en\": …}"));
			}
			else {
				for (String field : n.propertyNames()) {
					if (!NAME_FIELDS.contains(field)) {
						problems
							.add(problem("name." + field, "unknown field 'name." + field + "'; name has zh and en"));
					}
				}
				name = new LocalizedText(text(n, "zh", "name.zh", problems), text(n, "en", "name.en", problems));
			}
		}
		String family = text(body, "family", problems);
		List<String> competencies = texts(body, "competencies", problems);
		List<String> qualifications = texts(body, "qualifications", problems);
		String notes = text(body, "notes", problems);
		if (!problems.isEmpty()) {
			throw new InvalidDataException(problems);
		}
		return new RoleProfile(id, name, family, competencies, qualifications, notes);
	}

	private static String text(JsonNode node, String field, List<DataProblem> problems) {
		return text(node, field, field, problems);
	}

	private static String text(JsonNode node, String field, String path, List<DataProblem> problems) {
		JsonNode v = node.get(field);
		if (v == null || v.isNull()) {
			return null;
		}
		if (!v.isString()) {
			problems.add(problem(path, path + " must be a string"));
			return null;
		}
		String s = v.asString().strip();
		return s.isEmpty() ? null : s;
	}

	private static List<String> texts(JsonNode node, String field, List<DataProblem> problems) {
		JsonNode v = node.get(field);
		if (v == null || v.isNull()) {
			return List.of();
		}
		if (!v.isArray()) {
			problems.add(problem(field, field + " must be a list of strings"));
			return List.of();
		}
		List<String> out = new ArrayList<>();
		for (int i = 0; i < v.size(); i++) {
			JsonNode item = v.get(i);
			if (!item.isString() || item.asString().isBlank()) {
				problems.add(problem(field + "[" + i + "]", field + "[" + i + "] must be a non-empty string"));
			}
			else {
				out.add(item.asString().strip());
			}
		}
		return out;
	}

	private static DataProblem problem(String field, String message) {
		return new DataProblem("request", 0, field, message);
	}

}
