package com.talentmatch.candidates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Candidate JSON bodies: only the candidate's own fields are accepted. */
@WebMvcTest(CandidateController.class)
// the controller alone, as a talent reviewer (security itself:
// TalentMatchApplicationTest)
@WithMockUser(username = "reviewer", authorities = "talent-reviewer")
class CandidateControllerTest {

	static final String PERSON = "{\"id\":\"E1\",\"name\":\"王芳\",\"type\":\"internal\"";

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	CandidateService candidates;

	@Test
	void aBodyWithProtectedAttributesIsRefusedAndNothingIsStored() {
		assertThat(mvc.post()
			.with(csrf())
			.uri("/api/candidates")
			.contentType(MediaType.APPLICATION_JSON)
			.content(PERSON + ",\"gender\":\"female\",\"birthDate\":\"1990-01-01\",\"民族\":\"汉\"}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.problems[*].field")
			.asArray()
			.containsExactly("gender", "birthDate", "民族");
		assertThat(mvc.put()
			.with(csrf())
			.uri("/api/candidates/E1")
			.contentType(MediaType.APPLICATION_JSON)
			.content(PERSON + ",\"marital_status\":\"married\"}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.problems[0].message")
			.isEqualTo("'marital_status' is a protected attribute (marital status): never used for matching; "
					+ "voluntary self-identification goes to /api/fairness/self-identification");
		verifyNoInteractions(candidates);
	}

	@Test
	void anUnknownFieldIsRefusedRatherThanDropped() {
		assertThat(mvc.post()
			.with(csrf())
			.uri("/api/candidates")
			.contentType(MediaType.APPLICATION_JSON)
			.content(PERSON + ",\"departmnet\":\"客服一组\"}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.problems[0].message")
			.asString()
			.startsWith("unknown field 'departmnet'; fields are [id, name, type, department,");
		assertThat(
				mvc.post().with(csrf()).uri("/api/candidates").contentType(MediaType.APPLICATION_JSON).content("[1]"))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(mvc.post()
			.with(csrf())
			.uri("/api/candidates")
			.contentType(MediaType.APPLICATION_JSON)
			.content(PERSON + ",\"performance\":\"high\"}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.problems[0].message")
			.asString()
			.startsWith("not a valid candidate:");
		verifyNoInteractions(candidates);
	}

	@Test
	void theCandidatesOwnFieldsAreAccepted() {
		given(candidates.save(any())).willAnswer(a -> a.getArgument(0));
		assertThat(mvc.post()
			.with(csrf())
			.uri("/api/candidates")
			.contentType(MediaType.APPLICATION_JSON)
			.content(PERSON + ",\"department\":\"客服一组\",\"performance\":2,\"grades\":[\"CET-6\"],"
					+ "\"levels\":[{\"competency\":\"cs-dept/communication\",\"level\":\"2\",\"source\":\"manager\"}]}"))
			.hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.extractingPath("$.levels[0].source")
			.isEqualTo("manager");
	}

}
