package com.talentmatch.catalogue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One grade of a grade scale (CET-6, 本科).
 *
 * @param code grade code
 * @param rank 1-based position, low to high
 * @param name names
 * @param aliases other spellings recognised in text
 */
public record Grade(String code, int rank, LocalizedText name, List<String> aliases) {

	/**
	 * The spellings of each grade, computed once: a ranking asks whether each person
	 * holds a grade, 10,000 people at a time.
	 */
	private static final Map<Grade, Set<String>> SPELLINGS = new ConcurrentHashMap<>();

	public Grade {
		aliases = Lists.copy(aliases);
	}

	/**
	 * True when {@code text} is the code, a name or an alias, ignoring case, spaces, '-'
	 * and '_'.
	 */
	public boolean isCalled(String text) {
		return spellings().contains(squash(text));
	}

	/** Code, names and aliases, lower-cased without spaces, '-' and '_'. */
	public Set<String> spellings() {
		return SPELLINGS.computeIfAbsent(this, Grade::allSpellings);
	}

	private Set<String> allSpellings() {
		Set<String> all = new HashSet<>();
		all.add(squash(code));
		if (name.zh() != null) {
			all.add(squash(name.zh()));
		}
		if (name.en() != null) {
			all.add(squash(name.en()));
		}
		aliases.forEach(a -> all.add(squash(a)));
		return Set.copyOf(all);
	}

	/** Lower-cased without whitespace, '-' and '_' (as the regex {@code [\s\-_]}). */
	static String squash(String s) {
		StringBuilder b = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r' && c != '-' && c != '_') {
				b.append(c);
			}
		}
		return b.toString().toLowerCase(Locale.ROOT);
	}
}
