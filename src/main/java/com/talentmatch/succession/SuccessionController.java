package com.talentmatch.succession;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

@RestController
@RequestMapping("/api")
class SuccessionController {

	private final SuccessionService succession;

	private final NineBoxService nineBox;

	private final DevelopmentService development;

	SuccessionController(SuccessionService succession, NineBoxService nineBox, DevelopmentService development) {
		this.succession = succession;
		this.nineBox = nineBox;
		this.development = development;
	}

	@Operation(summary = "Reverse match for one person: best-fit roles, the next ladder step with its gaps and the "
			+ "indicators of the required levels (a development plan draft)")
	@GetMapping("/candidates/{id}/development")
	DevelopmentService.Development development(@PathVariable String id, @RequestParam(required = false) String target) {
		return development.of(id, target);
	}

	@Operation(summary = "Successors for a role: internal people by readiness band (the rules' bands), bench strength")
	@GetMapping("/succession/{role}")
	SuccessionService.Succession succession(@PathVariable String role) {
		return succession.of(role);
	}

	@Operation(
			summary = "Bench strength of every role the rules define; 'thin' when fewer than two are ready within 1–2 years")
	@GetMapping("/succession")
	List<SuccessionService.Succession> bench() {
		return succession.all();
	}

	@Operation(summary = "The 9-box: internal people by performance × potential, with calibration moves applied")
	@GetMapping("/nine-box")
	NineBoxService.Grid grid() {
		return nineBox.grid();
	}

	/**
	 * A calibration move.
	 *
	 * @param candidateId who
	 * @param performance new performance box 1–3
	 * @param potential new potential box 1–3
	 * @param reason why
	 */
	record MoveRequest(String candidateId, Integer performance, Integer potential, String reason) {
	}

	@Operation(
			summary = "Calibration: move a person to another box, with a reason (the signed-in user is recorded as the reviewer)")
	@PostMapping("/nine-box/moves")
	ResponseEntity<com.talentmatch.candidates.Calibrations.Move> move(@RequestBody MoveRequest body,
			java.security.Principal principal) {
		String user = principal.getName();
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(nineBox.move(body.candidateId(), body.performance(), body.potential(), body.reason(), user));
	}

	@Operation(summary = "Every calibration move, newest first")
	@GetMapping("/nine-box/moves")
	List<com.talentmatch.candidates.Calibrations.Move> moves() {
		return nineBox.moves();
	}

}
