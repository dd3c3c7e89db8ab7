package com.talentmatch.docs;

/**
 * A documented example that is not in the checked format (an unknown curl option, a
 * missing status comment, an excerpt that does not parse), naming the file and line.
 */
class DocExampleException extends RuntimeException {

	DocExampleException(String where, String message) {
		super(where + ": " + message);
	}

}
