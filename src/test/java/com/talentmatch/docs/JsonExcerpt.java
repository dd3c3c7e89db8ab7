package com.talentmatch.docs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * A documented excerpt of a JSON response: JSON in which {@code …} elides. In an object
 * ({@code {"a":1, …}}) it stands for other members, which are never checked anyway; as a
 * value ({@code "total":…}) for any value; in an array ({@code [{"rank":1}, …]}) for
 * other elements; in a string ({@code "9c1e…"}) for any text.
 * <p>
 * Against a response: every key shown must be present and every scalar shown equal
 * (numbers by value). An array without {@code …} must have exactly the elements shown;
 * with {@code …}, the elements before the first {@code …} are the first ones, and the
 * others follow in order.
 */
final class JsonExcerpt {

	static final String ELLIPSIS = "…";

	/** The parsed excerpt. */
	interface Node {

	}

	/** {@code …} as a value: anything. */
	record Any() implements Node {
	}

	/** {@code …} as an array element: other elements. */
	record More() implements Node {
	}

	record Text(String value) implements Node {
	}

	record Number(BigDecimal value) implements Node {
	}

	record Literal(String value) implements Node {
	}

	record Obj(Map<String, Node> members) implements Node {
	}

	record Arr(List<Node> elements) implements Node {
	}

	private final String text;

	private final String where;

	private int pos;

	private JsonExcerpt(String text, String where) {
		this.text = text;
		this.where = where;
	}

