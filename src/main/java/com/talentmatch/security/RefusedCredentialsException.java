package com.talentmatch.security;

import org.springframework.security.core.AuthenticationException;

/**
 * Credentials refused before they are checked (malformed, oversized, a token in the URL);
 * the message says why.
 */
class RefusedCredentialsException extends AuthenticationException {

	RefusedCredentialsException(String message) {
		super(message);
	}

}
