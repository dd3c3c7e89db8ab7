package com.talentmatch.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.VarType;
import com.github.javaparser.ast.type.VoidType;

/**
 * Reads the Java in rules — consequences, function bodies, constraint, {@code eval} and
 * {@code from} expressions — with JavaParser and accepts only the {@link Vocabulary}:
 * known variables, fact types and their methods, the DSL helpers, allow-listed JDK calls;
 * no loops, lambdas, reflection, class literals, arrays or fully qualified names. Not
 * thread-safe: make one per check.
 */
final class CodeCheck {

	/**
	 * Something refused.
	 *
	 * @param line 1-based line within the checked code
	 * @param code the offending code as written
	 * @param reason why, for an analyst
	 */
	record Finding(int line, String code, String reason) {
	}

	/** What the checked code is. */
	enum Kind {

		/** A consequence: Drools' {@code insert}/{@code update}… and {@code kcontext}. */
		CONSEQUENCE,
		/** A function body. */
		FUNCTION,
		/** A pattern constraint: unqualified names are the fact's properties. */
		CONSTRAINT,
		/** An {@code eval(...)} or {@code from} expression. */
		CONDITION

	}

	static final String PROCESS = "rules may not run programs, read the environment or stop the service";

	static final String THREADS = "rules may not start threads or wait";

	static final String REFLECTION = "rules may not use reflection";

	static final String IO = "rules may not read or write files or use the network";

	static final String ENGINE = "rules may not reach into the rule engine";

	static final String LOOP = "loops (while, for, do) are not allowed in a rule: a rule states requirements or one "
			+ "adjustment, and the engine already applies it to every matching fact; write one rule per case";

	private static final Map<String, String> DANGEROUS_TYPES = Map.ofEntries(Map.entry("System", PROCESS),
			Map.entry("Runtime", PROCESS), Map.entry("ProcessBuilder", PROCESS), Map.entry("Process", PROCESS),
			Map.entry("ProcessHandle", PROCESS), Map.entry("Thread", THREADS), Map.entry("ThreadGroup", THREADS),
			Map.entry("Executors", THREADS), Map.entry("ForkJoinPool", THREADS),
			Map.entry("CompletableFuture", THREADS), Map.entry("Timer", THREADS), Map.entry("Class", REFLECTION),
			Map.entry("ClassLoader", REFLECTION), Map.entry("Method", REFLECTION), Map.entry("Field", REFLECTION),
			Map.entry("Constructor", REFLECTION), Map.entry("MethodHandles", REFLECTION),
			Map.entry("MethodHandle", REFLECTION), Map.entry("Proxy", REFLECTION), Map.entry("Unsafe", REFLECTION),
			Map.entry("File", IO), Map.entry("Files", IO), Map.entry("Path", IO), Map.entry("Paths", IO),
			Map.entry("FileInputStream", IO), Map.entry("FileOutputStream", IO), Map.entry("FileReader", IO),
			Map.entry("FileWriter", IO), Map.entry("RandomAccessFile", IO), Map.entry("PrintWriter", IO),
			Map.entry("PrintStream", IO), Map.entry("Scanner", IO), Map.entry("Socket", IO),
			Map.entry("ServerSocket", IO), Map.entry("URL", IO), Map.entry("URI", IO), Map.entry("HttpClient", IO),
			Map.entry("InetAddress", IO), Map.entry("ObjectInputStream", IO));

	private static final Map<String, String> DANGEROUS_METHODS = Map.ofEntries(Map.entry("getClass", REFLECTION),
			Map.entry("forName", REFLECTION), Map.entry("getDeclaredMethod", REFLECTION),
			Map.entry("getDeclaredMethods", REFLECTION), Map.entry("getMethod", REFLECTION),
			Map.entry("getMethods", REFLECTION), Map.entry("getDeclaredField", REFLECTION),
			Map.entry("getDeclaredFields", REFLECTION), Map.entry("getField", REFLECTION),
			Map.entry("getDeclaredConstructor", REFLECTION), Map.entry("newInstance", REFLECTION),
			Map.entry("invoke", REFLECTION), Map.entry("setAccessible", REFLECTION),
			Map.entry("getClassLoader", REFLECTION), Map.entry("loadClass", REFLECTION), Map.entry("exec", PROCESS),
			Map.entry("exit", PROCESS), Map.entry("getRuntime", PROCESS), Map.entry("getenv", PROCESS),
			Map.entry("wait", THREADS), Map.entry("notify", THREADS), Map.entry("notifyAll", THREADS),
			Map.entry("sleep", THREADS), Map.entry("getKieRuntime", ENGINE), Map.entry("getKnowledgeRuntime", ENGINE),
			Map.entry("getWorkingMemory", ENGINE), Map.entry("getKieBase", ENGINE), Map.entry("getGlobal", ENGINE),
			Map.entry("setGlobal", ENGINE), Map.entry("getEntryPoint", ENGINE), Map.entry("getChannels", ENGINE),
			Map.entry("halt", ENGINE));