	/** Whether an excerpt's brackets (outside strings) are all closed. */
	static boolean closed(String text) {
		int depth = 0;
		boolean string = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (string) {
				if (c == '\\') {
					i++;
				}
				else if (c == '"') {
					string = false;
				}
			}
			else if (c == '"') {
				string = true;
			}
			else if (c == '{' || c == '[') {
				depth++;
			}
			else if (c == '}' || c == ']') {
				depth--;
			}
		}
		return depth <= 0 && !string;
	}

	/** Parses an excerpt; {@code where} names it in a refusal. */
	static Node parse(String text, String where) {
		JsonExcerpt p = new JsonExcerpt(text, where);
		Node node = p.value(false);
		p.space();
		if (p.pos < text.length()) {
			throw p.error("unexpected text after the excerpt");
		}
		return node;
	}

	private Node value(boolean inArray) {
		space();
		if (pos >= text.length()) {
			throw error("the excerpt ends early");
		}
		char c = text.charAt(pos);
		if (text.startsWith(ELLIPSIS, pos)) {
			pos += ELLIPSIS.length();
			return inArray ? new More() : new Any();
		}
		if (c == '{') {
			pos++;
			Map<String, Node> members = new LinkedHashMap<>();
			space();
			if (peek('}')) {
				return new Obj(members);
			}
			do {
				space();
				if (text.startsWith(ELLIPSIS, pos)) {
					pos += ELLIPSIS.length();
				}
				else {
					Node key = value(false);
					if (!(key instanceof Text t) || t.value().contains(ELLIPSIS)) {
						throw error("a key must be a string without …");
					}
					String k = t.value();
					expect(':');
					if (members.put(k, value(false)) != null) {
						throw error("the key \"" + k + "\" is shown twice");
					}
				}
				space();
			}
			while (peek(','));
			expect('}');
			return new Obj(members);
		}
		if (c == '[') {
			pos++;
			List<Node> elements = new ArrayList<>();
			space();
			if (peek(']')) {
				return new Arr(elements);
			}
			do {
				elements.add(value(true));
				space();
			}
			while (peek(','));
			expect(']');
			return new Arr(elements);
		}
		if (c == '"') {
			return new Text(string());
		}
		int start = pos;
		while (pos < text.length() && "{}[],:\" \t\r\n".indexOf(text.charAt(pos)) < 0
				&& !text.startsWith(ELLIPSIS, pos)) {
			pos++;
		}
		String word = text.substring(start, pos);
		if (word.equals("true") || word.equals("false") || word.equals("null")) {
			return new Literal(word);
		}
		try {
			return new Number(new BigDecimal(word));
		}
		catch (NumberFormatException e) {
			pos = start;
			throw error("not JSON: '" + word + "'");
		}
	}

	private String string() {
		StringBuilder b = new StringBuilder();
		pos++;
		while (pos < text.length()) {
			char c = text.charAt(pos++);
			if (c == '"') {
				return b.toString();
			}
			if (c == '\\') {
				if (pos >= text.length()) {
					break;
				}
				char e = text.charAt(pos++);
				switch (e) {
					case 'n' -> b.append('\n');
					case 't' -> b.append('\t');
					case 'r' -> b.append('\r');
					case 'b' -> b.append('\b');
					case 'f' -> b.append('\f');
					case 'u' -> {
						b.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
						pos += 4;
					}
					default -> b.append(e);
				}
			}
			else {
				b.append(c);
			}
		}
		throw error("a string is not closed");
	}

	private void space() {
		while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
			pos++;
		}
	}

	private boolean peek(char c) {
		space();
		if (pos < text.length() && text.charAt(pos) == c) {
			pos++;
			return true;
		}
		return false;
	}

	private void expect(char c) {
		if (!peek(c)) {
			throw error("expected '" + c + "'");
		}
	}

	private DocExampleException error(String message) {
		int from = Math.max(0, pos - 30);
		return new DocExampleException(where, "the excerpt does not parse: " + message + " near '"
				+ text.substring(from, Math.min(text.length(), pos + 30)).replace('\n', ' ') + "'");
	}

	/** Every difference between the excerpt and the response, as {@code $.path: what}. */
	static List<String> mismatches(Node expected, JsonNode actual) {
		List<String> out = new ArrayList<>();
		compare("$", expected, actual, out);
		return out;
	}

	private static void compare(String path, Node expected, JsonNode actual, List<String> out) {
		if (expected instanceof Obj obj) {
			if (!actual.isObject()) {
				out.add(path + ": expected an object, got " + shorten(actual));
				return;
			}
			obj.members().forEach((key, node) -> {
				JsonNode value = actual.get(key);
				if (value == null) {
					out.add(path + "." + key + ": missing (the response has " + names(actual) + ")");
				}
				else {
					compare(path + "." + key, node, value, out);
				}
			});
		}
		else if (expected instanceof Arr arr) {
			compareArray(path, arr.elements(), actual, out);
		}
		else if (expected instanceof Text text) {
			if (!actual.isString()) {
				out.add(path + ": expected the string \"" + text.value() + "\", got " + shorten(actual));
			}
			else if (!textMatches(text.value(), actual.asString())) {
				out.add(path + ": expected \"" + text.value() + "\", got \"" + actual.asString() + "\"");
			}
		}
		else if (expected instanceof Number number) {
			if (!actual.isNumber() || actual.decimalValue().compareTo(number.value()) != 0) {
				out.add(path + ": expected " + number.value().toPlainString() + ", got " + shorten(actual));
			}
		}
		else if (expected instanceof Literal literal) {
			boolean equal = switch (literal.value()) {
				case "null" -> actual.isNull();
				case "true" -> actual.isBoolean() && actual.asBoolean();
				default -> actual.isBoolean() && !actual.asBoolean();
			};
			if (!equal) {
				out.add(path + ": expected " + literal.value() + ", got " + shorten(actual));
			}
		}
	}

	private static void compareArray(String path, List<Node> elements, JsonNode actual, List<String> out) {
		if (!actual.isArray()) {
			out.add(path + ": expected an array, got " + shorten(actual));
			return;
		}
		boolean open = elements.stream().anyMatch(e -> e instanceof More);
		List<Node> shown = elements.stream().filter(e -> !(e instanceof More)).toList();
		if (!open && shown.size() != actual.size()) {
			out.add(path + ": expected " + shown.size() + " element(s), got " + actual.size()
					+ " (write … for elements not shown)");
			return;
		}
		int next = 0;
		boolean prefix = true;
		for (Node e : elements) {
			if (e instanceof More) {
				prefix = false;
				continue;
			}
			if (prefix) {
				if (next >= actual.size()) {
					out.add(path + "[" + next + "]: missing (the array has " + actual.size() + " element(s))");
					return;
				}
				compare(path + "[" + next + "]", e, actual.get(next), out);
				next++;
				continue;
			}
			int found = -1;
			for (int i = next; i < actual.size() && found < 0; i++) {
				List<String> probe = new ArrayList<>();
				compare(path + "[" + i + "]", e, actual.get(i), probe);
				if (probe.isEmpty()) {
					found = i;
				}
			}
			if (found < 0) {
				out.add(path + ": no element from index " + next + " on matches " + describe(e) + " (the array: "
						+ shorten(actual) + ")");
				return;
			}
			next = found + 1;
		}
	}

	/** Whether a string matches a shown one, {@code …} standing for any text. */
	static boolean textMatches(String shown, String actual) {
		if (!shown.contains(ELLIPSIS)) {
			return shown.equals(actual);
		}
		StringBuilder regex = new StringBuilder();
		for (String piece : shown.split(ELLIPSIS, -1)) {
			if (regex.length() > 0) {
				regex.append(".*");
			}
			regex.append(Pattern.quote(piece));
		}
		return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(actual).matches();
	}

	private static String names(JsonNode object) {
		List<String> names = new ArrayList<>();
		object.propertyNames().forEach(names::add);
		return names.toString();
	}

	private static String describe(Node node) {
		if (node instanceof Text t) {
			return "\"" + t.value() + "\"";
		}
		if (node instanceof Number n) {
			return n.value().toPlainString();
		}
		if (node instanceof Literal l) {
			return l.value();
		}
		if (node instanceof Obj o) {
			return "an object with " + o.members().keySet();
		}
		return node instanceof Arr ? "an array" : "…";
	}

	static String shorten(Object value) {
		String s = String.valueOf(value);
		return s.length() > 300 ? s.substring(0, 300) + "…" : s;
	}

}
