package com.talentmatch.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.talentmatch.catalogue.Catalogue;
import com.talentmatch.catalogue.Grade;
import com.talentmatch.catalogue.GradeScale;

/**
 * Finds grades in text by their code, names and aliases from the catalogue's grade
 * scales: {@code CET-6}, {@code cet 6}, {@code 英语六级}, {@code 大学英语四级}, {@code 专业八级},
 * {@code TEM8}. Longer spellings win ({@code 大学英语四级} is one mention, not also
 * {@code 四级}); Latin spellings must stand alone ({@code TEM8} is not found in
 * {@code SYSTEM8}). Immutable, thread-safe.
 */
public final class GradeRecognizer {

	private record Spelling(String regex, GradeScale scale, Grade grade) {
	}

	private final Pattern pattern;

	private final List<Spelling> spellings;

	public GradeRecognizer(Catalogue catalogue) {
		List<Spelling> all = new ArrayList<>();
		for (GradeScale scale : catalogue.sortedGradeScales()) {
			for (Grade g : scale.grades()) {
				Set<String> names = new LinkedHashSet<>();
				names.add(g.code());
				if (g.name().zh() != null) {
					names.add(g.name().zh());
				}
				if (g.name().en() != null) {
					names.add(g.name().en());
				}
				names.addAll(g.aliases());
				names.forEach(n -> all.add(new Spelling(regex(n), scale, g)));
			}
		}
		all.sort(Comparator.comparingInt((Spelling s) -> s.regex().length()).reversed());
		this.spellings = List.copyOf(all);
		StringBuilder sb = new StringBuilder();
		for (Spelling s : spellings) {
			sb.append(sb.isEmpty() ? "" : "|").append('(').append(s.regex()).append(')');
		}
		this.pattern = sb.isEmpty() ? null : Pattern.compile(sb.toString(), Pattern.CASE_INSENSITIVE);
	}

	/** Grades mentioned in each sentence, in text order, each grade once per sentence. */
	public List<GradeMention> find(List<Sentence> sentences) {
		List<GradeMention> out = new ArrayList<>();
		if (pattern == null) {
			return out;
		}
		for (Sentence s : sentences) {
			Set<String> seen = new LinkedHashSet<>();
			Matcher m = pattern.matcher(s.text());
			while (m.find()) {
				for (int g = 1; g <= m.groupCount(); g++) {
					if (m.group(g) != null) {
						Spelling sp = spellings.get(g - 1);
						if (seen.add(sp.scale().id() + "/" + sp.grade().code())) {
							out.add(new GradeMention(sp.scale().id(), sp.grade().code(), sp.grade().rank(), m.group(),
									s.index()));
						}
						break;
					}
				}
			}
		}
		return out;
	}

	/**
	 * A spelling as a regex: spaces, '-' and '_' optional and interchangeable; Latin ends
	 * must not touch Latin.
	 */
	private static String regex(String spelling) {
		StringBuilder sb = new StringBuilder();
		String s = spelling.strip();
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			boolean sep = c == ' ' || c == '-' || c == '_';
			if (sep) {
				continue;
			}
			if (i > 0 && (isSep(s.charAt(i - 1)) || Character.isLetter(s.charAt(i - 1)) != Character.isLetter(c))) {
				sb.append("[\\s\\-_]?");
			}
			sb.append(Pattern.quote(String.valueOf(c)));
		}
		String core = sb.toString();
		boolean latinStart = isLatin(s.charAt(0));
		boolean latinEnd = isLatin(s.charAt(s.length() - 1)) || Character.isDigit(s.charAt(s.length() - 1));
		return (latinStart ? "(?<![A-Za-z0-9])" : "") + core + (latinEnd ? "(?![A-Za-z0-9])" : "");
	}

	private static boolean isSep(char c) {
		return c == ' ' || c == '-' || c == '_';
	}

	private static boolean isLatin(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

}