	private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u+[0-9a-fA-F]{4}");

	private static final ParserConfiguration CONFIG = new ParserConfiguration()
		.setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
		.setAttributeComments(false);

	private final JavaParser parser = new JavaParser(CONFIG);

	private final Set<String> functions;

	/**
	 * @param functions names of the {@code function}s the rule set declares (callable
	 * without a scope)
	 */
	CodeCheck(Set<String> functions) {
		this.functions = functions;
	}

	/** Whether {@code name} is a function the rule set declares. */
	boolean isFunction(String name) {
		return functions.contains(name);
	}

	private static final String LITERAL = "\"[^\"\\\\\\n]*\"|-?\\d+(?:\\.\\d+)?[dDfFlL]?|true|false";

	private static final String ARGUMENT = "\\s*(?:" + LITERAL + "|[A-Za-z_][A-Za-z0-9_]*)\\s*";

	/**
	 * One statement as the DSL sentences and decision tables write it: a declaration with
	 * literal or variable arguments ({@code insert(Dsl.level(kcontext, "R", "C", "3")
	 * .mustHave());}), or a local variable set to a literal ({@code double weight = 2;}).
	 * Such a line can call nothing but Dsl and the requirement's own setters, so it needs
	 * no parsing; anything else is parsed and walked.
	 */
	private static final Pattern PLAIN_STATEMENT = Pattern
		.compile("insert\\(\\s*Dsl\\.(?:level|grade|experience|inherits" + "|band|sources)\\(\\s*kcontext\\s*(?:,"
				+ ARGUMENT + ")*\\)(?:\\.(?:mustHave|must|weight|alternative|asDefault)" + "\\((?:" + ARGUMENT + "(?:,"
				+ ARGUMENT + ")*)?\\))*\\s*\\)\\s*;"
				+ "|(?:String|int|long|double|boolean)\\s+[A-Za-z_][A-Za-z0-9_]*\\s*=\\s*(?:" + LITERAL + ")\\s*;");

	/**
	 * Whether every line of {@code code} is a {@link #PLAIN_STATEMENT}, a blank line or a
	 * line comment.
	 */
	static boolean plain(String code) {
		for (String line : code.split("\n", -1)) {
			String l = line.strip();
			if (!l.isEmpty() && !l.startsWith("//") && !PLAIN_STATEMENT.matcher(l).matches()) {
				return false;
			}
		}
		return true;
	}

	/** A consequence or function body. */
	List<Finding> block(String code, Kind kind, Set<String> variables) {
		if (kind == Kind.CONSEQUENCE && plain(code)) {
			return List.of();
		}
		String text = "{" + Modify.rewrite(code) + "\n}";
		List<Finding> findings = new ArrayList<>();
		if (escapes(code, findings)) {
			return findings;
		}
		ParseResult<BlockStmt> parsed = parser.parseBlock(text);
		if (parsed.getResult().isEmpty() || !parsed.isSuccessful()) {
			findings.add(unreadable(code, parsed));
			return findings;
		}
		BlockStmt block = parsed.getResult().get();
		Set<String> names = new HashSet<>(variables);
		block.findAll(VariableDeclarator.class).forEach(v -> names.add(v.getNameAsString()));
		new Walk(kind, names, null, text, findings).check(block);
		return findings;
	}

	/**
	 * A condition expression; in a constraint, unqualified names are properties of
	 * {@code factType} (of any fact type when it is null).
	 */
	List<Finding> expression(String code, Kind kind, Set<String> variables, Class<?> factType) {
		List<Finding> findings = new ArrayList<>();
		if (escapes(code, findings)) {
			return findings;
		}
		ParseResult<Expression> parsed = parser.parseExpression(code);
		if (parsed.getResult().isEmpty() || !parsed.isSuccessful()) {
			findings.add(unreadable(code, parsed));
			return findings;
		}
		new Walk(kind, new HashSet<>(variables), factType, code, findings).check(parsed.getResult().get());
		return findings;
	}

