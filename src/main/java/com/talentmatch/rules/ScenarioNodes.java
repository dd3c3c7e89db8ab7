package com.talentmatch.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reading composed SnakeYAML nodes strictly, with the line of each: a mapping with only
 * the allowed keys, scalars of a given type. Every problem goes to a
 * {@link Scenarios.Failure} list; a value that is refused reads as {@code null}.
 */
final class ScenarioNodes {

	private final List<Scenarios.Failure> failures;

	ScenarioNodes(List<Scenarios.Failure> failures) {
		this.failures = failures;
	}

	static int line(Node n) {
		return n.getStartMark().getLine() + 1;
	}

	void fail(Node at, String field, String message) {
		failures.add(new Scenarios.Failure(line(at), field, null, null, message));
	}

	/**
	 * The entries of a mapping by key, in file order; an unknown or repeated key is a
	 * failure at its line (and left out).
	 * @param where the field path for messages ({@code scenarios[2].expect})
	 * @param allowed the keys that may appear
	 */
	Map<String, Node> mapping(Node node, String where, Set<String> allowed) {
		Map<String, Node> out = new LinkedHashMap<>();
		if (!(node instanceof MappingNode m)) {
			fail(node, where, where + " must be a mapping of key: value, not " + kind(node));
			return out;
		}
		for (NodeTuple t : m.getValue()) {
			String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
			String field = where.isEmpty() ? key : where + "." + key;
			if (key == null) {
				fail(t.getKeyNode(), where, "a key in " + where + " must be a plain word");
			}
			else if (allowed != null && !allowed.contains(key)) {
				fail(t.getKeyNode(), field, "unknown key '" + key + "'" + (where.isEmpty() ? "" : " in " + where)
						+ "; allowed: " + allowed.stream().sorted().toList());
			}
			else if (out.putIfAbsent(key, t.getValueNode()) != null) {
				fail(t.getKeyNode(), field, "key '" + key + "' appears twice");
			}
		}
		return out;
	}

	List<Node> sequence(Node node, String where) {
		if (node instanceof SequenceNode s) {
			return s.getValue();
		}
		fail(node, where, where + " must be a list ([a, b] or '- a' lines), not " + kind(node));
		return List.of();
	}

	String string(Node node, String where) {
		if (node instanceof ScalarNode s && !Tag.NULL.equals(s.getTag())) {
			return s.getValue();
		}
		fail(node, where, where + " must be a single value, not " + kind(node));
		return null;
	}

	Boolean bool(Node node, String where) {
		if (node instanceof ScalarNode s && Tag.BOOL.equals(s.getTag())) {
			return Set.of("true", "yes", "on", "y").contains(s.getValue().toLowerCase(Locale.ROOT));
		}
		fail(node, where, where + " must be true or false, not " + text(node));
		return null;
	}

	Double number(Node node, String where) {
		if (node instanceof ScalarNode s && (Tag.INT.equals(s.getTag()) || Tag.FLOAT.equals(s.getTag()))) {
			try {
				return Double.valueOf(s.getValue().replace("_", ""));
			}
			catch (NumberFormatException e) {
				// falls through to the failure
			}
		}
		fail(node, where, where + " must be a number, not " + text(node));
		return null;
	}

	Integer integer(Node node, String where, int min, int max) {
		Double d = number(node, where);
		if (d == null) {
			return null;
		}
		if (d != Math.rint(d) || d < min || d > max) {
			fail(node, where, where + " must be a whole number " + min + "–" + max + ", not " + text(node));
			return null;
		}
		return d.intValue();
	}

	private static String text(Node n) {
		return n instanceof ScalarNode s ? "'" + s.getValue() + "'" : kind(n);
	}

	private static String kind(Node n) {
		if (n instanceof MappingNode) {
			return "a mapping";
		}
		if (n instanceof SequenceNode) {
			return "a list";
		}
		return n instanceof ScalarNode s && Tag.NULL.equals(s.getTag()) ? "empty"
				: "'" + ((ScalarNode) n).getValue() + "'";
	}

}
