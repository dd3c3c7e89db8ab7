package com.talentmatch.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AnnotatedBaseDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalBranchDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.GroupByDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NamedConsequenceDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.drools.drl.parser.DrlParser;
import org.kie.internal.builder.conf.LanguageLevelOption;

import com.talentmatch.catalogue.DataProblem;

/**
 * The safety check every rule set passes before it is compiled: rules may declare
 * requirements and adjust assessments with the rule vocabulary ({@link Vocabulary}), and
 * nothing else. Runs on the DRL the files become ({@link DrlSource}), parsed by Drools'
 * own {@link DrlParser} ({@link ParsedDrl}, the same parse the compiler compiles);
 * consequences, functions and condition expressions are read by {@link CodeCheck}.
 * Refuses, with the source file's line: imports outside the vocabulary, globals, type
 * declarations, {@code dialect "mvel"}, attributes and annotations that are expressions,
 * fully qualified class names, {@code System}, {@code Runtime}, {@code ProcessBuilder},
 * threads, reflection, file and network I/O, {@code new} and static calls outside the
 * allow-list, loops, functions that call functions, and any code that cannot be read. A
 * file the DRL parser cannot read is left to the compiler, which refuses it (so it never
 * runs). Thread-safe (no shared state).
 */
final class RuleSafety {

	static final String SEE = " (see rules/README.md, \"What a rule may do\")";

	private static final Pattern PACKAGE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private static final Pattern STRINGS = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");

	private static final Pattern WORD = Pattern.compile("(?<![A-Za-z0-9_$])[A-Za-z_$][A-Za-z0-9_$]*");

	/** Words of Drools' constraint language besides names. */
	private static final Set<String> CONSTRAINT_WORDS = Set.of("null", "true", "false", "this", "instanceof",
			"memberOf", "contains", "soundslike", "excludes", "in", "not", "str", "after", "before", "coincides",
			"during", "finishes", "finishedby", "includes", "meets", "metby", "overlaps", "overlappedby", "starts",
			"startedby");

	private static final String PLAIN_ITEM = "(?:\"[^\"\\\\]*\"|-?\\d+(?:\\.\\d+)?|true|false|!?[A-Za-z_$][A-Za-z0-9_$]*|\\*)";

	/**
	 * An annotation value: plain items, comma-separated ({@code @watch(band, !score)}).
	 */
	private static final Pattern PLAIN_VALUE = Pattern.compile(PLAIN_ITEM + "(?:\\s*,\\s*" + PLAIN_ITEM + ")*");

	private RuleSafety() {
	}

	/** Every problem of the parsed sources; empty when they may be compiled. */
	static List<DataProblem> check(List<ParsedDrl> sources) {
		Map<DrlSource, PackageDescr> parsed = new LinkedHashMap<>();
		sources.forEach(p -> parsed.put(p.source(), p.descr()));
		Set<String> functions = new HashSet<>();
		Set<String> queries = new HashSet<>();
		for (PackageDescr pkg : parsed.values()) {
			pkg.getFunctions().forEach(f -> functions.add(f.getName()));
			pkg.getRules().stream().filter(RuleDescr::isQuery).forEach(q -> queries.add(q.getName()));
			for (FunctionImportDescr f : pkg.getFunctionImports()) {
				String t = f.getTarget();
				if (t.contains(".") && Vocabulary.factType(t.substring(0, t.lastIndexOf('.'))) != null) {
					functions.add(t.substring(t.lastIndexOf('.') + 1));
				}
			}
		}
		List<DataProblem> problems = new ArrayList<>();
		for (Map.Entry<DrlSource, PackageDescr> e : parsed.entrySet()) {
			problems.addAll(new FileCheck(e.getKey(), e.getValue(), functions, queries).run());
		}
		return problems;
	}

	/** The check of one file. */
	private static final class FileCheck {

		private final DrlSource source;

		private final PackageDescr pkg;

		private final Set<String> queries;

		private final CodeCheck code;

		private final String[] lines;

		private final List<DataProblem> problems = new ArrayList<>();

		private String field;

		FileCheck(DrlSource source, PackageDescr pkg, Set<String> functions, Set<String> queries) {
			this.source = source;
			this.pkg = pkg;
			this.queries = queries;
			this.code = new CodeCheck(functions);
			this.lines = source.drl().split("\n", -1);
		}

