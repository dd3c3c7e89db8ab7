package com.talentmatch.web.errors;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The error page answers problem details, never Spring Boot's default body. */
class ProblemErrorControllerTest {

	MockHttpServletResponse error(Integer status, String message, Throwable e) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
		request.addHeader("Accept", "text/html");
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/rankings");
		request.setAttribute(RequestDispatcher.ERROR_MESSAGE, message);
		request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, e);
		MockHttpServletResponse response = new MockHttpServletResponse();
		new ProblemErrorController().error(request, response);
		return response;
	}

	@Test
	void a500ShowsNoException() throws Exception {
		MockHttpServletResponse r = error(500, "java.lang.NullPointerException: secret",
				new NullPointerException("secret"));
		assertThat(r.getStatus()).isEqualTo(500);
		assertThat(r.getContentType()).startsWith("application/problem+json");
		assertThat(r.getContentAsString()).contains("\"status\":500")
			.contains("\"instance\":\"/api/rankings\"")
			.doesNotContain("secret")
			.doesNotContain("timestamp");
	}

	@Test
	void aClientErrorKeepsItsMessage() throws Exception {
		MockHttpServletResponse r = error(400, "Invalid URI: [%zz]", null);
		assertThat(r.getStatus()).isEqualTo(400);
		assertThat(r.getContentAsString()).contains("Invalid URI: [%zz]").contains("\"title\":\"Bad Request\"");
	}

	@Test
	void withoutAStatusItIsA500() throws Exception {
		MockHttpServletResponse r = error(null, null, null);
		assertThat(r.getStatus()).isEqualTo(500);
		assertThat(r.getContentAsString()).contains("\"status\":500");
	}

}
