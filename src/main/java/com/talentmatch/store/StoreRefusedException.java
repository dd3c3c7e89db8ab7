package com.talentmatch.store;

/**
 * The store must not be opened, or a backup not restored; the message says why and what
 * to do.
 */
public class StoreRefusedException extends RuntimeException {

	public StoreRefusedException(String message) {
		super(message);
	}

}