		List<DataProblem> run() {
			if (pkg.getName() != null && !pkg.getName().isEmpty() && !PACKAGE.matcher(pkg.getName()).matches()) {
				problem(lineOf("package", 1), "package " + pkg.getName(),
						"the package must be one word, the folder name (e.g. customerservice)");
			}
			pkg.getAttributes().forEach(this::attribute);
			for (ImportDescr i : pkg.getImports()) {
				if (!Vocabulary.isImport(i.getTarget())) {
					problem(i.getLine(), "import " + i.getTarget(),
							"rules may import only " + Vocabulary.FACTS_PACKAGE + ".* (the fact types and Dsl)");
				}
			}
			for (FunctionImportDescr f : pkg.getFunctionImports()) {
				String t = f.getTarget();
				if (!t.contains(".") || Vocabulary.factType(t.substring(0, t.lastIndexOf('.'))) == null) {
					problem(f.getLine(), "import function " + t,
							"rules may import functions only from " + Vocabulary.FACTS_PACKAGE);
				}
			}
			pkg.getAccumulateImports()
				.forEach(a -> problem(a.getLine(), "import accumulate " + a.getTarget(),
						"custom accumulate functions are not allowed; use count, sum, min, max, average"));
			for (GlobalDescr g : pkg.getGlobals()) {
				problem(g.getLine(), "global " + g.getType() + " " + g.getIdentifier(),
						"globals are not allowed in rules: a rule works only on the facts it matches");
			}
			pkg.getTypeDeclarations()
				.forEach(t -> problem(t.getLine(), "declare " + t.getTypeName(),
						"type declarations are not allowed in rules; the fact types are those of "
								+ Vocabulary.FACTS_PACKAGE));
			pkg.getEnumDeclarations()
				.forEach(t -> problem(t.getLine(), "declare enum " + t.getTypeName(),
						"type declarations are not allowed in rules"));
			pkg.getWindowDeclarations()
				.forEach(w -> problem(w.getLine(), "declare window " + w.getName(),
						"window declarations are not allowed in rules"));
			pkg.getFunctions().forEach(this::function);
			for (RuleDescr r : pkg.getRules()) {
				rule(r);
			}
			return problems;
		}

		private void function(FunctionDescr f) {
			field = "function " + f.getName();
			Set<String> params = new HashSet<>(f.getParameterNames());
			for (String t : f.getParameterTypes()) {
				findings(code.type(t), f.getLine());
			}
			if (f.getReturnType() != null) {
				findings(code.type(f.getReturnType()), f.getLine());
			}
			String body = f.getBody() == null ? "" : f.getBody();
			findings(code.block(body, CodeCheck.Kind.FUNCTION, params), codeLine(f.getLine(), body));
			field = null;
		}

		private void rule(RuleDescr r) {
			field = (r.isQuery() ? "query \"" : "rule \"") + r.getName() + "\"";
			r.getAttributes().values().forEach(this::attribute);
			annotations(r, r.getLine());
			Set<String> variables = new HashSet<>();
			if (r instanceof QueryDescr q) {
				for (String p : q.getParameters()) {
					variables.add(p);
				}
				for (String t : q.getParameterTypes()) {
					findings(code.type(t), r.getLine());
				}
			}
			if (r.getLhs() != null) {
				lhs(r.getLhs(), variables, r.getLine());
			}
			if (!r.isQuery()) {
				String consequence = r.getConsequence() == null ? "" : r.getConsequence().toString();
				findings(code.block(consequence, CodeCheck.Kind.CONSEQUENCE, variables),
						codeLine(r.getConsequenceLine(), consequence));
				for (Object named : r.getNamedConsequences().values()) {
					String text = String.valueOf(named);
					findings(code.block(text, CodeCheck.Kind.CONSEQUENCE, variables),
							codeLine(r.getConsequenceLine(), text));
				}
			}
			field = null;
		}

		private void lhs(BaseDescr d, Set<String> variables, int line) {
			int at = d.getLine() > 0 ? d.getLine() : line;
			if (d instanceof PatternDescr p) {
				pattern(p, variables, at);
			}
			else if (d instanceof EvalDescr e) {
				String text = String.valueOf(e.getContent());
				findings(code.expression(text, CodeCheck.Kind.CONDITION, variables, null), at);
			}
			else if (d instanceof ConditionalBranchDescr b) {
				lhs(b.getCondition(), variables, at);
				if (b.getElseBranch() != null) {
					lhs(b.getElseBranch(), variables, at);
				}
			}
			else if (d instanceof NamedConsequenceDescr) {
				return;
			}
			else if (d instanceof ConditionalElementDescr ce) {
				for (BaseDescr c : ce.getDescrs()) {
					lhs(c, variables, at);
				}
			}
			else {
				problem(at, d.getText(), "this kind of condition is not allowed in rules");
			}
		}

