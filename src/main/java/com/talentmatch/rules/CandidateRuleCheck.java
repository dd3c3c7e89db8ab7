package com.talentmatch.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

import com.talentmatch.catalogue.Catalogue;
import com.talentmatch.catalogue.Competency;
import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.ScaleLevel;
import com.talentmatch.rules.facts.Assessment;
import com.talentmatch.rules.facts.Candidate;
import com.talentmatch.rules.facts.Rating;
import com.talentmatch.rules.facts.RequirementResult;

/**
 * Checks the per-candidate rules (rules whose conditions match a candidate's facts) when
 * the set is built, so that a mistake is refused with its file and line instead of doing
 * nothing at run time:
 * <ul>
 * <li>every action names a requirement some role has, a declared band, and a reason
 * (written as text, not computed);</li>
 * <li>conditions name known competencies with a level of their scale, known sources,
 * grades, roles, requirements and bands;</li>
 * <li>a rule with two or more per-candidate patterns ties them to one candidate
 * ({@code $s := subject} in each), so that it never joins two people.</li>
 * </ul>
 */
final class CandidateRuleCheck {

	/** The per-candidate fact types. */
	static final Set<Class<?>> CANDIDATE_FACTS = Set.of(Candidate.class, Rating.class, RequirementResult.class,
			Assessment.class);

	private static final Pattern ACT = Pattern
		.compile("\\bAct\\s*\\.\\s*(waive|mustHave|weight|score|band|flag|review)\\s*\\(");

	private static final Pattern CHANGE_BAND = Pattern.compile("\\.\\s*changeBand\\s*\\(");

	private static final Pattern CALL = Pattern.compile(
			"\\b(hasLevel|hasLevelFrom|holds|currentRoleIs|is)\\s*\\(\\s*(\"[^\"]*\"(?:\\s*,\\s*\"[^\"]*\")*)\\s*\\)");

	private static final Pattern COMPARE = Pattern.compile("\\b(band|source|competency)\\s*==\\s*\"([^\"]*)\"");

	private static final Pattern SOURCE_IS = Pattern.compile("\\s*source\\s*==\\s*\"([^\"]*)\"\\s*");

	private static final Pattern IS_NAMED = Pattern.compile("\\s*is\\(\\s*\"([^\"]*)\"\\s*\\)\\s*");

	private static final Pattern LITERAL = Pattern.compile("\"([^\"]*)\"");

	private final Catalogue catalogue;

	private final Map<String, RoleRequirements> roles;

	private final Set<String> bands;

	private final Predicate<String> isRole;

	private final List<DataProblem> problems;

	private RuleLocations.Location where;

	CandidateRuleCheck(Catalogue catalogue, Map<String, RoleRequirements> roles, Set<String> bands,
			Predicate<String> isRole, List<DataProblem> problems) {
		this.catalogue = catalogue;
		this.roles = roles;
		this.bands = bands;
		this.isRole = isRole;
		this.problems = problems;
	}

	/**
	 * Whether a rule is per-candidate: its conditions match a per-candidate fact
	 * ({@link #CANDIDATE_FACTS}). Every other rule — an empty {@code when}, or conditions
	 * on declared facts only — is a declaration, fired once when the set is built.
	 */
	static boolean perCandidate(RuleDescr r) {
		return r.getLhs() != null && factTypes(r).stream().anyMatch(CANDIDATE_FACTS::contains);
	}

	/** The fact types a rule's conditions match. */
	static Set<Class<?>> factTypes(RuleDescr r) {
		List<PatternDescr> patterns = new ArrayList<>();
		patterns(r.getLhs(), patterns);
		Set<Class<?>> out = new LinkedHashSet<>();
		for (PatternDescr p : patterns) {
			Class<?> type = Vocabulary.factType(p.getObjectType());
			if (type != null) {
				out.add(type);
			}
		}
		return out;
	}

	/**
	 * The sources the {@code Rating} patterns of these rules name as text
	 * ({@code source == "manager"}), or {@code null} when one names none (then every
	 * rating is inserted).
	 */
	static Set<String> ratingSources(List<RuleDescr> rules) {
		return named(rules, Rating.class, SOURCE_IS);
	}

	/**
	 * The requirements the {@code RequirementResult} patterns of these rules name as text
	 * ({@code is("CET-6")}), or {@code null} when one names none (then every outcome is
	 * inserted).
	 */
	static Set<String> requirementNames(List<RuleDescr> rules) {
		return named(rules, RequirementResult.class, IS_NAMED);
	}

	/**
	 * What every pattern of {@code type} names with a constraint matching {@code named}
	 * (group 1), or {@code null} when one pattern has no such constraint.
	 */
	private static Set<String> named(List<RuleDescr> rules, Class<?> type, Pattern named) {
		Set<String> out = new LinkedHashSet<>();
		for (RuleDescr r : rules) {
			List<PatternDescr> patterns = new ArrayList<>();
			patterns(r.getLhs(), patterns);
			for (PatternDescr p : patterns) {
				if (Vocabulary.factType(p.getObjectType()) != type) {
					continue;
				}
				String name = null;
				for (BaseDescr c : p.getDescrs()) {
					if (c instanceof ExprConstraintDescr e) {
						Matcher m = named.matcher(e.getExpression());
						if (m.matches()) {
							name = m.group(1);
						}
					}
				}
				if (name == null) {
					return null;
				}
				out.add(name);
			}
		}
		return out;
	}

