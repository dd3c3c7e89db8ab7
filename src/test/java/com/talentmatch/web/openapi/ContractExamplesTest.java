package com.talentmatch.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import com.talentmatch.web.RunningService;

import tools.jackson.databind.JsonNode;

/**
 * What Swagger UI sends when one presses "Try it out" and "Execute" without changing
 * anything: the parameter examples and the request example of every operation, as the
 * user contract.yml names, in its order. Each must get the success status the document
 * promises.
 */
class ContractExamplesTest extends RunningService {

	@Test
	@SuppressWarnings("unchecked")
	void everyExampleIsAcceptedWithTheDocumentedStatus() throws Exception {
		JsonNode doc = body(get("/v3/api-docs", null));
		Map<String, String[]> where = new HashMap<>();
		Map<String, JsonNode> operations = new HashMap<>();
		for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
				String id = op.getValue().path("operationId").asString();
				where.put(id, new String[] { op.getKey().toUpperCase(), path.getKey() });
				operations.put(id, op.getValue());
			}
		}
		Map<String, Object> contract;
		try (InputStream in = new ClassPathResource("openapi/contract.yml").getInputStream()) {
			contract = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
		Map<String, Map<String, Object>> specs = (Map<String, Map<String, Object>>) contract.get("operations");
		assertThat(specs.keySet()).as("contract.yml lists every operation")
			.containsExactlyInAnyOrderElementsOf(where.keySet());
		Map<String, JsonNode> answers = new HashMap<>();
		List<String> failures = new ArrayList<>();
		for (Map.Entry<String, Map<String, Object>> e : specs.entrySet()) {
			String id = e.getKey();
			Map<String, Object> spec = e.getValue();
			JsonNode op = operations.get(id);
			String method = where.get(id)[0];
			String path = where.get(id)[1];
			StringBuilder query = new StringBuilder();
			Map<String, Object> idFrom = spec.get("idFrom") == null ? Map.of()
					: (Map<String, Object>) spec.get("idFrom");
			for (JsonNode p : op.path("parameters")) {
				String name = p.path("name").asString();
				JsonNode example = idFrom.containsKey(name) ? answers.get(idFrom.get(name).toString()).path("id")
						: p.path("example");
				if (example.isMissingNode() || example.isNull()) {
					assertThat(p.path("required").asBoolean()).as(id + " parameter " + name + " has an example")
						.isFalse();
					continue;
				}
				String value = URLEncoder.encode(example.asString(), StandardCharsets.UTF_8).replace("+", "%20");
				if ("path".equals(p.path("in").asString())) {
					path = path.replace("{" + name + "}", value);
				}
				else {
					query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(value);
				}
			}
			HttpRequest.Builder request = request(path + query).header("Authorization",
					basic(spec.get("as").toString()));
			if (spec.get("upload") != null) {
				String boundary = "----example" + UUID.randomUUID();
				request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.method(method, HttpRequest.BodyPublishers
						.ofByteArray(multipart(boundary, (Map<String, Object>) spec.get("upload"))));
			}
			else if (op.has("requestBody")) {
				JsonNode example = op.path("requestBody").path("content").path("application/json").path("example");
				assertThat(example.isMissingNode()).as(id + " has a request example").isFalse();
				request.header("Content-Type", "application/json")
					.method(method, HttpRequest.BodyPublishers.ofString(example.toString(), StandardCharsets.UTF_8));
			}
			else {
				request.method(method, HttpRequest.BodyPublishers.noBody());
			}
			HttpResponse<String> response = send(request.build());
			String documented = op.path("responses").propertyNames().iterator().next();
			if (!Integer.toString(response.statusCode()).equals(documented)) {
				failures.add(id + " " + method + " " + path + query + ": " + response.statusCode() + " (documented "
						+ documented + ") " + response.body());
			}
			else if (response.headers().firstValue("Content-Type").orElse("").contains("json")) {
				answers.put(id, body(response));
			}
		}
		assertThat(failures).isEmpty();
	}

	private static byte[] multipart(String boundary, Map<String, Object> parts) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (Map.Entry<String, Object> part : parts.entrySet()) {
			String file = part.getValue().toString();
			out.write(
					("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.getKey() + "\"; filename=\""
							+ file + "\"\r\nContent-Type: text/csv\r\n\r\n")
						.getBytes(StandardCharsets.UTF_8));
			try (InputStream in = new ClassPathResource("openapi/examples/uploads/" + file).getInputStream()) {
				out.write(in.readAllBytes());
			}
			out.write("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

}