	/**
	 * Whether a type name (a function's parameter or return type) is in the vocabulary.
	 */
	List<Finding> type(String typeName) {
		List<Finding> findings = new ArrayList<>();
		ParseResult<Type> parsed = parser.parseType(typeName);
		if (parsed.getResult().isEmpty() || !parsed.isSuccessful()) {
			findings.add(new Finding(1, typeName, "not a type of the rule vocabulary"));
			return findings;
		}
		new Walk(Kind.FUNCTION, new HashSet<>(), null, typeName, findings).type(parsed.getResult().get());
		return findings;
	}

	private static boolean escapes(String code, List<Finding> findings) {
		var m = UNICODE_ESCAPE.matcher(code);
		if (m.find()) {
			findings.add(new Finding(line(code, m.start()), m.group(),
					"unicode escapes (\\uXXXX) are not allowed in rule code; write the character itself"));
			return true;
		}
		return false;
	}

	private static int line(String code, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			line += code.charAt(i) == '\n' ? 1 : 0;
		}
		return line;
	}

	private static Finding unreadable(String code, ParseResult<?> parsed) {
		String why = parsed.getProblems().isEmpty() ? "" : ": " + parsed.getProblems().get(0).getMessage();
		int line = parsed.getProblems()
			.stream()
			.findFirst()
			.flatMap(p -> p.getLocation())
			.flatMap(l -> l.getBegin().getRange())
			.map(r -> r.begin.line)
			.orElse(1);
		return new Finding(line, shorten(code),
				"cannot be read as plain Java" + shorten(why.lines().findFirst().orElse(""))
						+ "; rules may use only plain Java calls of the rule vocabulary, so this is not compiled");
	}

	static String shorten(String s) {
		String one = s.strip().replaceAll("\\s+", " ");
		return one.length() <= 120 ? one : one.substring(0, 117) + "...";
	}

	/** The {@code a.b.c} a pure chain of names spells, or {@code null}. */
	static String dotted(Expression e) {
		if (e instanceof NameExpr n) {
			return n.getNameAsString();
		}
		if (e instanceof FieldAccessExpr f) {
			String scope = dotted(f.getScope());
			return scope == null ? null : scope + "." + f.getNameAsString();
		}
		return null;
	}

	/** Why a name that is neither a variable nor a vocabulary type is refused. */
	static String unknown(String name) {
		String root = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
		if (name.contains(".") && Character.isLowerCase(root.charAt(0))) {
			String why = name.startsWith("java.io") || name.startsWith("java.nio") || name.startsWith("java.net") ? IO
					: name.startsWith("java.lang.reflect") || name.startsWith("java.lang.invoke") ? REFLECTION
							: DANGEROUS_TYPES.getOrDefault(lastType(name), null);
			return "fully qualified class names (" + name + ") are not allowed in rules"
					+ (why == null ? "" : "; " + why) + "; rules may name only the fact types of "
					+ Vocabulary.FACTS_PACKAGE + " and a few Java types (String, Math, numbers, collections)";
		}
		String simple = name.contains(".") ? root : name;
		String why = DANGEROUS_TYPES.get(simple);
		if (why != null) {
			return simple + " is not available to rules: " + why;
		}
		return "'" + name + "' is not part of the rule vocabulary (a fact type, a variable bound in the conditions, "
				+ "Dsl, or String, Math, numbers and collections)";
	}

	private static String lastType(String name) {
		for (String seg : name.split("\\.")) {
			if (!seg.isEmpty() && Character.isUpperCase(seg.charAt(0))) {
				return seg;
			}
		}
		return "";
	}

	/** The walk over one parsed piece of code. */
	private final class Walk {

		private final Kind kind;

		private final Set<String> variables;

		private final Class<?> factType;

		private final String[] lines;

		private final List<Finding> findings;

		Walk(Kind kind, Set<String> variables, Class<?> factType, String text, List<Finding> findings) {
			this.kind = kind;
			this.variables = variables;
			this.factType = factType;
			this.lines = text.split("\n", -1);
			this.findings = findings;
			if (kind == Kind.CONSEQUENCE) {
				variables.addAll(Vocabulary.CONTEXT_VARIABLES);
			}
		}

		void refuse(Node n, String reason) {
			int line = n.getBegin().map(p -> p.line).orElse(1);
			findings.add(new Finding(line, shorten(source(n)), reason));
		}

		/** The node's text as written (JavaParser's columns count a tab as one). */
		private String source(Node n) {
			if (n.getBegin().isEmpty() || n.getEnd().isEmpty()) {
				return n.toString();
			}
			int bl = n.getBegin().get().line - 1;
			int el = n.getEnd().get().line - 1;
			int bc = n.getBegin().get().column - 1;
			int ec = n.getEnd().get().column;
			if (bl < 0 || el >= lines.length || bc < 0 || bc > lines[bl].length() || ec > lines[el].length()) {
				return n.toString();
			}
			if (bl == el) {
				return lines[bl].substring(bc, ec);
			}
			StringBuilder sb = new StringBuilder(lines[bl].substring(bc));
			for (int i = bl + 1; i < el; i++) {
				sb.append('\n').append(lines[i]);
			}
			return sb.append('\n').append(lines[el], 0, ec).toString();
		}

		private boolean known(String root) {
			return variables.contains(root)
					|| (kind == Kind.CONSTRAINT && Vocabulary.properties(factType).contains(root));
		}

		void check(Node n) {
			if (n instanceof Comment || n instanceof SimpleName || n instanceof LiteralExpr || n instanceof EmptyStmt) {
				return;
			}
			if (n instanceof WhileStmt || n instanceof DoStmt || n instanceof ForStmt || n instanceof ForEachStmt) {
				refuse(n, LOOP);
			}
			else if (n instanceof BlockStmt || n instanceof ExpressionStmt || n instanceof IfStmt
					|| n instanceof ReturnStmt) {
				children(n);
			}
			else if (n instanceof Statement) {
				refuse(n, "this statement is not allowed in a rule: a consequence may only declare (insert ...), "
						+ "change facts (update, changeBand ...) and decide with if/else");
			}
			else if (n instanceof NameExpr name) {
				name(name);
			}
			else if (n instanceof FieldAccessExpr f) {
				field(f);
			}
			else if (n instanceof MethodCallExpr m) {
				call(m);
			}
			else if (n instanceof ObjectCreationExpr o) {
				creation(o);
			}
			else if (n instanceof VariableDeclarationExpr v) {
				v.getVariables().forEach(d -> {
					type(d.getType());
					variables.add(d.getNameAsString());
					d.getInitializer().ifPresent(this::check);
				});
			}
			else if (n instanceof CastExpr c) {
				type(c.getType());
				check(c.getExpression());
			}
			else if (n instanceof InstanceOfExpr i) {
				type(i.getType());
				check(i.getExpression());
				i.getPattern().ifPresent(p -> p.findAll(SimpleName.class).forEach(s -> variables.add(s.asString())));
			}
			else if (n instanceof ThisExpr) {
				if (kind != Kind.CONSTRAINT) {
					refuse(n, "'this' is not available in a rule's consequence");
				}
			}
			else if (n instanceof LambdaExpr || n instanceof MethodReferenceExpr) {
				refuse(n, "lambdas and method references are not allowed in rules");
			}
			else if (n instanceof ClassExpr) {
				refuse(n, "class literals (X.class) are not allowed: " + REFLECTION);
			}
			else if (n instanceof ArrayCreationExpr || n instanceof ArrayInitializerExpr) {
				refuse(n, "arrays are not created in rules; use List.of(...)");
			}
			else if (n instanceof Type t) {
				type(t);
			}
			else if (n instanceof com.github.javaparser.ast.expr.BinaryExpr
					|| n instanceof com.github.javaparser.ast.expr.UnaryExpr
					|| n instanceof com.github.javaparser.ast.expr.ConditionalExpr
					|| n instanceof com.github.javaparser.ast.expr.EnclosedExpr
					|| n instanceof com.github.javaparser.ast.expr.AssignExpr
					|| n instanceof com.github.javaparser.ast.expr.ArrayAccessExpr) {
				children(n);
			}
			else if (n instanceof Expression) {
				refuse(n, "this kind of expression is not allowed in rules");
			}
			else {
				children(n);
			}
		}

		private void children(Node n) {
			for (Node c : n.getChildNodes()) {
				check(c);
			}
		}

		private void name(NameExpr n) {
			String name = n.getNameAsString();
			if (!known(name) && !Vocabulary.isType(name)) {
				refuse(n, unknown(name));
			}
		}

		private void field(FieldAccessExpr f) {
			String d = dotted(f);
			if (d == null) {
				check(f.getScope());
				if (!Vocabulary.properties(null).contains(f.getNameAsString())) {
					refuse(f, "'" + f.getNameAsString() + "' is not a property of a fact");
				}
				return;
			}
			String[] seg = d.split("\\.");
			if (known(seg[0])) {
				for (int i = 1; i < seg.length; i++) {
					if (!Vocabulary.properties(null).contains(seg[i])) {
						refuse(f, "'" + seg[i] + "' is not a property of a fact");
						return;
					}
				}
				return;
			}
			if (!Vocabulary.isType(seg[0])) {
				refuse(f, unknown(d));
			}
		}

		private void call(MethodCallExpr m) {
			String name = m.getNameAsString();
			String danger = DANGEROUS_METHODS.get(name);
			if (danger != null) {
				refuse(m, name + "(...) is not available to rules: " + danger);
				return;
			}
			m.getTypeArguments().ifPresent(ts -> ts.forEach(this::type));
			if (m.getScope().isEmpty() && kind == Kind.FUNCTION && functions.contains(name)) {
				refuse(m, "a function may not call functions (so that nothing can recurse for ever)");
				return;
			}
			if (m.getScope().isEmpty()) {
				boolean builtIn = kind == Kind.CONSEQUENCE && Vocabulary.CONSEQUENCE_BUILT_INS.contains(name);
				boolean factMethod = kind == Kind.CONSTRAINT && Vocabulary.isInstanceCall(name);
				if (!builtIn && !factMethod && !functions.contains(name)) {
					refuse(m, name + "(...) is not a call of the rule vocabulary"
							+ (kind == Kind.CONSEQUENCE ? " (insert, update, delete, Dsl.*, methods of facts)" : ""));
					return;
				}
			}
			else {
				Expression scope = m.getScope().get();
				String d = dotted(scope);
				if (d != null && !known(d.split("\\.")[0])) {
					if (!Vocabulary.isType(d)) {
						refuse(m, unknown(d));
						return;
					}
					if (!Vocabulary.isStaticCall(d, name)) {
						refuse(m, d + "." + name + "(...) is not allowed in rules; allowed on " + d + ": "
								+ Vocabulary.staticCalls(d).stream().sorted().toList());
						return;
					}
				}
				else {
					int before = findings.size();
					check(scope);
					if (findings.size() > before) {
						return;
					}
					if (!Vocabulary.isInstanceCall(name)) {
						refuse(m, name + "(...) is not a method of the rule vocabulary (facts, strings, numbers, "
								+ "collections)");
						return;
					}
				}
			}
			m.getArguments().forEach(this::check);
		}

		private void creation(ObjectCreationExpr o) {
			String type = o.getType().getNameWithScope();
			if (o.getAnonymousClassBody().isPresent() || o.getScope().isPresent()) {
				refuse(o, "classes are not declared in rules");
				return;
			}
			if (!Vocabulary.isNew(type, o.getArguments().size())) {
				refuse(o, Vocabulary.isType(type) ? "new " + type + "(...) is not allowed in rules (collections and "
						+ "StringBuilder: only without arguments)" : unknown(type));
				return;
			}
			o.getTypeArguments().ifPresent(ts -> ts.forEach(this::type));
			o.getType().getTypeArguments().ifPresent(ts -> ts.forEach(this::type));
			o.getArguments().forEach(this::check);
		}

		void type(Type t) {
			if (t instanceof PrimitiveType || t instanceof VarType || t instanceof VoidType) {
				return;
			}
			if (t instanceof ArrayType a) {
				type(a.getComponentType());
				return;
			}
			if (t instanceof ClassOrInterfaceType c) {
				String name = c.getNameWithScope();
				if (!Vocabulary.isType(name)) {
					refuse(t, unknown(name));
					return;
				}
				c.getTypeArguments().ifPresent(ts -> ts.forEach(this::type));
				return;
			}
			if (t instanceof com.github.javaparser.ast.type.WildcardType w) {
				w.getExtendedType().ifPresent(this::type);
				w.getSuperType().ifPresent(this::type);
				return;
			}
			refuse(t, "this type is not allowed in rules");
		}

	}

}