		private void pattern(PatternDescr p, Set<String> variables, int line) {
			String type = p.getObjectType();
			Class<?> fact = Vocabulary.factType(type);
			boolean query = queries.contains(type);
			if (fact == null && !query && !Vocabulary.isType(type)) {
				problem(line, type + "(...)", CodeCheck.unknown(type) + "; conditions match the fact types "
						+ Vocabulary.FACTS.stream().map(Class::getSimpleName).toList());
			}
			annotations(p, line);
			if (p.getSource() != null) {
				source(p, variables, line);
			}
			if (p.getIdentifier() != null) {
				variables.add(p.getIdentifier());
			}
			for (BaseDescr c : p.getDescrs()) {
				int at = c.getLine() > 0 ? c.getLine() : line;
				if (c instanceof ExprConstraintDescr e) {
					constraint(e.getExpression(), query ? CodeCheck.Kind.CONDITION : CodeCheck.Kind.CONSTRAINT,
							variables, fact, at);
				}
				else if (c instanceof BindingDescr b) {
					variables.add(b.getVariable());
					findings(code.expression(b.getExpression(), CodeCheck.Kind.CONSTRAINT, variables, fact), at);
				}
				else {
					problem(at, c.getText(), "this kind of constraint is not allowed in rules");
				}
			}
		}

		private void source(PatternDescr p, Set<String> variables, int line) {
			BaseDescr s = p.getSource();
			if (s instanceof FromDescr f) {
				findings(code.expression(f.getDataSource().getText(), CodeCheck.Kind.CONDITION, variables, null), line);
			}
			else if (s instanceof CollectDescr c) {
				lhs(c.getInputPattern(), variables, line);
			}
			else if (s instanceof AccumulateDescr a && !(s instanceof GroupByDescr)) {
				if (a.getInitCode() != null || a.getActionCode() != null || a.getResultCode() != null
						|| a.getReverseCode() != null || a.isExternalFunction() && a.getFunctions().isEmpty()) {
					problem(line, "accumulate(... init/action/result ...)",
							"inline accumulate code is not allowed; use count, sum, min, max or average");
					return;
				}
				lhs(a.getInput(), variables, line);
				for (AccumulateDescr.AccumulateFunctionCallDescr fn : a.getFunctions()) {
					if (!Vocabulary.ACCUMULATE_FUNCTIONS.contains(fn.getFunction())) {
						problem(line, fn.getFunction() + "(...)", "accumulate functions are "
								+ Vocabulary.ACCUMULATE_FUNCTIONS.stream().sorted().toList());
					}
					for (String param : fn.getParams()) {
						findings(code.expression(param, CodeCheck.Kind.CONDITION, variables, null), line);
					}
					if (fn.getBind() != null) {
						variables.add(fn.getBind());
					}
				}
			}
			else if (!(s instanceof EntryPointDescr)) {
				problem(line, s.getText(), "this kind of pattern source is not allowed in rules");
			}
		}

		private void constraint(String text, CodeCheck.Kind kind, Set<String> variables, Class<?> fact, int line) {
			DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(LanguageLevelOption.DRL6);
			ConstraintConnectiveDescr parsed = parser.parse(text);
			if (parsed == null || parser.hasErrors()) {
				problem(line, text, "cannot be read as a condition, so it is not compiled");
				return;
			}
			int before = problems.size();
			constraintPart(parsed, kind, variables, fact, line);
			if (problems.size() == before) {
				residue(text, variables, fact, line);
			}
		}

		/**
		 * Drools' expression parser ignores what follows a complete constraint
		 * ({@code band == "x" System.exit(0)}), so every word of the constraint's text
		 * must be in the vocabulary too.
		 */
		private void residue(String text, Set<String> variables, Class<?> fact, int line) {
			Matcher words = WORD.matcher(STRINGS.matcher(text).replaceAll("\"\""));
			while (words.find()) {
				String w = words.group();
				if (!variables.contains(w) && !Vocabulary.properties(fact).contains(w) && !Vocabulary.isType(w)
						&& !Vocabulary.isInstanceCall(w) && !Vocabulary.isStaticName(w) && !CONSTRAINT_WORDS.contains(w)
						&& !code.isFunction(w)) {
					problem(line, text, CodeCheck.unknown(w));
					return;
				}
			}
		}

