package com.talentmatch.rules;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.talentmatch.rules.facts.Act;
import com.talentmatch.rules.facts.Adjustment;
import com.talentmatch.rules.facts.Assessment;
import com.talentmatch.rules.facts.BandCase;
import com.talentmatch.rules.facts.Candidate;
import com.talentmatch.rules.facts.Case;
import com.talentmatch.rules.facts.Lookup;
import com.talentmatch.rules.facts.Rating;
import com.talentmatch.rules.facts.RequirementResult;
import com.talentmatch.rules.facts.Rescorer;
import com.talentmatch.rules.facts.RoleDefinition;
import com.talentmatch.rules.facts.Dsl;
import com.talentmatch.rules.facts.Inherits;
import com.talentmatch.rules.facts.Ladder;
import com.talentmatch.rules.facts.RankingOrder;
import com.talentmatch.rules.facts.ReadinessBand;
import com.talentmatch.rules.facts.Requirement;
import com.talentmatch.rules.facts.SourcePolicy;

/**
 * What rule code may name: the fact types of {@link com.talentmatch.rules.facts} with
 * their methods, the DSL helpers ({@link Dsl}), and a short allow-list of harmless JDK
 * types and calls (strings, {@code Math}, boxed numbers, basic collections). Everything
 * else is refused by {@link RuleSafety}. Immutable, built once.
 */
final class Vocabulary {

	/** The package whose classes rules see. */
	static final String FACTS_PACKAGE = "com.talentmatch.rules.facts";

	/** Every type of {@link #FACTS_PACKAGE}; a test asserts the list is complete. */
	static final List<Class<?>> FACTS = List.of(Act.class, Adjustment.class, Assessment.class, BandCase.class,
			Candidate.class, Case.class, Dsl.class, Inherits.class, Ladder.class, Lookup.class, Rating.class,
			ReadinessBand.class, Requirement.class, Requirement.Kind.class, RequirementResult.class, Rescorer.class,
			RoleDefinition.class, Rescorer.Score.class, SourcePolicy.class, RankingOrder.class);

	/**
	 * JDK types a rule may name, by simple name; with the static calls allowed on each.
	 */
	private static final Map<String, Set<String>> JDK_STATIC = Map.ofEntries(
			Map.entry("Math",
					Set.of("abs", "max", "min", "round", "floor", "ceil", "sqrt", "pow", "signum", "log", "log10",
							"exp", "floorDiv", "floorMod", "rint", "hypot", "toIntExact")),
			Map.entry("String", Set.of("valueOf", "join")),
			Map.entry("Integer", Set.of("parseInt", "valueOf", "compare", "max", "min", "sum", "toString", "signum")),
			Map.entry("Long", Set.of("parseLong", "valueOf", "compare", "max", "min", "sum", "toString", "signum")),
			Map.entry("Double", Set.of("parseDouble", "valueOf", "compare", "max", "min", "sum", "toString", "isNaN")),
			Map.entry("Float", Set.of("parseFloat", "valueOf", "compare", "max", "min", "sum", "toString")),
			Map.entry("Short", Set.of("parseShort", "valueOf", "compare", "toString")),
			Map.entry("Byte", Set.of("parseByte", "valueOf", "compare", "toString")),
			Map.entry("Boolean", Set.of("parseBoolean", "valueOf", "compare", "toString", "logicalAnd", "logicalOr")),
			Map.entry("Character", Set.of("isDigit", "isLetter", "isWhitespace", "toUpperCase", "toLowerCase")),
			Map.entry("Objects", Set.of("equals", "isNull", "nonNull", "requireNonNullElse", "toString", "hash")),
			Map.entry("List", Set.of("of", "copyOf")), Map.entry("Set", Set.of("of", "copyOf")),
			Map.entry("Map", Set.of("of", "copyOf", "entry")), Map.entry("Arrays", Set.of("asList")),
			Map.entry("Collections",
					Set.of("emptyList", "emptySet", "emptyMap", "singletonList", "singleton", "unmodifiableList",
							"unmodifiableSet", "unmodifiableMap", "max", "min", "sort")),
			Map.entry("Number", Set.of()), Map.entry("Object", Set.of()), Map.entry("Collection", Set.of()),
			Map.entry("ArrayList", Set.of()), Map.entry("HashMap", Set.of()), Map.entry("HashSet", Set.of()),
			Map.entry("LinkedHashMap", Set.of()), Map.entry("LinkedHashSet", Set.of()),
			Map.entry("StringBuilder", Set.of()));

	/**
	 * Fully qualified JDK types that may be imported (they are the allow-listed ones, so
	 * an import changes nothing but spelling).
	 */
	static final Set<String> JDK_IMPORTS = Set.of("java.util.List", "java.util.Set", "java.util.Map",
			"java.util.Collection", "java.util.ArrayList", "java.util.HashMap", "java.util.HashSet",
			"java.util.LinkedHashMap", "java.util.LinkedHashSet", "java.util.Arrays", "java.util.Collections",
			"java.util.Objects", "java.lang.Math", "java.lang.String");

	/**
	 * JDK types a rule may create with {@code new}, without arguments (so that no one
	 * asks for a list of two billion slots); fact types take any arguments.
	 */
	private static final Set<String> JDK_NEW = Set.of("ArrayList", "HashMap", "HashSet", "LinkedHashMap",
			"LinkedHashSet", "StringBuilder", "String");

