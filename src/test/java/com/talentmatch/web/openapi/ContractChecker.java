package com.talentmatch.web.openapi;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * What a client generator and Swagger UI need from the document, checked on its JSON:
 * every operation has an id, a description, a 2xx answer with an example (unless it has
 * no body or is a binary download), an example for a JSON request body, and problem+json
 * error answers (401, 403, 503 at least); security schemes are declared and applied;
 * every schema and property is described. Answers each problem in words.
 */
final class ContractChecker {

	private ContractChecker() {
	}

	static List<String> check(JsonNode doc) {
		List<String> problems = new ArrayList<>();
		JsonNode schemes = doc.path("components").path("securitySchemes");
		if (!"basic".equals(schemes.path("basic").path("scheme").asString(""))
				|| !"bearer".equals(schemes.path("bearer").path("scheme").asString(""))) {
			problems.add("the security schemes basic and bearer are not both declared");
		}
		if (!doc.path("security").toString().contains("basic") || !doc.path("security").toString().contains("bearer")) {
			problems.add("the security schemes are not applied");
		}
		JsonNode responses = doc.path("components").path("responses");
		for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
				operation(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue(), responses, problems);
			}
		}
		for (Map.Entry<String, JsonNode> schema : doc.path("components").path("schemas").properties()) {
			if (schema.getValue().path("description").asString("").isBlank()) {
				problems.add("schema " + schema.getKey() + " has no description");
			}
			for (Map.Entry<String, JsonNode> p : schema.getValue().path("properties").properties()) {
				if (p.getValue().path("description").asString("").isBlank() && !p.getValue().has("$ref")) {
					problems.add("property " + schema.getKey() + "." + p.getKey() + " has no description");
				}
			}
		}
		return problems;
	}

	private static void operation(String where, JsonNode op, JsonNode shared, List<String> problems) {
		String id = op.path("operationId").asString("");
		if (id.isBlank() || id.matches(".*_\\d+$")) {
			problems.add(where + " has no stable operationId (" + id + ")");
		}
		if (op.path("description").asString("").isBlank()) {
			problems.add(where + " has no description");
		}
		JsonNode body = op.path("requestBody").path("content");
		if (body.has("application/json") && !body.path("application/json").has("example")) {
			problems.add(where + " (" + id + ") has no request example");
		}
		JsonNode responses = op.path("responses");
		String success = null;
		for (Iterator<String> it = responses.propertyNames().iterator(); it.hasNext();) {
			String status = it.next();
			if (status.startsWith("2") && success == null) {
				success = status;
			}
		}
		if (success == null) {
			problems.add(where + " (" + id + ") has no 2xx answer");
		}
		else if (!"204".equals(success)) {
			JsonNode content = responses.path(success).path("content");
			boolean example = false;
			boolean binaryOnly = !content.isEmpty();
			for (Map.Entry<String, JsonNode> m : content.properties()) {
				example |= m.getValue().has("example") || m.getValue().has("examples");
				binaryOnly &= "binary".equals(m.getValue().path("schema").path("format").asString(""));
			}
			if (!example && !binaryOnly) {
				problems.add(where + " (" + id + ") has no example of its " + success + " answer");
			}
		}
		for (String status : List.of("401", "403", "503")) {
			if (!problemJson(responses.path(status), shared)) {
				problems.add(where + " (" + id + ") has no " + status + " answer as application/problem+json");
			}
		}
		for (Map.Entry<String, JsonNode> r : responses.properties()) {
			if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
				JsonNode resolved = resolve(r.getValue(), shared);
				if (resolved.path("content").isEmpty()) {
					problems.add(where + " (" + id + "): the " + r.getKey() + " answer has no content");
				}
			}
		}
	}

	private static JsonNode resolve(JsonNode response, JsonNode shared) {
		String ref = response.path("$ref").asString("");
		return ref.isEmpty() ? response : shared.path(ref.substring(ref.lastIndexOf('/') + 1));
	}

	private static boolean problemJson(JsonNode response, JsonNode shared) {
		if (response.isMissingNode()) {
			return false;
		}
		return resolve(response, shared).path("content").has("application/problem+json");
	}

}