	private static void patterns(BaseDescr d, List<PatternDescr> out) {
		if (d instanceof PatternDescr p) {
			out.add(p);
			if (p.getSource() instanceof AccumulateDescr a) {
				patterns(a.getInput(), out);
			}
			else if (p.getSource() instanceof CollectDescr c) {
				patterns(c.getInputPattern(), out);
			}
		}
		else if (d instanceof ConditionalElementDescr ce) {
			for (BaseDescr c : ce.getDescrs()) {
				patterns(c, out);
			}
		}
	}

	/**
	 * Checks one per-candidate rule.
	 * @param where where the rule is written (file, line; empty message)
	 */
	void check(RuleDescr r, RuleLocations.Location where) {
		this.where = where;
		String file = where == null ? "rules" : where.file();
		int line = where == null ? 0 : where.line();
		List<PatternDescr> patterns = new ArrayList<>();
		patterns(r.getLhs(), patterns);
		int candidatePatterns = 0;
		boolean allTied = true;
		for (PatternDescr p : patterns) {
			Class<?> type = Vocabulary.factType(p.getObjectType());
			if (type == null || !CANDIDATE_FACTS.contains(type)) {
				continue;
			}
			candidatePatterns++;
			StringBuilder text = new StringBuilder();
			for (BaseDescr c : p.getDescrs()) {
				if (c instanceof ExprConstraintDescr e) {
					text.append(e.getExpression()).append('\n');
				}
				else if (c instanceof BindingDescr b) {
					text.append(b.getVariable())
						.append(b.isUnification() ? " := " : " : ")
						.append(b.getExpression())
						.append('\n');
				}
			}
			String constraints = text.toString();
			allTied &= constraints.contains("subject");
			conditions(r, constraints, file, line);
		}
		if (candidatePatterns > 1 && !allTied) {
			problem(file, line, r.getName(),
					"the conditions of this rule are about several facts; tie each to the same candidate with"
							+ " '$s := subject' (the condition sentences do), or it would join two people");
		}
		actions(r, String.valueOf(r.getConsequence()), file, line);
	}

	private void conditions(RuleDescr r, String text, String file, int line) {
		Matcher m = CALL.matcher(text);
		while (m.find()) {
			List<String> args = literals(m.group(2));
			switch (m.group(1)) {
				case "hasLevel" -> level(r, args.get(0), args.size() > 1 ? args.get(1) : null, file, line);
				case "hasLevelFrom" -> {
					source(r, args.get(0), file, line);
					if (args.size() > 2) {
						level(r, args.get(1), args.get(2), file, line);
					}
				}
				case "holds" -> grade(r, args.get(0), file, line);
				case "currentRoleIs" -> {
					if (!isRole.test(args.get(0))) {
						problem(file, line, r.getName(), "unknown role '" + args.get(0) + "'");
					}
				}
				case "is" -> requirement(r, args.get(0), file, line);
				default -> {
				}
			}
		}
		Matcher c = COMPARE.matcher(text);
		while (c.find()) {
			switch (c.group(1)) {
				case "band" -> band(r, c.group(2), file, line);
				case "source" -> source(r, c.group(2), file, line);
				case "competency" -> {
					if (catalogue.competency(c.group(2)).isEmpty()) {
						problem(file, line, r.getName(),
								"unknown competency id '" + c.group(2) + "' (write model/competency)");
					}
				}
				default -> {
				}
			}
		}
	}

	private void actions(RuleDescr r, String consequence, String file, int line) {
		Matcher m = ACT.matcher(consequence);
		while (m.find()) {
			String action = m.group(1);
			List<String> args = arguments(consequence, m.end());
			int at = lineOf(line, args);
			if (args.size() < 2 || !args.get(0).equals("kcontext")) {
				problem(file, at, r.getName(), "Act." + action + " takes kcontext and the candidate ($s) first");
				continue;
			}
			List<String> rest = args.subList(2, args.size());
			int expected = switch (action) {
				case "waive", "mustHave", "score", "band" -> 2;
				case "weight" -> 3;
				default -> 1;
			};
			if (rest.size() != expected) {
				problem(file, at, r.getName(),
						"Act." + action + " takes " + expected + " value(s) after the candidate");
				continue;
			}
			String reason = rest.get(rest.size() - 1);
			if (!isText(reason) || text(reason).isBlank()) {
				problem(file, at, r.getName(),
						"Act." + action + " needs a reason written as text (原因 … / because …); got " + reason);
			}
			switch (action) {
				case "waive", "mustHave", "weight" -> {
					if (!isText(rest.get(0))) {
						problem(file, at, r.getName(), "the requirement must be written as text, got " + rest.get(0));
					}
					else {
						requirement(r, text(rest.get(0)), file, at);
					}
				}
				case "band" -> {
					if (!isText(rest.get(0))) {
						problem(file, at, r.getName(), "the band must be written as text, got " + rest.get(0));
					}
					else {
						band(r, text(rest.get(0)), file, at);
					}
				}
				default -> {
				}
			}
		}
		Matcher b = CHANGE_BAND.matcher(consequence);
		while (b.find()) {
			List<String> args = arguments(consequence, b.end());
			if (!args.isEmpty() && isText(args.get(0))) {
				band(r, text(args.get(0)), file, lineOf(line, args));
			}
		}
	}