		private void constraintPart(BaseDescr d, CodeCheck.Kind kind, Set<String> variables, Class<?> fact, int line) {
			if (d instanceof ConstraintConnectiveDescr c) {
				c.getDescrs().forEach(x -> constraintPart(x, kind, variables, fact, line));
			}
			else if (d instanceof RelationalExprDescr r) {
				if ("matches".equals(r.getOperator())) {
					problem(line, r.toString(), "regular expressions (matches) are not allowed in rules: a bad one "
							+ "can keep the service busy for ever; compare with ==, contains, startsWith");
					return;
				}
				constraintPart(r.getLeft(), kind, variables, fact, line);
				constraintPart(r.getRight(), kind, variables, fact, line);
			}
			else if (d instanceof BindingDescr b) {
				variables.add(b.getVariable());
				findings(code.expression(b.getExpression(), kind, variables, fact), line);
			}
			else if (d instanceof AtomicExprDescr a) {
				if (!a.isLiteral()) {
					findings(code.expression(a.getExpression(), kind, variables, fact), line);
				}
			}
			else {
				problem(line, d.getText(), "this kind of constraint is not allowed in rules");
			}
		}

		private void attribute(AttributeDescr a) {
			String name = a.getName();
			String value = a.getValue() == null ? "" : a.getValue().strip();
			int line = a.getLine() > 0 ? a.getLine() : lineOf(name, 1);
			switch (name) {
				case "salience" -> {
					if (!value.matches("-?\\d+")) {
						problem(line, "salience " + value, "salience must be a whole number");
					}
				}
				case "no-loop", "lock-on-active", "auto-focus", "enabled" -> {
					if (!value.isEmpty() && !value.equals("true") && !value.equals("false")) {
						problem(line, name + " " + value, name + " must be true or false");
					}
				}
				case "agenda-group", "activation-group", "ruleflow-group", "date-effective", "date-expires" -> {
				}
				case "dialect" -> {
					if (!value.equals("java")) {
						problem(line, "dialect \"" + value + "\"",
								"rules are written in Java (the default): remove the dialect line");
					}
				}
				default -> problem(line, name + " " + value, "the attribute '" + name + "' is not allowed in rules");
			}
		}

		private void annotations(AnnotatedBaseDescr d, int line) {
			for (AnnotationDescr a : d.getAnnotations()) {
				if (!plain(a)) {
					problem(line, "@" + a.getName() + "(...)",
							"annotation values must be plain text or numbers, not expressions");
				}
			}
		}

		private static boolean plain(AnnotationDescr a) {
			for (Object v : a.getValueMap().values()) {
				if (v instanceof AnnotationDescr inner ? !plain(inner) : v instanceof Object[] arr
						? !java.util.Arrays.stream(arr).allMatch(x -> plainValue(x)) : !plainValue(v)) {
					return false;
				}
			}
			return true;
		}

		private static boolean plainValue(Object v) {
			return v == null || v instanceof Number || v instanceof Boolean
					|| v instanceof String s && PLAIN_VALUE.matcher(s.strip()).matches();
		}

		/**
		 * The DRL line where {@code code}, which the parser says starts at or after
		 * {@code line}, begins.
		 */
		private int codeLine(int line, String code) {
			String first = code.strip().lines().findFirst().orElse("").strip();
			if (first.isEmpty()) {
				return Math.max(line, 1);
			}
			int leading = (int) code.substring(0, code.indexOf(first)).chars().filter(c -> c == '\n').count();
			for (int i = Math.max(line - 1, 0); i < lines.length; i++) {
				if (lines[i].contains(first)) {
					return i + 1 - leading;
				}
			}
			return Math.max(line, 1);
		}

		private int lineOf(String needle, int fallback) {
			for (int i = 0; i < lines.length; i++) {
				if (lines[i].contains(needle)) {
					return i + 1;
				}
			}
			return fallback;
		}

		private void findings(List<CodeCheck.Finding> found, int base) {
			for (CodeCheck.Finding f : found) {
				problem(base + f.line() - 1, f.code(), f.reason());
			}
		}

		private void problem(int drlLine, String code, String reason) {
			String shown = code == null ? "" : CodeCheck.shorten(code);
			problems.add(new DataProblem(source.displayPath(), source.sourceLine(drlLine, shown), field,
					(shown.isEmpty() ? "" : "'" + shown + "': ") + reason + SEE));
		}

	}

}
