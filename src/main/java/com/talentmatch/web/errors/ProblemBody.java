package com.talentmatch.web.errors;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpStatus;

/**
 * An RFC 9457 problem detail written by hand, for the places where no message converter
 * runs (Tomcat's error report, the error page): {@code type}, {@code title},
 * {@code status}, {@code detail} and, when known, {@code instance}.
 */
final class ProblemBody {

	private ProblemBody() {
	}

	/** The reason phrase of a status, or "Error" for one HTTP does not name. */
	static String title(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		return known == null ? "Error" : known.getReasonPhrase();
	}

	static byte[] json(int status, String detail, String instance) {
		StringBuilder b = new StringBuilder(256).append("{\"type\":\"about:blank\",\"title\":");
		quote(b, title(status)).append(",\"status\":").append(status).append(",\"detail\":");
		quote(b, detail);
		if (instance != null) {
			quote(b.append(",\"instance\":"), instance);
		}
		return b.append('}').toString().getBytes(StandardCharsets.UTF_8);
	}

	private static StringBuilder quote(StringBuilder b, String s) {
		b.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '"' -> b.append("\\\"");
				case '\\' -> b.append("\\\\");
				case '\n' -> b.append("\\n");
				case '\r' -> b.append("\\r");
				case '\t' -> b.append("\\t");
				default -> {
					if (c < 0x20 || c == 0x2028 || c == 0x2029 || Character.isSurrogate(c) && !validSurrogate(s, i)) {
						b.append(String.format("\\u%04x", (int) c));
					}
					else {
						b.append(c);
					}
				}
			}
		}
		return b.append('"');
	}

	private static boolean validSurrogate(String s, int i) {
		char c = s.charAt(i);
		return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
				: i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
	}

	/**
	 * What went wrong, for a status the request itself caused before any application code
	 * ran.
	 */
	static String detail(int status) {
		return switch (status) {
			case 400 -> "the request is malformed: in the path and the query, characters outside ASCII (沟通), spaces "
					+ "and the characters \" < > \\ must be percent-encoded as UTF-8 (q=%E6%B2%9F%E9%80%9A, a%20b), "
					+ "and every '%' must start a valid escape";
			case 404 -> "no such resource";
			case 405 -> "this method is not allowed here";
			case 408 -> "the request took too long to arrive";
			case 413 -> "the request is too large";
			case 414 -> "the request URI is too long";
			case 431 -> "the request headers are too large";
			case 501 -> "this method is not implemented";
			case 505 -> "this HTTP version is not supported; use HTTP/1.1";
			default -> status >= 500 ? "the service failed to answer this request" : title(status);
		};
	}

}