	private void level(RuleDescr r, String competency, String level, String file, int line) {
		Set<String> ids = RuleSetBuilder.competencyIds(catalogue, competency);
		if (ids.isEmpty()) {
			problem(file, line, r.getName(), "unknown competency '" + competency + "'");
			return;
		}
		if (level == null) {
			return;
		}
		List<String> scales = new ArrayList<>();
		for (String id : ids) {
			Competency c = catalogue.competency(id).orElseThrow();
			for (ScaleLevel s : c.scale()) {
				if (s.code().equalsIgnoreCase(level) || level.equals(s.label().zh())) {
					return;
				}
			}
			scales.add(id + " " + c.scale().stream().map(ScaleLevel::code).toList());
		}
		problem(file, line, r.getName(),
				"competency '" + competency + "' has no level '" + level + "'; its scale: " + scales);
	}

	private void source(RuleDescr r, String source, String file, int line) {
		if (!RuleSetBuilder.SOURCES.contains(source)) {
			problem(file, line, r.getName(), "unknown source '" + source + "'; sources are " + RuleSetBuilder.SOURCES);
		}
	}

	private void grade(RuleDescr r, String grade, String file, int line) {
		boolean known = catalogue.sortedGradeScales().stream().anyMatch(s -> {
			String code = grade.startsWith(s.id() + "/") ? grade.substring(s.id().length() + 1) : grade;
			return s.grade(code).or(() -> s.recognise(code)).isPresent();
		});
		if (!known) {
			problem(file, line, r.getName(), "unknown grade '" + grade + "'");
		}
	}

	private void requirement(RuleDescr r, String name, String file, int line) {
		for (RoleRequirements role : roles.values()) {
			if (role.requirements().stream().anyMatch(q -> q.named(name))) {
				return;
			}
		}
		problem(file, line, r.getName(), "no role has a requirement '" + name + "' (write it as the requirement"
				+ " is declared: 'CET-6', '沟通能力' or 'model/competency')");
	}

	private void band(RuleDescr r, String band, String file, int line) {
		if (!bands.contains(band) && !Scoring.NOT_READY.equals(band)) {
			problem(file, line, r.getName(),
					"'" + band + "' is not a declared readiness band; bands are " + bands + " and not-ready");
		}
	}

	private void problem(String file, int line, String rule, String message) {
		problems.add(new DataProblem(file, line, "rule \"" + rule + "\"", message));
	}

	/**
	 * The line of the rule's statement that holds the first text argument (the sentence
	 * or table row), else the rule's line.
	 */
	private int lineOf(int line, List<String> args) {
		for (String a : args) {
			if (isText(a) && where != null) {
				return where.statementWith(text(a));
			}
		}
		return line;
	}

	private static boolean isText(String arg) {
		return arg.length() >= 2 && arg.startsWith("\"") && arg.endsWith("\"")
				&& arg.indexOf('"', 1) == arg.length() - 1;
	}

	private static String text(String arg) {
		return arg.substring(1, arg.length() - 1);
	}

	private static List<String> literals(String args) {
		List<String> out = new ArrayList<>();
		Matcher m = LITERAL.matcher(args);
		while (m.find()) {
			out.add(m.group(1));
		}
		return out;
	}

	/**
	 * The arguments of a call whose '(' ends at {@code from}, split at top-level commas.
	 */
	static List<String> arguments(String code, int from) {
		List<String> out = new ArrayList<>();
		int depth = 0;
		boolean quoted = false;
		StringBuilder cur = new StringBuilder();
		for (int i = from; i < code.length(); i++) {
			char ch = code.charAt(i);
			if (quoted) {
				cur.append(ch);
				if (ch == '\\' && i + 1 < code.length()) {
					cur.append(code.charAt(++i));
				}
				else if (ch == '"') {
					quoted = false;
				}
				continue;
			}
			if (ch == '"') {
				quoted = true;
				cur.append(ch);
			}
			else if (ch == '(' || ch == '[' || ch == '{') {
				depth++;
				cur.append(ch);
			}
			else if ((ch == ')' || ch == ']' || ch == '}') && depth > 0) {
				depth--;
				cur.append(ch);
			}
			else if (ch == ')') {
				break;
			}
			else if (ch == ',' && depth == 0) {
				out.add(cur.toString().strip());
				cur.setLength(0);
			}
			else {
				cur.append(ch);
			}
		}
		if (!cur.toString().isBlank()) {
			out.add(cur.toString().strip());
		}
		return out;
	}

}
