package com.talentmatch.web.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import com.talentmatch.security.EndpointAccess;
import com.talentmatch.security.Role;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BinarySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * Turns what springdoc reads from the controllers into a contract a client can be
 * generated from, in one place, from {@code openapi/contract.yml} and the example files
 * {@code openapi/examples/<operationId>.request.json|response.json} (and
 * {@code .response.csv} for CSV downloads):
 * <ul>
 * <li>the authentication schemes (HTTP Basic, bearer API tokens), applied to every
 * operation;</li>
 * <li>the success status (201 created, 204 no content) with an example, the request body
 * (the schema a {@code JsonNode} body really is) with an example, parameter
 * examples;</li>
 * <li>error responses as {@code application/problem+json}: 401, 403 and 503 (loading) for
 * every operation, 400 where there is input, 404 where a path names something, 415 for a
 * body, and what the contract adds (409, 413, 422);</li>
 * <li>who may call each operation, from {@link EndpointAccess};</li>
 * <li>descriptions, required properties, enums and examples of the schemas.</li>
 * </ul>
 * What the contract file names but the document lacks (a renamed property, an operation
 * that is gone) is collected in {@link #drift()} and logged, not thrown: the API
 * documentation stays up, and the contract test fails on it.
 */
class ApiContract implements OpenApiCustomizer {

	private static final Logger log = LoggerFactory.getLogger(ApiContract.class);

	static final String PROBLEM_JSON = "application/problem+json";

	static final String JSON = "application/json";

	/** The error responses, by status: what each one means here. */
	static final Map<Integer, String> ERRORS = errors();

	private final Map<String, Object> contract;

	private final Map<String, Supplier<List<String>>> dynamicEnums;

	private final Map<String, Supplier<Object>> dynamicValues;

	private final List<String> drift = new ArrayList<>();

	/**
	 * @param dynamicEnums enums the contract names as {@code $name}, read from the
	 * running service (the rules' band codes)
	 * @param dynamicValues parameter examples the contract names as {@code $name} (the
	 * active rule version)
	 */
	ApiContract(Map<String, Supplier<List<String>>> dynamicEnums, Map<String, Supplier<Object>> dynamicValues) {
		this.contract = load();
		this.dynamicEnums = dynamicEnums;
		this.dynamicValues = dynamicValues;
	}

	/** What the contract names that the document lacks, from the last customisation. */
	List<String> drift() {
		synchronized (drift) {
			return List.copyOf(drift);
		}
	}

	@Override
	public void customise(OpenAPI api) {
		synchronized (drift) {
			drift.clear();
			info(api);
			security(api);
			define(api);
			problems(api);
			schemas(api);
			Map<String, Object> operations = map(contract.get("operations"));
			List<String> seen = new ArrayList<>();
			api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				seen.add(operation.getOperationId());
				operation(path, method, operation, map(operations.get(operation.getOperationId())));
			}));
			operations.keySet()
				.stream()
				.filter(id -> !seen.contains(id))
				.forEach(id -> drift.add("contract.yml names operation '" + id + "', which the API lacks"));
			prune(api);
			if (!drift.isEmpty()) {
				log.warn("The OpenAPI contract and the code differ: {}", drift);
			}
		}
	}

	/** Schemas no type declares: the JSON a controller reads by hand. */
	private void define(OpenAPI api) {
		map(contract.get("defined")).forEach(
				(name, value) -> api.getComponents().addSchemas(name, Json.mapper().convertValue(value, Schema.class)));
	}

	/**
	 * Drops schemas nothing refers to any more (what springdoc made of a JSON tree body
	 * or a header parameter the contract replaced).
	 */
	@SuppressWarnings("rawtypes")
	private static void prune(OpenAPI api) {
		Map<String, Schema> all = api.getComponents().getSchemas();
		if (all == null) {
			return;
		}
		java.util.Set<String> used = new java.util.HashSet<>();
		String text = Json.pretty(api.getPaths()) + Json.pretty(api.getComponents().getResponses());
		java.util.Deque<String> todo = new java.util.ArrayDeque<>(refs(text));
		while (!todo.isEmpty()) {
			String name = todo.pop();
			if (used.add(name) && all.get(name) != null) {
				todo.addAll(refs(Json.pretty(all.get(name))));
			}
		}
		all.keySet().removeIf(name -> !used.contains(name));
	}

	private static List<String> refs(String json) {
		List<String> out = new ArrayList<>();
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("#/components/schemas/([A-Za-z0-9._-]+)")
			.matcher(json);
		while (m.find()) {
			out.add(m.group(1));
		}
		return out;
	}

	private void info(OpenAPI api) {
		Map<String, Object> info = map(contract.get("info"));
		api.info(new Info().title(string(info.get("title")))
			.version(string(info.get("version")))
			.description(string(info.get("description"))));
	}

	private static void security(OpenAPI api) {
		api.getComponents()
			.addSecuritySchemes("basic",
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("basic")
						.description("user name and password (demo mode: recruiter:recruiter-password …)"))
			.addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.bearerFormat("tm_…")
						.description("an API token from POST /api/tokens: Authorization: Bearer tm_…"));
		api.setSecurity(
				List.of(new SecurityRequirement().addList("basic"), new SecurityRequirement().addList("bearer")));
	}

	/** The problem detail schema and one reusable response per error status. */
	private static void problems(OpenAPI api) {
		Schema<?> dataProblem = api.getComponents().getSchemas() == null ? null
				: api.getComponents().getSchemas().get("DataProblem");
		if (dataProblem == null) {
			api.getComponents()
				.addSchemas("DataProblem", new ObjectSchema().description("One problem with the input")
					.addProperty("file", new StringSchema().description("the file, or 'request' for the request"))
					.addProperty("line", new IntegerSchema().description("line or row, 0 when it does not apply"))
					.addProperty("field", new StringSchema().description("the field or column"))
					.addProperty("message", new StringSchema().description("what is wrong")));
		}
		Schema<?> problem = new ObjectSchema()
			.description("An RFC 9457 problem detail: what went wrong and, for invalid input, each problem with "
					+ "file, line or row, and field")
			.addProperty("type", new StringSchema().description("a URI naming the kind of problem (about:blank)"))
			.addProperty("title", new StringSchema().description("the status's reason phrase"))
			.addProperty("status", new IntegerSchema().description("the HTTP status"))
			.addProperty("detail", new StringSchema().description("what went wrong, in words"))
			.addProperty("instance", new StringSchema().description("the path asked for"))
			.addProperty("problems", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/DataProblem"))
				.description("invalid input: every problem found (nothing was stored)"));
		problem.setRequired(List.of("title", "status", "detail"));
		api.getComponents().addSchemas("Problem", problem);
		ERRORS.forEach((status, description) -> {
			Map<String, Object> example = new LinkedHashMap<>();
			example.put("type", "about:blank");
			example.put("title", org.springframework.http.HttpStatus.valueOf(status).getReasonPhrase());
			example.put("status", status);
			example.put("detail", exampleDetail(status));
			example.put("instance", "/api/rankings");
			if (status == 400) {
				example.put("problems", List.of(Map.of("file", "request", "line", 0, "field", "role", "message",
						"unknown role 'cs-dept-manger'")));
			}
			ApiResponse response = new ApiResponse().description(description)
				.content(new Content().addMediaType(PROBLEM_JSON,
						new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")).example(example)));
			if (status == 503 || status == 429) {
				response.addHeaderObject("Retry-After",
						new Header().description("seconds to wait before trying again").schema(new IntegerSchema()));
			}
			api.getComponents().addResponses(responseName(status), response);
		});
	}

	private static String exampleDetail(int status) {
		return switch (status) {
			case 400 -> "1 problem(s); nothing was stored. First: request: role: unknown role 'cs-dept-manger'";
			case 401 -> "sign in: HTTP Basic with your user name and password, or 'Authorization: Bearer <API token>'";
			case 403 -> "your role does not allow POST /api/rankings; the README's access table lists who may";
			case 404 -> "no candidate with id 'A9999'";
			case 409 -> "model 'lenovo-cs' exists already";
			case 413 -> "the text has 250000 characters; the limit is 200000";
			case 415 -> "Content-Type 'text/plain' is not supported.";
			case 422 -> "the proposed rules do not build";
			case 503 -> "the service is starting and still loading demo-pool; try again in 5 s";
			default -> org.springframework.http.HttpStatus.valueOf(status).getReasonPhrase();
		};
	}

	static String responseName(int status) {
		return "Problem" + status;
	}

	private static Map<Integer, String> errors() {
		Map<Integer, String> m = new LinkedHashMap<>();
		m.put(400, "Invalid input: malformed JSON, a wrong parameter, or fields the catalogue or the rules do not "
				+ "know; problems[] names each (file, line or row, field). Nothing was stored.");
		m.put(401, "Not signed in, or the credentials or the token were refused");
		m.put(403, "Signed in, but your role (or the missing export permission) does not allow this");
		m.put(404, "What the path names does not exist");
		m.put(409, "Conflicts with what is stored (the id is taken, or a seed model from data/ cannot change)");
		m.put(413, "Too large: the upload or the evidence text is over the limit");
		m.put(415, "Unsupported content type or file type (use JSON, or .csv / .xlsx uploads)");
		m.put(422, "Understood, but not accepted (the rules do not build or their scenarios fail)");
		m.put(503, "The service is still loading (catalogue, rules, evidence index, demo pool); Retry-After says "
				+ "when to try again");
		return m;
	}

	private void schemas(OpenAPI api) {
		Map<String, Schema> all = api.getComponents().getSchemas();
		map(contract.get("schemas")).forEach((name, value) -> {
			Schema<?> schema = all == null ? null : all.get(name);
			if (schema == null) {
				drift.add("contract.yml describes schema '" + name + "', which the API lacks");
				return;
			}
			Map<String, Object> spec = map(value);
			if (spec.get("description") != null) {
				schema.setDescription(string(spec.get("description")));
			}
			if (spec.get("required") instanceof List<?> required) {
				List<String> names = required.stream().map(String::valueOf).toList();
				for (String n : names) {
					if (schema.getProperties() == null || !schema.getProperties().containsKey(n)) {
						drift.add("contract.yml requires " + name + "." + n + ", which the schema lacks");
					}
				}
				schema.setRequired(names);
			}
			map(spec.get("properties")).forEach((property, p) -> {
				Schema<?> target = schema.getProperties() == null ? null : schema.getProperties().get(property);
				if (target == null) {
					drift.add("contract.yml describes " + name + "." + property + ", which the schema lacks");
					return;
				}
				property(target, map(p));
			});
		});
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private void property(Schema target, Map<String, Object> spec) {
		Schema values = target instanceof ArraySchema || "array".equals(target.getType()) || target.getItems() != null
				? target.getItems() : target;
		if (spec.get("description") != null) {
			target.setDescription(string(spec.get("description")));
		}
		Object enumeration = spec.get("enum");
		if (enumeration instanceof String name && name.startsWith("$")) {
			Supplier<List<String>> dynamic = dynamicEnums.get(name.substring(1));
			enumeration = dynamic == null ? null : dynamic.get();
		}
		if (enumeration instanceof List<?> list && values != null) {
			values.setEnum(new ArrayList<>(list.stream().map(String::valueOf).toList()));
		}
		if (spec.containsKey("example")) {
			target.setExample(spec.get("example"));
		}
		if (spec.get("format") != null && values != null) {
			values.setFormat(string(spec.get("format")));
		}
	}

	private void operation(String path, PathItem.HttpMethod method, Operation operation, Map<String, Object> spec) {
		String id = operation.getOperationId();
		if (spec.isEmpty()) {
			drift.add("operation " + id + " (" + method + " " + path + ") is not in contract.yml");
		}
		operation.setDescription(description(operation, spec, method, path));
		parameters(operation, map(spec.get("parameters")));
		requestBody(operation, spec);
		success(operation, spec);
		errors(operation, spec);
	}

	private static String description(Operation operation, Map<String, Object> spec, PathItem.HttpMethod method,
			String path) {
		StringBuilder b = new StringBuilder();
		if (spec.get("description") != null) {
			b.append(string(spec.get("description")).strip());
		}
		else if (operation.getDescription() != null) {
			b.append(operation.getDescription().strip());
		}
		else if (operation.getSummary() != null) {
			b.append(operation.getSummary().strip());
		}
		EndpointAccess.Rule rule = access(method.name(), path);
		if (rule != null) {
			b.append(b.isEmpty() ? "" : "\n\n")
				.append("Who may call: ")
				.append(Arrays.stream(Role.values())
					.filter(rule.roles()::contains)
					.map(Role::code)
					.collect(Collectors.joining(", ")))
				.append(rule.export() ? " (with the permission to export personal data)" : "")
				.append('.');
		}
		return b.toString();
	}

	/** The access rule of an endpoint, as the security configuration matches it. */
	static EndpointAccess.Rule access(String method, String path) {
		return EndpointAccess.RULES_TABLE.stream()
			.filter(r -> r.method().name().equals(method) && (r.pattern().equals(path) || r.pattern().endsWith("/**")
					&& path.startsWith(r.pattern().substring(0, r.pattern().length() - 2))))
			.findFirst()
			.orElse(null);
	}

	private void parameters(Operation operation, Map<String, Object> examples) {
		if (operation.getParameters() == null) {
			examples.keySet()
				.forEach(n -> drift.add("contract.yml gives parameter '" + n + "' of " + operation.getOperationId()
						+ ", which it lacks"));
			return;
		}
		// a Content-Type header parameter is ignored by OpenAPI: the request body's media
		// types say it
		operation.getParameters()
			.removeIf(p -> "header".equals(p.getIn()) && "content-type".equalsIgnoreCase(p.getName()));
		for (Parameter p : operation.getParameters()) {
			Object example = examples.get(p.getName());
			if (example instanceof Map<?, ?> detailed) {
				if (detailed.get("description") != null) {
					p.setDescription(string(detailed.get("description")));
				}
				if (detailed.get("enum") instanceof List<?> list && p.getSchema() != null) {
					p.getSchema().setEnum(new ArrayList<>(list.stream().map(String::valueOf).toList()));
				}
				example = detailed.get("example");
			}
			if (example instanceof String name && name.startsWith("$")) {
				Supplier<Object> dynamic = dynamicValues.get(name.substring(1));
				example = dynamic == null ? null : dynamic.get();
			}
			if (example != null) {
				p.setExample(example);
			}
		}
		examples.keySet()
			.stream()
			.filter(n -> operation.getParameters().stream().noneMatch(p -> p.getName().equals(n)))
			.forEach(n -> drift
				.add("contract.yml gives parameter '" + n + "' of " + operation.getOperationId() + ", which it lacks"));
	}

	private void requestBody(Operation operation, Map<String, Object> spec) {
		RequestBody body = operation.getRequestBody();
		if (body == null) {
			return;
		}
		String id = operation.getOperationId();
		Content content = body.getContent();
		if (spec.get("request") != null) {
			// a body the controller reads as a JSON tree is documented as what it is
			Schema<?> schema = new Schema<>().$ref("#/components/schemas/" + spec.get("request"));
			content = new Content().addMediaType(JSON, new MediaType().schema(schema));
			if (spec.get("textRequest") != null) {
				content.addMediaType("text/plain",
						new MediaType().schema(new StringSchema()).example(string(spec.get("textRequest"))));
			}
			body.setContent(content);
		}
		if (spec.get("requestDescription") != null) {
			body.setDescription(string(spec.get("requestDescription")));
		}
		Object example = example(id + ".request.json");
		MediaType json = content == null ? null : content.get(JSON);
		if (example != null && json != null) {
			json.setExample(example);
		}
		body.setRequired(true);
	}

	private void success(Operation operation, Map<String, Object> spec) {
		String id = operation.getOperationId();
		ApiResponses responses = operation.getResponses();
		ApiResponse ok = responses.remove("200");
		if (ok == null) {
			ok = new ApiResponse();
		}
		int status = spec.get("status") instanceof Integer s ? s : 200;
		String description = spec.get("response") != null ? string(spec.get("response")) : switch (status) {
			case 201 -> "Created; Location names it";
			case 204 -> "Done; no content";
			default -> "OK";
		};
		ok.setDescription(description);
		if (status == 204) {
			ok.setContent(null);
		}
		else {
			Content content = ok.getContent();
			Schema<?> schema = content == null || content.isEmpty() ? null
					: content.values().iterator().next().getSchema();
			Map<String, Object> produces = map(spec.get("produces"));
			Content fixed = new Content();
			if (produces.isEmpty()) {
				fixed.addMediaType(JSON, new MediaType().schema(schema).example(example(id + ".response.json")));
			}
			else {
				produces.forEach((type, file) -> {
					boolean binary = type.contains("spreadsheet");
					MediaType m = new MediaType().schema(binary ? new BinarySchema() : new StringSchema());
					if (!binary && file != null) {
						m.setExample(text(string(file)));
					}
					fixed.addMediaType(type, m);
				});
			}
			ok.setContent(fixed);
		}
		if (status == 201) {
			ok.addHeaderObject("Location", new Header().description("where the new resource is")
				.schema(new StringSchema().example("/api/candidates/E9001")));
		}
		ApiResponses ordered = new ApiResponses();
		ordered.addApiResponse(Integer.toString(status), ok);
		ApiResponse first = ok;
		map(spec.get("alsoStatus")).forEach((other, why) -> ordered.addApiResponse(other,
				new ApiResponse().description(string(why)).content(first.getContent()).headers(first.getHeaders())));
		responses.forEach(ordered::addApiResponse);
		operation.setResponses(ordered);
	}

	private void errors(Operation operation, Map<String, Object> spec) {
		List<Integer> statuses = new ArrayList<>();
		boolean input = operation.getRequestBody() != null
				|| operation.getParameters() != null && !operation.getParameters().isEmpty();
		if (input) {
			statuses.add(400);
		}
		statuses.add(401);
		statuses.add(403);
		if (operation.getParameters() != null
				&& operation.getParameters().stream().anyMatch(p -> "path".equals(p.getIn()))) {
			statuses.add(404);
		}
		if (operation.getRequestBody() != null) {
			statuses.add(415);
		}
		Map<String, Object> extra = map(spec.get("errors"));
		for (String s : extra.keySet()) {
			statuses.add(Integer.valueOf(s));
		}
		statuses.add(503);
		ApiResponses responses = operation.getResponses();
		for (int status : statuses.stream().distinct().sorted().toList()) {
			String key = Integer.toString(status);
			Object custom = extra.get(key);
			if (custom instanceof Map<?, ?> m && m.get("schema") != null) {
				// an answer that is not a problem detail (422 from a reload: the rule
				// status)
				responses.addApiResponse(key, new ApiResponse().description(string(m.get("description")))
					.content(new Content().addMediaType(JSON,
							new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + m.get("schema"))))));
			}
			else if (custom instanceof String why) {
				responses.addApiResponse(key,
						new ApiResponse().description(why)
							.content(new Content().addMediaType(PROBLEM_JSON,
									new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))
										.example(Map.of("type", "about:blank", "title",
												org.springframework.http.HttpStatus.valueOf(status).getReasonPhrase(),
												"status", status, "detail", why)))));
			}
			else {
				responses.addApiResponse(key, new ApiResponse().$ref("#/components/responses/" + responseName(status)));
			}
		}
	}

	/** The example file's JSON, or {@code null} when there is none. */
	static Object example(String file) {
		String text = text(file);
		if (text == null) {
			return null;
		}
		try {
			return Json.mapper().readValue(text, Object.class);
		}
		catch (IOException e) {
			throw new UncheckedIOException("openapi/examples/" + file + " is not valid JSON", e);
		}
	}

	static String text(String file) {
		ClassPathResource r = new ClassPathResource("openapi/examples/" + file);
		if (!r.exists()) {
			return null;
		}
		try (InputStream in = r.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Map<String, Object> load() {
		try (InputStream in = new ClassPathResource("openapi/contract.yml").getInputStream()) {
			Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
			return map(root);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object o) {
		if (!(o instanceof Map<?, ?> m)) {
			return Map.of();
		}
		Map<String, Object> out = new LinkedHashMap<>();
		((Map<Object, Object>) m).forEach((k, v) -> out.put(String.valueOf(k), v));
		return out;
	}

	private static String string(Object o) {
		return o == null ? null : o.toString();
	}

	static String lower(String s) {
		return s.toLowerCase(Locale.ROOT);
	}

}
