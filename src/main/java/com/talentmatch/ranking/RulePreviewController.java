package com.talentmatch.ranking;

import java.util.Map;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** {@code POST /api/rules/preview}: proposed rule files on the live pool. */
@RestController
class RulePreviewController {

	private final RulePreview preview;

	RulePreviewController(RulePreview preview) {
		this.preview = preview;
	}

	/**
	 * A preview request.
	 *
	 * @param role role id or name
	 * @param files proposed file contents by path relative to the rules directory (an
	 * empty string deletes a file); the other files stay as they are
	 */
	record PreviewRequest(String role, Map<String, String> files) {
	}

	@Operation(summary = "Rank the stored pool for a role under the active and proposed rules: who moves up, down, "
			+ "in, out, and which rule made the difference")
	@PostMapping("/api/rules/preview")
	RulePreview.Preview preview(@RequestBody PreviewRequest request) {
		return preview.preview(request.role(), request.files());
	}

}
