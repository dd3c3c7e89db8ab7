package com.talentmatch.catalogue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One grade of a grade scale (CET-6, 本科).
 *
 * @param code grade code
 * @param rank 1-based position, low to high
 * @param name names
 * @param aliases other spellings recognised in text
 */
public record Grade(String code, int rank, LocalizedText name, List<String> aliases) {

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
		Set<String> all = new HashSet<>();
		all.add(squash(code));
		if (name.zh() != null) {
			all.add(squash(name.zh()));
		}
		if (name.en() != null) {
			all.add(squash(name.en()));
		}
		aliases.forEach(a -> all.add(squash(a)));
		return all;
	}

	private static String squash(String s) {
		return s.replaceAll("[\\s\\-_]", "").toLowerCase(Locale.ROOT);
	}
}
