package com.talentmatch.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.talentmatch.catalogue.NotFoundException;

@WebMvcTest(EvidenceController.class)
// the controller alone, as an admin who edits the catalogue (security itself:
// TalentMatchApplicationTest)
@WithMockUser(username = "analyst", authorities = { "admin", "rule-editor" })
class EvidenceControllerTest {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	EvidenceService evidence;

	@MockitoBean
	EvidenceSearch search;

	static final MatchResult EMPTY = new MatchResult("cs-dept", 1, 0.2, List.of(), List.of(), List.of(), List.of(),
			false);

	@Test
	void matchesJsonBody() {
		given(evidence.match("cs-dept", "倾听客户")).willReturn(EMPTY);
		assertThat(mvc.post()
			.with(csrf())
			.uri("/api/evidence/match")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"model\":\"cs-dept\",\"text\":\"倾听客户\"}")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.model")
			.isEqualTo("cs-dept");
	}

	@Test
	void matchesPlainTextWithTheModelAsParameter() {
		given(evidence.match("cs-dept", "倾听客户")).willReturn(EMPTY);
		assertThat(mvc.post()
			.with(csrf())
			.uri("/api/evidence/match?model=cs-dept")
			.contentType("text/plain;charset=UTF-8")
			.content("倾听客户".getBytes(StandardCharsets.UTF_8))).hasStatusOk();
	}

	@Test
	void invalidUtf8IsA400NamingTheLine() {
		byte[] gbk = { 'o', 'k', '\n', (byte) 0xC7, (byte) 0xE3 };
		assertThat(mvc.post()
			.with(csrf())
			.uri("/api/evidence/match?model=cs-dept")
			.contentType(MediaType.TEXT_PLAIN)
			.content(gbk)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.problems[0].line")
			.isEqualTo(2);
		verifyNoInteractions(evidence);
	}

	@Test
	void missingModelIsA400() {
		assertThat(mvc.post()
			.with(csrf())
			.uri("/api/evidence/match")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"倾听客户\"}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.problems[0].field")
			.isEqualTo("model");
	}

	@Test
	void malformedJsonIsA400() {
		assertThat(mvc.post()
			.with(csrf())
			.uri("/api/evidence/match")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"model\": \"cs-dept\", ")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void textOverTheLimitIsA413() {
		given(evidence.match(eq("cs-dept"), any())).willThrow(new TextTooLargeException("too long"));
		assertThat(mvc.post()
			.with(csrf())
			.uri("/api/evidence/match")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"model\":\"cs-dept\",\"text\":\"x\"}")).hasStatus(HttpStatus.CONTENT_TOO_LARGE);
	}

	@Test
	void unknownModelIsA404() {
		given(evidence.match(eq("nope"), any())).willThrow(new NotFoundException("no model with id 'nope'"));
		assertThat(mvc.post()
			.with(csrf())
			.uri("/api/evidence/match")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"model\":\"nope\",\"text\":\"x\"}")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void otherContentTypesAreA415() {
		assertThat(mvc.post()
			.with(csrf())
			.uri("/api/evidence/match")
			.contentType(MediaType.APPLICATION_XML)
			.content("<x/>")).hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
	}

}
