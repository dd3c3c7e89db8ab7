package com.talentmatch.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.talentmatch.web.RunningService;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The served OpenAPI document: valid OpenAPI 3, complete enough to generate a client
 * from, and in step with contract.yml. Each check is also shown to fail on a broken
 * document.
 */
class OpenApiContractTest extends RunningService {

	@Autowired
	ApiContract contract;

	String text;

	JsonNode doc;

	@BeforeEach
	void load() throws Exception {
		HttpResponse<String> r = get("/v3/api-docs", null);
		assertThat(r.statusCode()).isEqualTo(200);
		text = r.body();
		doc = json.readTree(text);
	}

	static List<String> validate(String document) {
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		SwaggerParseResult result = new OpenAPIParser().readContents(document, null, options);
		return result.getOpenAPI() == null ? List.of("not an OpenAPI document")
				: result.getMessages() == null ? List.of() : result.getMessages();
	}

	@Test
	void theDocumentIsValidOpenApi3() {
		assertThat(doc.path("openapi").asString()).startsWith("3.");
		assertThat(validate(text)).isEmpty();
	}

	@Test
	void everyOperationHasExamplesErrorsAndAuthentication() {
		assertThat(ContractChecker.check(doc)).isEmpty();
		assertThat(doc.path("paths").size()).isGreaterThan(40);
	}

	@Test
	void theContractFileAndTheCodeAgree() {
		assertThat(contract.drift()).isEmpty();
	}

	@Test
	void statusesEnumsAndRequiredFieldsAreThoseTheCodeUses() {
		JsonNode paths = doc.path("paths");
		assertThat(paths.path("/api/models/import").path("post").path("responses").has("201")).isTrue();
		assertThat(paths.path("/api/candidates").path("post").path("responses").has("201")).isTrue();
		assertThat(paths.path("/api/candidates/{id}").path("delete").path("responses").has("204")).isTrue();
		assertThat(paths.path("/api/rules/reload").path("post").path("responses").path("422").toString())
			.contains("RuleStatus");
		assertThat(paths.path("/api/users").path("post").path("responses").has("409")).isTrue();
		JsonNode schemas = doc.path("components").path("schemas");
		assertThat(schemas.path("RankingNewDecision").path("properties").path("decision").path("enum").toString())
			.isEqualTo("[\"shortlist\",\"reject\",\"promote\",\"hold\"]");
		assertThat(schemas.path("RankingNewDecision").path("required").toString()).contains("reason");
		assertThat(schemas.path("Candidate").path("properties").path("type").path("enum").toString())
			.isEqualTo("[\"internal\",\"external\"]");
		assertThat(schemas.path("CandidateLevel").path("properties").path("source").path("enum").toString())
			.isEqualTo("[\"assessment\",\"manager\",\"360\",\"self\",\"evidence\"]");
		assertThat(schemas.path("Evaluation").path("properties").path("band").path("enum").toString())
			.contains("ready-now")
			.contains("not-ready");
		assertThat(schemas.path("UserRequest").path("properties").path("roles").path("items").path("enum").toString())
			.contains("talent-reviewer");
		// nested types of the same simple name do not collide
		assertThat(schemas.has("CandidateImportSummary")).isTrue();
		assertThat(schemas.has("SelfIdentificationImportSummary")).isTrue();
		assertThat(schemas.has("ImportSummary")).isTrue();
		// no header parameter X-User, nor Content-Type (the media types say it)
		assertThat(text).doesNotContain("X-User").doesNotContain("\"name\":\"Content-Type\"");
		assertThat(schemas.has("JsonNode")).as("JSON tree bodies are documented as what they are").isFalse();
	}

	@Test
	void theChecksCatchABrokenDocument() {
		ObjectNode broken = (ObjectNode) json.readTree(text);
		ObjectNode rank = (ObjectNode) broken.path("paths").path("/api/rankings").path("post");
		((ObjectNode) rank.path("requestBody").path("content").path("application/json")).remove("example");
		((ObjectNode) rank.path("responses").path("200").path("content").path("application/json")).remove("example");
		((ObjectNode) rank.path("responses")).remove("503");
		((ObjectNode) broken.path("components").path("schemas").path("Candidate")).remove("description");
		broken.remove("security");
		List<String> problems = ContractChecker.check(broken);
		assertThat(problems).anyMatch(p -> p.contains("rankingRank") && p.contains("request example"))
			.anyMatch(p -> p.contains("rankingRank") && p.contains("example of its 200 answer"))
			.anyMatch(p -> p.contains("rankingRank") && p.contains("503"))
			.anyMatch(p -> p.contains("schema Candidate has no description"))
			.anyMatch(p -> p.contains("not applied"));

		ObjectNode invalid = (ObjectNode) json.readTree(text);
		((ObjectNode) invalid.path("paths").path("/api/rankings").path("post")).remove("responses");
		((ObjectNode) invalid.path("paths").path("/api/rankings").path("post").path("requestBody")).put("content",
				"not an object");
		invalid.remove("info");
		assertThat(validate(invalid.toString())).isNotEmpty();
	}

}
