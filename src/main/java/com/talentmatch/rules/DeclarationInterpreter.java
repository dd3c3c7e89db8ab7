package com.talentmatch.rules;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleContext;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.talentmatch.rules.facts.Dsl;
import com.talentmatch.rules.facts.Requirement;

/**
 * The fast path for declarations: a rule with an empty {@code when} whose consequence
 * only inserts {@link Dsl} declarations with values written as text or numbers (every DSL
 * declaration sentence, every row of a requirement decision table) is read as data, not
 * compiled: its calls are evaluated directly, from an allow-list of the {@code Dsl}
 * methods and the {@link Requirement} modifiers. Anything else in a consequence makes the
 * rule go to the compiler as before. Thread-safe.
 */
final class DeclarationInterpreter {

	private static final ParserConfiguration CONFIG = new ParserConfiguration()
		.setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
		.setAttributeComments(false);

	private DeclarationInterpreter() {
	}

	/**
	 * The facts rule {@code r} of package {@code pkg} declares, in order; empty when it
	 * cannot be read as data (it must be compiled).
	 */
	static Optional<List<Object>> interpret(String pkg, RuleDescr r) {
		if (r.isQuery() || r.getLhs() == null || !r.getLhs().getDescrs().isEmpty()
				|| !(r.getConsequence() instanceof String code) || !r.getNamedConsequences().isEmpty()
				|| !r.getAttributes().isEmpty()) {
			return Optional.empty();
		}
		ParseResult<BlockStmt> parsed = new JavaParser(CONFIG).parseBlock("{" + code + "\n}");
		if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
			return Optional.empty();
		}
		RuleContext ctx = context(pkg, r);
		Map<String, Object> locals = new HashMap<>();
		List<Object> out = new ArrayList<>();
		try {
			for (Statement s : parsed.getResult().get().getStatements()) {
				if (!(s instanceof ExpressionStmt e)) {
					return Optional.empty();
				}
				Expression x = e.getExpression();
				if (x instanceof VariableDeclarationExpr v) {
					for (var d : v.getVariables()) {
						if (d.getInitializer().isEmpty()) {
							return Optional.empty();
						}
						locals.put(d.getNameAsString(), value(d.getInitializer().get(), locals));
					}
				}
				else if (x instanceof MethodCallExpr m && m.getNameAsString().equals("insert") && m.getScope().isEmpty()
						&& m.getArguments().size() == 1) {
					out.add(declaration(m.getArgument(0), ctx, locals));
				}
				else {
					return Optional.empty();
				}
			}
		}
		catch (NotData e) {
			return Optional.empty();
		}
		return Optional.of(out);
	}

	/** Not a value the fast path reads: the rule is compiled instead. */
	private static final class NotData extends Exception {

		NotData() {
			super(null, null, false, false);
		}

	}

	private static Object value(Expression x, Map<String, Object> locals) throws NotData {
		if (x instanceof StringLiteralExpr s) {
			return s.asString();
		}
		if (x instanceof IntegerLiteralExpr i) {
			return i.asNumber().intValue();
		}
		if (x instanceof DoubleLiteralExpr d) {
			return d.asDouble();
		}
		if (x instanceof BooleanLiteralExpr b) {
			return b.getValue();
		}
		if (x instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.MINUS
				&& value(u.getExpression(), locals) instanceof Number n) {
			return n instanceof Integer k ? (Object) (-k) : (Object) (-n.doubleValue());
		}
		if (x instanceof NameExpr n && locals.containsKey(n.getNameAsString())) {
			return locals.get(n.getNameAsString());
		}
		throw new NotData();
	}

	private static Object declaration(Expression x, RuleContext ctx, Map<String, Object> locals) throws NotData {
		if (!(x instanceof MethodCallExpr call)) {
			throw new NotData();
		}
		if (call.getScope().isPresent() && call.getScope().get() instanceof NameExpr n
				&& n.getNameAsString().equals("Dsl")) {
			List<Object> args = new ArrayList<>();
			if (call.getArguments().isEmpty() || !(call.getArgument(0) instanceof NameExpr k)
					|| !k.getNameAsString().equals("kcontext")) {
				throw new NotData();
			}
			for (int i = 1; i < call.getArguments().size(); i++) {
				args.add(value(call.getArgument(i), locals));
			}
			return dsl(call.getNameAsString(), ctx, args);
		}
		if (call.getScope().isEmpty()) {
			throw new NotData();
		}
		Object target = declaration(call.getScope().get(), ctx, locals);
		if (!(target instanceof Requirement r)) {
			throw new NotData();
		}
		List<Object> args = new ArrayList<>();
		for (Expression a : call.getArguments()) {
			args.add(value(a, locals));
		}
		return switch (call.getNameAsString() + "/" + args.size()) {
			case "mustHave/0" -> r.mustHave();
			case "must/1" -> r.must(bool(args.get(0)));
			case "weight/1" -> r.weight(number(args.get(0)));
			case "alternative/2" -> r.alternative(text(args.get(0)), (int) number(args.get(1)));
			default -> throw new NotData();
		};
	}

	private static Object dsl(String method, RuleContext ctx, List<Object> a) throws NotData {
		return switch (method + "/" + a.size()) {
			case "level/3" -> Dsl.level(ctx, text(a.get(0)), text(a.get(1)), text(a.get(2)));
			case "grade/2" -> Dsl.grade(ctx, text(a.get(0)), text(a.get(1)));
			case "experience/3" -> Dsl.experience(ctx, text(a.get(0)), text(a.get(1)), text(a.get(2)));
			case "role/3" -> Dsl.role(ctx, text(a.get(0)), text(a.get(1)), text(a.get(2)));
			case "inherits/2" -> Dsl.inherits(ctx, text(a.get(0)), text(a.get(1)));
			case "band/7" -> Dsl.band(ctx, (int) number(a.get(0)), text(a.get(1)), text(a.get(2)), text(a.get(3)),
					(int) number(a.get(4)), (int) number(a.get(5)), (int) number(a.get(6)));
			case "band/8" -> Dsl.band(ctx, (int) number(a.get(0)), text(a.get(1)), text(a.get(2)), text(a.get(3)),
					(int) number(a.get(4)), (int) number(a.get(5)), (int) number(a.get(6)), bool(a.get(7)));
			case "bandName/5" -> Dsl.bandName(ctx, (int) number(a.get(0)), text(a.get(1)), text(a.get(2)),
					text(a.get(3)), bool(a.get(4)));
			case "sources/3" -> Dsl.sources(ctx, text(a.get(0)), (int) number(a.get(1)), number(a.get(2)));
			case "sourcesFor/4" ->
				Dsl.sourcesFor(ctx, text(a.get(0)), text(a.get(1)), (int) number(a.get(2)), number(a.get(3)));
			case "rankBy/2" -> Dsl.rankBy(ctx, text(a.get(0)), (int) number(a.get(1)));
			case "ladder/2" -> Dsl.ladder(ctx, text(a.get(0)), text(a.get(1)));
			default -> throw new NotData();
		};
	}

	private static String text(Object o) throws NotData {
		if (o instanceof String s) {
			return s;
		}
		throw new NotData();
	}

	private static double number(Object o) throws NotData {
		if (o instanceof Number n) {
			return n.doubleValue();
		}
		throw new NotData();
	}

	private static boolean bool(Object o) throws NotData {
		if (o instanceof Boolean b) {
			return b;
		}
		throw new NotData();
	}

	/**
	 * The rule context the {@code Dsl} methods read: the rule's name, package, metadata.
	 */
	private static RuleContext context(String pkg, RuleDescr r) {
		Map<String, Object> meta = new HashMap<>();
		for (AnnotationDescr a : r.getAnnotations()) {
			meta.put(a.getName(), a.getSingleValue() == null ? "" : a.getSingleValue());
		}
		Rule rule = (Rule) Proxy.newProxyInstance(Rule.class.getClassLoader(), new Class<?>[] { Rule.class },
				(proxy, m, args) -> switch (m.getName()) {
					case "getName" -> r.getName();
					case "getPackageName" -> pkg;
					case "getMetaData" -> meta;
					case "getId" -> r.getName();
					case "getNamespace" -> pkg;
					case "getLoadOrder" -> 0;
					case "hashCode" -> System.identityHashCode(proxy);
					case "equals" -> proxy == args[0];
					case "toString" -> "rule " + r.getName();
					default -> throw new UnsupportedOperationException(m.getName());
				});
		Match match = (Match) Proxy.newProxyInstance(Match.class.getClassLoader(), new Class<?>[] { Match.class },
				(proxy, m, args) -> switch (m.getName()) {
					case "getRule" -> rule;
					case "hashCode" -> System.identityHashCode(proxy);
					case "equals" -> proxy == args[0];
					case "toString" -> "match of " + r.getName();
					default -> throw new UnsupportedOperationException(m.getName());
				});
		return (RuleContext) Proxy.newProxyInstance(RuleContext.class.getClassLoader(),
				new Class<?>[] { RuleContext.class }, (proxy, m, args) -> switch (m.getName()) {
					case "getRule" -> rule;
					case "getMatch" -> match;
					case "hashCode" -> System.identityHashCode(proxy);
					case "equals" -> proxy == args[0];
					case "toString" -> "context of " + r.getName();
					default -> throw new UnsupportedOperationException(m.getName());
				});
	}

}
