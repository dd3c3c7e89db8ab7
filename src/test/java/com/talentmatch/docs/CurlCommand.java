package com.talentmatch.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code curl} command of the docs, read without running curl. The subset (anything
 * else is refused, naming the example's file and line): {@code -s};
 * {@code -u user:password}; {@code -X METHOD}; {@code -H 'Name: value'}; {@code -d} /
 * {@code --data} (text, or {@code @file} with its line breaks removed),
 * {@code --data-binary} (text or {@code @file} as is), {@code --data-urlencode}
 * ({@code name=value}, {@code value}, {@code name@file}); {@code -G} (the data goes into
 * the query); {@code -F name=@file[;type=…]} and {@code -F name=value} (multipart);
 * {@code -o FILE}; {@code -i}; one URL on {@code localhost:8080}, quoted or not. Long
 * forms: {@code --silent}, {@code --user}, {@code --request}, {@code --header},
 * {@code --form}, {@code --get}, {@code --output}, {@code --include}.
 *
 * @param method the HTTP method
 * @param target the path and query, percent-encoded
 * @param headers the request headers, the {@code -u} credentials included
 * @param body the request body ({@code null}: none)
 * @param output the {@code -o} file as written, or {@code null}
 * @param include whether {@code -i} prints the status line and headers
 */
record CurlCommand(String method, String target, Map<String, String> headers, byte[] body, String output,
		boolean include) {

	static final String SUBSET = "-s -u -X -H -d --data-binary --data-urlencode -F -G -o -i";

	private static final Pattern URL = Pattern.compile("^(?:http://)?(?:localhost|127\\.0\\.0\\.1):8080(/.*)?$");

	/**
	 * Reads a command.
	 * @param text the command as written
	 * @param where the example's {@code file:line}
	 * @param files resolves a file named by {@code @file} (a file written by an earlier
	 * {@code -o}, else one of the repository)
	 */
	static CurlCommand parse(String text, String where, Function<String, Path> files) {
		List<String> words = ShellWords.split(text, where);
		if (words.isEmpty() || !words.get(0).equals("curl")) {
			throw new DocExampleException(where, "not a curl command: " + text);
		}
		String method = null;
		String url = null;
		Map<String, String> headers = new LinkedHashMap<>();
		List<String> data = new ArrayList<>();
		byte[] binary = null;
		List<String[]> form = new ArrayList<>();
		boolean get = false;
		boolean include = false;
		String output = null;
		for (int i = 1; i < words.size(); i++) {
			String w = words.get(i);
			switch (w) {
				case "-s", "--silent" -> {
				}
				case "-G", "--get" -> get = true;
				case "-i", "--include" -> include = true;
				case "-u", "--user" -> {
					String user = value(words, ++i, w, where);
					headers.put("Authorization",
							"Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
				}
				case "-X", "--request" -> method = value(words, ++i, w, where);
				case "-H", "--header" -> {
					String h = value(words, ++i, w, where);
					int colon = h.indexOf(':');
					if (colon <= 0) {
						throw new DocExampleException(where, "a header is 'Name: value', not '" + h + "'");
					}
					headers.put(h.substring(0, colon).strip(), h.substring(colon + 1).strip());
				}
				case "-d", "--data" -> {
					String d = value(words, ++i, w, where);
					data.add(d.startsWith("@") ? read(files, d.substring(1), where).replace("\r", "").replace("\n", "")
							: d);
				}
				case "--data-binary" -> {
					String d = value(words, ++i, w, where);
					if (d.startsWith("@")) {
						if (!data.isEmpty()) {
							throw new DocExampleException(where, "--data-binary @file cannot be combined with -d");
						}
						binary = bytes(files, d.substring(1), where);
					}
					else {
						data.add(d);
					}
				}
				case "--data-urlencode" -> data.add(urlencoded(value(words, ++i, w, where), files, where));
				case "-F", "--form" -> form.add(formPart(value(words, ++i, w, where), where));
				case "-o", "--output" -> output = value(words, ++i, w, where);
				default -> {
					if (w.startsWith("-")) {
						throw new DocExampleException(where,
								"unknown curl option '" + w + "'; the docs' examples keep to " + SUBSET);
					}
					if (url != null) {
						throw new DocExampleException(where, "two URLs: " + url + " and " + w);
					}
					url = w;
				}
			}
		}
		if (url == null) {
			throw new DocExampleException(where, "the curl command has no URL");
		}
		Matcher m = URL.matcher(url);
		if (!m.matches()) {
			throw new DocExampleException(where, "the URL must be on localhost:8080, not " + url);
		}
		String target = m.group(1) == null ? "/" : m.group(1);
		if (!form.isEmpty() && (!data.isEmpty() || binary != null)) {
			throw new DocExampleException(where, "-F cannot be combined with -d");
		}
		byte[] body = null;
		if (get || binary == null && data.isEmpty()) {
			if (!data.isEmpty()) {
				target = target + (target.contains("?") ? "&" : "?") + String.join("&", data);
			}
		}
		else {
			body = binary != null ? binary : String.join("&", data).getBytes(StandardCharsets.UTF_8);
			headers.putIfAbsent(contentTypeKey(headers), "application/x-www-form-urlencoded");
		}
		if (!form.isEmpty()) {
			String boundary = "----docs" + UUID.randomUUID();
			body = multipart(form, boundary, files, where);
			headers.put(contentTypeKey(headers), "multipart/form-data; boundary=" + boundary);
		}
		if (method == null) {
			method = body != null ? "POST" : "GET";
		}
		return new CurlCommand(method, encode(target), headers, body, output, include);
	}

	private static String contentTypeKey(Map<String, String> headers) {
		return headers.keySet()
			.stream()
			.filter(k -> k.equalsIgnoreCase("Content-Type"))
			.findFirst()
			.orElse("Content-Type");
	}

	private static String value(List<String> words, int i, String option, String where) {
		if (i >= words.size()) {
			throw new DocExampleException(where, option + " needs a value");
		}
		return words.get(i);
	}

	private static String urlencoded(String d, Function<String, Path> files, String where) {
		int eq = d.indexOf('=');
		int at = d.indexOf('@');
		if (eq >= 0 && (at < 0 || eq < at)) {
			String name = d.substring(0, eq);
			String value = percent(d.substring(eq + 1));
			return name.isEmpty() ? value : name + "=" + value;
		}
		if (at >= 0) {
			String name = d.substring(0, at);
			String value = percent(read(files, d.substring(at + 1), where));
			return name.isEmpty() ? value : name + "=" + value;
		}
		return percent(d);
	}

	private static String[] formPart(String f, String where) {
		int eq = f.indexOf('=');
		if (eq <= 0) {
			throw new DocExampleException(where, "-F is name=value or name=@file, not '" + f + "'");
		}
		return new String[] { f.substring(0, eq), f.substring(eq + 1) };
	}

	private static byte[] multipart(List<String[]> parts, String boundary, Function<String, Path> files, String where) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		for (String[] part : parts) {
			String name = part[0];
			String value = part[1];
			StringBuilder head = new StringBuilder(
					"--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"");
			byte[] content;
			if (value.startsWith("@")) {
				String[] pieces = value.substring(1).split(";");
				String file = pieces[0];
				String type = "application/octet-stream";
				String fileName = Path.of(file).getFileName().toString();
				for (int p = 1; p < pieces.length; p++) {
					if (pieces[p].startsWith("type=")) {
						type = pieces[p].substring(5);
					}
					else if (pieces[p].startsWith("filename=")) {
						fileName = pieces[p].substring(9);
					}
					else {
						throw new DocExampleException(where, "unknown -F attribute '" + pieces[p] + "'");
					}
				}
				content = bytes(files, file, where);
				head.append("; filename=\"").append(fileName).append("\"\r\nContent-Type: ").append(type);
			}
			else {
				content = value.getBytes(StandardCharsets.UTF_8);
			}
			head.append("\r\n\r\n");
			out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
			out.writeBytes(content);
			out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	private static String read(Function<String, Path> files, String name, String where) {
		return new String(bytes(files, name, where), StandardCharsets.UTF_8);
	}

	private static byte[] bytes(Function<String, Path> files, String name, String where) {
		Path file = files.apply(name);
		if (file == null || !Files.isRegularFile(file)) {
			throw new DocExampleException(where, "the file '" + name + "' does not exist (paths are relative to the"
					+ " repository, or name a file an earlier example wrote with -o)");
		}
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Percent-encodes as curl's {@code --data-urlencode}: all but {@code A-Za-z0-9-._~}.
	 */
	static String percent(String s) {
		StringBuilder b = new StringBuilder();
		for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
			int c = x & 0xff;
			if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
				b.append((char) c);
			}
			else {
				b.append('%').append(String.format("%02X", c));
			}
		}
		return b.toString();
	}

	/** Percent-encodes what a URI may not hold as written: spaces, non-ASCII, quotes. */
	private static String encode(String target) {
		StringBuilder b = new StringBuilder();
		for (byte x : target.getBytes(StandardCharsets.UTF_8)) {
			int c = x & 0xff;
			if (c <= 0x20 || c >= 0x7f || "\"<>\\^`{|}".indexOf(c) >= 0) {
				b.append('%').append(String.format("%02X", c));
			}
			else {
				b.append((char) c);
			}
		}
		return b.toString();
	}

}
