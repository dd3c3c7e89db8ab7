package com.talentmatch.rules;

/**
 * An activation based on a version that is no longer the active one (answered with 409);
 * nothing was written.
 */
public class RulesChangedException extends RuntimeException {

	public RulesChangedException(String message) {
		super(message);
	}

}