	/**
	 * Instance methods of the allow-listed JDK types and of the rule context
	 * ({@code kcontext.getRule().getName()}).
	 */
	private static final Set<String> JDK_INSTANCE = Set.of(
			// String
			"length", "isEmpty", "isBlank", "charAt", "contains", "startsWith", "endsWith", "equals",
			"equalsIgnoreCase", "compareTo", "compareToIgnoreCase", "indexOf", "lastIndexOf", "substring",
			"toLowerCase", "toUpperCase", "trim", "strip", "stripLeading", "stripTrailing", "replace", "concat",
			"toString", "hashCode", "append",
			// numbers
			"intValue", "longValue", "doubleValue", "floatValue", "shortValue", "byteValue", "booleanValue",
			// collections
			"size", "containsAll", "get", "getOrDefault", "containsKey", "containsValue", "add", "addAll", "put",
			"putAll", "remove", "keySet", "values", "entrySet", "getKey", "getValue", "subList",
			// the rule context: which rule fired
			"getRule", "getName", "getPackageName");

	/** Calls a consequence may make without a scope: Drools' own. */
	static final Set<String> CONSEQUENCE_BUILT_INS = Set.of("insert", "insertLogical", "update", "delete", "retract",
			"modify");

	/** Accumulate functions a condition may use. */
	static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("count", "sum", "min", "max", "average", "collectList",
			"collectSet");

	/** Variables Drools gives every consequence. */
	static final Set<String> CONTEXT_VARIABLES = Set.of("kcontext", "drools");

	private static final Map<String, Class<?>> FACT_TYPES = new HashMap<>();

	private static final Map<String, Set<String>> STATIC = new HashMap<>(JDK_STATIC);

	private static final Set<String> INSTANCE = new HashSet<>(JDK_INSTANCE);

	private static final Set<String> NEW = new HashSet<>(JDK_NEW);

	private static final Map<Class<?>, Set<String>> PROPERTIES = new HashMap<>();

	private static final Set<String> ALL_PROPERTIES = new HashSet<>();

	static {
		for (Class<?> c : FACTS) {
			String name = c.getEnclosingClass() == null ? c.getSimpleName()
					: c.getEnclosingClass().getSimpleName() + "." + c.getSimpleName();
			FACT_TYPES.put(name, c);
			Set<String> statics = new HashSet<>();
			Set<String> properties = new HashSet<>();
			for (Method m : c.getDeclaredMethods()) {
				if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic()) {
					continue;
				}
				if (Modifier.isStatic(m.getModifiers())) {
					statics.add(m.getName());
				}
				else {
					INSTANCE.add(m.getName());
					property(m).ifPresent(properties::add);
				}
			}
			if (c.isEnum()) {
				INSTANCE.add("name");
				INSTANCE.add("ordinal");
			}
			STATIC.put(name, Set.copyOf(statics));
			PROPERTIES.put(c, Set.copyOf(properties));
			ALL_PROPERTIES.addAll(properties);
			if (!c.isEnum() && c.getConstructors().length > 0) {
				NEW.add(name);
			}
		}
	}

	private Vocabulary() {
	}

	private static java.util.Optional<String> property(Method m) {
		String n = m.getName();
		int prefix = n.startsWith("get") && n.length() > 3 ? 3 : n.startsWith("is") && n.length() > 2 ? 2 : 0;
		if (prefix == 0 || m.getParameterCount() > 0) {
			return java.util.Optional.empty();
		}
		return java.util.Optional
			.of(n.substring(prefix, prefix + 1).toLowerCase(Locale.ROOT) + n.substring(prefix + 1));
	}

	/**
	 * The fact type of a pattern ({@code Assessment} or
	 * {@code com.talentmatch.rules.facts.Assessment}), or {@code null}.
	 */
	static Class<?> factType(String name) {
		String simple = name.startsWith(FACTS_PACKAGE + ".") ? name.substring(FACTS_PACKAGE.length() + 1) : name;
		return FACT_TYPES.get(simple);
	}

	/** Whether a rule may name this type (a fact type or an allow-listed JDK type). */
	static boolean isType(String simpleName) {
		return FACT_TYPES.containsKey(simpleName) || STATIC.containsKey(simpleName);
	}

	/** Whether {@code Type.method(...)} is allowed. */
	static boolean isStaticCall(String type, String method) {
		return STATIC.getOrDefault(type, Set.of()).contains(method);
	}

	/** The static calls allowed on {@code type}, for messages. */
	static Set<String> staticCalls(String type) {
		return STATIC.getOrDefault(type, Set.of());
	}

	/**
	 * Whether {@code x.method(...)} is allowed on some value a rule can hold (a fact, a
	 * string, a number, a collection).
	 */
	static boolean isInstanceCall(String method) {
		return INSTANCE.contains(method);
	}

	/** Whether {@code new Type(...)} is allowed with {@code arguments} arguments. */
	static boolean isNew(String type, int arguments) {
		return FACT_TYPES.containsKey(type) ? NEW.contains(type) : NEW.contains(type) && arguments == 0;
	}

	/** Whether {@code name} is a static method allowed on some type. */
	static boolean isStaticName(String name) {
		return STATIC.values().stream().anyMatch(s -> s.contains(name));
	}

	/**
	 * Properties of a fact type ({@code band} for {@code getBand()}); of every fact type
	 * when {@code type} is null.
	 */
	static Set<String> properties(Class<?> type) {
		return type == null ? ALL_PROPERTIES : PROPERTIES.getOrDefault(type, Set.of());
	}

	/** Whether an import names something in the vocabulary. */
	static boolean isImport(String target) {
		if (target.equals(FACTS_PACKAGE + ".*") || JDK_IMPORTS.contains(target)) {
			return true;
		}
		return target.startsWith(FACTS_PACKAGE + ".") && factType(target) != null;
	}

}
