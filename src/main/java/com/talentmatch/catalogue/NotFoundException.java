package com.talentmatch.catalogue;

/** An id that names nothing in the catalogue (answered with 404). */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
