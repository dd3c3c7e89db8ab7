package com.talentmatch.rules;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/**
 * The rule editor's API: read the rule files, check an edit, activate it, the vocabulary.
 */
@RestController
@RequestMapping("/api/rules")
class RuleEditorController {

	private final RuleEditing editing;

	RuleEditorController(RuleEditing editing) {
		this.editing = editing;
	}

	@Operation(summary = "The rule files of the active version")
	@GetMapping("/files")
	List<RuleEditing.FileInfo> files() {
		return editing.files();
	}

	@Operation(summary = "One rule file's text, with the version it was read from")
	@GetMapping("/file")
	RuleEditing.FileText file(@RequestParam String path) {
		return editing.file(path);
	}

	/**
	 * Proposed rule files.
	 *
	 * @param files file contents by path relative to the rules directory (an empty string
	 * deletes a file); the other files stay as they are in the active version
	 * @param baseVersion for an activation: the version the edit started from (from
	 * {@code GET /api/rules/file}); when another version is active now, nothing is
	 * written
	 */
	record FilesRequest(Map<String, String> files, String baseVersion) {
	}

	@Operation(summary = "Check proposed rule files without activating them: problems with file and line, every "
			+ "scenario's result")
	@PostMapping("/check")
	RuleEditing.Check check(@RequestBody FilesRequest request) {
		return editing.check(request.files());
	}

	@Operation(summary = "Write proposed rule files into the rules directory and activate them, only if every check "
			+ "and scenario passes (otherwise 422 and nothing is written)")
	@PostMapping("/activate")
	RuleStatus activate(@RequestBody FilesRequest request, Principal principal) {
		return editing.activate(request.files(), request.baseVersion(), principal.getName());
	}

	@Operation(summary = "What rule files may say: the DSL sentences and the competencies, roles, grades, sources "
			+ "and bands they take")
	@GetMapping("/vocabulary")
	RuleEditing.VocabularyView vocabulary() {
		return editing.vocabulary();
	}

}
