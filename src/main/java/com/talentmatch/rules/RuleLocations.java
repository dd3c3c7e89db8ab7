package com.talentmatch.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.talentmatch.catalogue.DataProblem;

/**
 * Where each rule is written, keyed by package and rule name: the line of
 * {@code rule "…"} (for a decision table, its row), and the line of each sentence or
 * statement of its consequence, so that the n-th declaration a rule makes is located at
 * the n-th line of its {@code then} part. Immutable.
 */
final class RuleLocations {

	private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(\"([^\"]+)\"|'([^']+)'|(\\S+))");

	private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)");

	private static final Pattern THEN = Pattern.compile("^\\s*then\\b");

	private static final Pattern END = Pattern.compile("^\\s*end\\s*$");

	/**
	 * @param file {@code rules/<path>}
	 * @param line line of the rule
	 * @param statements lines of its consequence's statements, in order
	 * @param texts the text of those lines
	 */
	record Location(String file, int line, List<Integer> statements, List<String> texts) {

		/** The line of the n-th statement (0-based), or the rule's line. */
		int statement(int n) {
			return n >= 0 && n < statements.size() ? statements.get(n) : line;
		}

		/**
		 * The line of the first statement that contains {@code text}, or the rule's line.
		 */
		int statementWith(String text) {
			for (int i = 0; text != null && !text.isEmpty() && i < texts.size(); i++) {
				if (texts.get(i).contains(text)) {
					return statements.get(i);
				}
			}
			return line;
		}

	}

	private final Map<String, Location> byKey = new HashMap<>();

	private final Map<String, Location> byName = new HashMap<>();

	private RuleLocations() {
	}

	static RuleLocations of(Collection<RuleFile> files) {
		RuleLocations l = new RuleLocations();
		files.stream().filter(RuleFile::isRuleSource).forEach(l::read);
		return l;
	}

	private static String key(String pkg, String rule) {
		return pkg + "\u0000" + rule;
	}

	/** Where rule {@code rule} of package {@code pkg} is written, or {@code null}. */
	Location find(String pkg, String rule) {
		Location l = pkg == null ? null : byKey.get(key(pkg, rule));
		return l != null ? l : byName.get(rule);
	}

	/** A problem located at the rule (empty message), for messages about it. */
	DataProblem problem(String pkg, String rule) {
		Location l = find(pkg, rule);
		return new DataProblem(l == null ? "rules" : l.file(), l == null ? 0 : l.line(), "rule \"" + rule + "\"", "");
	}

	private void put(String pkg, String rule, Location l) {
		byKey.putIfAbsent(key(pkg, rule), l);
		byName.putIfAbsent(rule, l);
	}

	private void read(RuleFile f) {
		String display = "rules/" + f.path();
		if (f.type() == RuleFile.Type.DECISION_TABLE_CSV || f.type() == RuleFile.Type.DECISION_TABLE_XLSX) {
			String[] rows;
			try {
				rows = f.type() == RuleFile.Type.DECISION_TABLE_XLSX ? DecisionTables.rowsAsText(f)
						: f.text().split("\n", -1);
			}
			catch (DecisionTables.UnreadableException e) {
				return;
			}
			String pkg = "rule_table";
			for (int i = 0; i < rows.length; i++) {
				String[] cells = rows[i].split(",", 3);
				String first = cells[0].replace("\"", "").strip();
				if (first.equals("RuleSet") && cells.length > 1) {
					pkg = cells[1].replace("\"", "").strip();
					continue;
				}
				if (!first.isEmpty()) {
					put(pkg, first, new Location(display, i + 1, List.of(i + 1), List.of(rows[i])));
				}
			}
			return;
		}
		String[] lines = f.text().split("\n", -1);
		String pkg = "defaultpkg";
		for (int i = 0; i < lines.length; i++) {
			Matcher p = PACKAGE.matcher(lines[i]);
			if (p.find()) {
				pkg = p.group(1);
				continue;
			}
			Matcher m = RULE.matcher(lines[i]);
			if (!m.find()) {
				continue;
			}
			String name = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
			int ruleLine = i + 1;
			List<Integer> statements = new ArrayList<>();
			List<String> texts = new ArrayList<>();
			boolean inThen = false;
			for (int j = i + 1; j < lines.length; j++) {
				String t = lines[j].strip();
				if (END.matcher(lines[j]).find()) {
					break;
				}
				if (!inThen) {
					inThen = THEN.matcher(lines[j]).find();
					continue;
				}
				if (!t.isEmpty() && !t.startsWith("//") && !t.startsWith("#")) {
					statements.add(j + 1);
					texts.add(t);
				}
			}
			put(pkg, name, new Location(display, ruleLine, List.copyOf(statements), List.copyOf(texts)));
		}
	}

}
