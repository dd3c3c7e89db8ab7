package com.talentmatch.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read field by field, reporting every problem with file, line and field
 * path instead of failing on the first. Not thread-safe; one per file read.
 */
final class YamlObject {

	private final String file;

	private final String path;

	private final Node node;

	private final Map<String, Node> fields = new LinkedHashMap<>();

	private final List<DataProblem> problems;

	YamlObject(String file, String path, Node node, List<DataProblem> problems) {
		this.file = file;
		this.path = path;
		this.node = node;
		this.problems = problems;
		if (node instanceof MappingNode mapping) {
			for (NodeTuple t : mapping.getValue()) {
				String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
				if (key == null) {
					problem(t.getKeyNode(), path, "a key must be plain text");
				}
				else if (fields.put(key, t.getValueNode()) != null) {
					problem(t.getKeyNode(), child(key), "field '" + key + "' appears twice");
				}
			}
		}
		else {
			problem(node, path, "expected a mapping of fields (key: value)");
		}
	}

	int line() {
		return node.getStartMark().getLine() + 1;
	}

	String path() {
		return path;
	}

	/** Reports fields outside {@code allowed} (typos such as {@code indicaters}). */
	YamlObject allowOnly(Set<String> allowed) {
		for (Map.Entry<String, Node> e : fields.entrySet()) {
			if (!allowed.contains(e.getKey())) {
				problem(e.getValue(), child(e.getKey()),
						"unknown field '" + e.getKey() + "'; allowed here: " + String.join(", ", sorted(allowed)));
			}
		}
		return this;
	}

	boolean has(String key) {
		return fields.containsKey(key) && !isNull(fields.get(key));
	}

	/** A scalar; {@code null} (and a problem when required) if missing or blank. */
	String string(String key, boolean required) {
		Node n = fields.get(key);
		if (n == null || isNull(n)) {
			if (required) {
				problem(node, child(key), "required field '" + key + "' is missing");
			}
			return null;
		}
		if (!(n instanceof ScalarNode s)) {
			problem(n, child(key), "expected text, found a " + kind(n));
			return null;
		}
		String v = s.getValue().strip();
		if (v.isEmpty()) {
			if (required) {
				problem(n, child(key), "'" + key + "' must not be empty");
			}
			return null;
		}
		return v;
	}

	/** A nested mapping; {@code null} if missing. */
	YamlObject object(String key, boolean required) {
		Node n = fields.get(key);
		if (n == null || isNull(n)) {
			if (required) {
				problem(node, child(key), "required field '" + key + "' is missing");
			}
			return null;
		}
		return new YamlObject(file, child(key), n, problems);
	}

	/** {@code {zh: ..., en: ...}}, or a plain string taken as Chinese. */
	LocalizedText text(String key, boolean required) {
		Node n = fields.get(key);
		if (n instanceof ScalarNode) {
			String zh = string(key, required);
			return zh == null ? null : new LocalizedText(zh, null);
		}
		YamlObject o = object(key, required);
		if (o == null) {
			return null;
		}
		return o.asText();
	}

	LocalizedText asText() {
		allowOnly(Set.of("zh", "en"));
		String zh = string("zh", false);
		String en = string("en", false);
		if (zh == null && en == null) {
			problem(node, path, "needs 'zh' or 'en' text");
			return null;
		}
		return new LocalizedText(zh, en);
	}

	/**
	 * A sequence of mappings (or of scalars, which the caller reads with
	 * {@link #scalarOf}).
	 */
	List<Node> list(String key, boolean required) {
		Node n = fields.get(key);
		if (n == null || isNull(n)) {
			if (required) {
				problem(node, child(key), "required list '" + key + "' is missing");
			}
			return List.of();
		}
		if (!(n instanceof SequenceNode seq)) {
			problem(n, child(key), "expected a list, found a " + kind(n));
			return List.of();
		}
		if (required && seq.getValue().isEmpty()) {
			problem(n, child(key), "list '" + key + "' must not be empty");
		}
		return seq.getValue();
	}

	/** A list of non-blank strings. */
	List<String> strings(String key) {
		List<String> out = new ArrayList<>();
		List<Node> items = list(key, false);
		for (int i = 0; i < items.size(); i++) {
			String s = scalarOf(items.get(i), child(key) + "[" + i + "]");
			if (s != null) {
				out.add(s);
			}
		}
		return out;
	}

	String scalarOf(Node n, String where) {
		if (!(n instanceof ScalarNode s) || isNull(n)) {
			problem(n, where, "expected text, found a " + kind(n));
			return null;
		}
		String v = s.getValue().strip();
		if (v.isEmpty()) {
			problem(n, where, "must not be empty");
			return null;
		}
		return v;
	}

	YamlObject element(Node n, String where) {
		return new YamlObject(file, where, n, problems);
	}

	String child(String key) {
		return path.isEmpty() ? key : path + "." + key;
	}

	void problem(Node at, String where, String message) {
		problems.add(new DataProblem(file, at.getStartMark().getLine() + 1, where.isEmpty() ? null : where, message));
	}

	/**
	 * A problem at {@code where}: the line of that field when it is one of this
	 * mapping's, else this mapping's.
	 */
	void problem(String where, String message) {
		problem(nodeAt(where), where, message);
	}

	/**
	 * The line of {@code where} (a field or list item of this mapping), for references
	 * checked later.
	 */
	int lineOf(String where) {
		return nodeAt(where).getStartMark().getLine() + 1;
	}

	private Node nodeAt(String where) {
		String prefix = path.isEmpty() ? "" : path + ".";
		if (!where.startsWith(prefix)) {
			return node;
		}
		String key = where.substring(prefix.length());
		int bracket = key.indexOf('[');
		Node value = fields.get(bracket < 0 ? key : key.substring(0, bracket));
		if (value == null) {
			return node;
		}
		if (bracket >= 0 && value instanceof SequenceNode seq) {
			int index = Integer.parseInt(key.substring(bracket + 1, key.indexOf(']')));
			return index < seq.getValue().size() ? seq.getValue().get(index) : value;
		}
		return value;
	}

	private static boolean isNull(Node n) {
		return n instanceof ScalarNode s && s.getTag().getValue().endsWith(":null");
	}

	private static String kind(Node n) {
		return switch (n.getNodeId()) {
			case mapping -> "mapping";
			case sequence -> "list";
			default -> isNull(n) ? "empty value" : "text";
		};
	}

	private static List<String> sorted(Set<String> s) {
		return s.stream().sorted().toList();
	}

}
