package com.talentmatch.catalogue;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content hashes for change detection and audit. */
public final class Hashes {

	private Hashes() {
	}

	/** Lower-case hex SHA-256 of {@code bytes}. */
	public static String sha256(byte[] bytes) {
		return sha256(java.util.List.of(bytes));
	}

	/** Lower-case hex SHA-256 of {@code parts}, one after another. */
	public static String sha256(Iterable<byte[]> parts) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			parts.forEach(digest::update);
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every JVM has SHA-256", e);
		}
	}

}
