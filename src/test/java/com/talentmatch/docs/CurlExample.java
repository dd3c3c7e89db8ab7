package com.talentmatch.docs;

/**
 * One {@code curl} example of a markdown file: the command as written, the status the
 * docs promise and the excerpt of the response they show.
 *
 * @param file the markdown file, as the failure messages name it (relative to the
 * repository)
 * @param line the line of the command's first line, 1-based
 * @param command the command text, continuation lines included
 * @param status the documented HTTP status
 * @param excerpt the documented excerpt of what curl prints (JSON with {@code …}, or
 * text), or {@code null} when only the status is documented
 * @param excerptLine the line the excerpt starts on
 * @param problem why the example is not in the checked format, or {@code null}
 */
record CurlExample(String file, int line, String command, int status, String excerpt, int excerptLine, String problem) {

	/** {@code file:line}, the place failure messages name. */
	String where() {
		return file + ":" + line;
	}

}
