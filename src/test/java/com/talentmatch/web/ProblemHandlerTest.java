package com.talentmatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The problem details of the controllers' errors: a bug answers 500 with a reference and
 * never the exception; malformed JSON names line and field.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProblemHandlerTest {

	record Body(Integer size) {
	}

	@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CONFLICT)
	static class Declared extends RuntimeException {

	}

	@RestController
	static class Failing {

		@GetMapping("/declared")
		String declared() {
			throw new Declared();
		}

		@GetMapping("/boom")
		String boom() {
			throw new IllegalStateException("secret internal state");
		}

		@PostMapping("/body")
		String body(@RequestBody Body body) {
			return "ok";
		}

	}

	final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing())
		.setControllerAdvice(new ProblemHandler())
		.build();

	@Test
	void anUnexpectedExceptionIsA500ProblemWithAReferenceTheLogRepeats(CapturedOutput output) throws Exception {
		MvcResult r = mvc.perform(get("/boom")).andReturn();
		assertThat(r.getResponse().getStatus()).isEqualTo(500);
		assertThat(r.getResponse().getContentType()).startsWith("application/problem+json");
		String body = r.getResponse().getContentAsString();
		assertThat(body).contains("\"status\":500").contains("reference").doesNotContain("secret internal state");
		String reference = body.replaceAll(".*\"reference\":\"([0-9a-f]+)\".*", "$1");
		assertThat(output.getOut()).contains("reference " + reference).contains("secret internal state");
	}

	@Test
	void anExceptionThatDeclaresItsStatusKeepsIt() throws Exception {
		assertThat(mvc.perform(get("/declared")).andReturn().getResponse().getStatus()).isEqualTo(409);
	}

	@Test
	void malformedJsonNamesWhereItIs() throws Exception {
		MvcResult broken = mvc.perform(post("/body").contentType("application/json").content("{\"size\": "))
			.andReturn();
		assertThat(broken.getResponse().getStatus()).isEqualTo(400);
		assertThat(broken.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(broken.getResponse().getContentAsString()).contains("not valid JSON").contains("line 1");
		MvcResult wrongType = mvc.perform(post("/body").contentType("application/json").content("{\"size\": \"x\"}"))
			.andReturn();
		assertThat(wrongType.getResponse().getStatus()).isEqualTo(400);
		assertThat(wrongType.getResponse().getContentAsString()).contains("field 'size'");
	}

}
