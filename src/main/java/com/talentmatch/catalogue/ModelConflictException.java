package com.talentmatch.catalogue;

/** A model id that is already taken (answered with 409). */
public class ModelConflictException extends RuntimeException {

	public ModelConflictException(String message) {
		super(message);
	}

}
