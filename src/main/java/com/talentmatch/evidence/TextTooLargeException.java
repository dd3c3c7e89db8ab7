package com.talentmatch.evidence;

/** Evidence text over the configured limit (answered with 413). */
public class TextTooLargeException extends RuntimeException {

	public TextTooLargeException(String message) {
		super(message);
	}

}
