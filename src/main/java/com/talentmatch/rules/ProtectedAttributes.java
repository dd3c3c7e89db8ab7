package com.talentmatch.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.talentmatch.catalogue.DataProblem;

/**
 * Refuses rule files that use a protected attribute — gender, age, marital or
 * childbearing status, ethnicity, religion — as a word: an identifier, a field or
 * property, a sentence word, a decision-table column or cell, a rule name; in English or
 * Chinese. Words, not substrings: {@code age > 30}, {@code candidate.gender},
 * {@code getBirthDate()} and a sentence with {@code 性别} are refused, while
 * {@code manager}, {@code language} and a rule named {@code 岁末考核} are not. Comments are
 * skipped, so a file may say it does not use them.
 *
 * <p>
 * English words are split at non-letters and camel case ({@code candidateAge} →
 * candidate, age) and compared whole. Chinese has no spaces, so a run of ideographs is
 * refused when it contains one of the Chinese terms (two characters or more: {@code 年龄},
 * {@code 性别} …), and a number of years is refused when written with {@code 岁}
 * ({@code 35岁}).
 */
final class ProtectedAttributes {

	static final String MESSAGE = "rules may not use protected attributes (gender, age, marital or childbearing "
			+ "status, ethnicity, religion): found '%s'";

	private static final Set<String> ENGLISH = Set.of("gender", "genders", "sex", "age", "ages", "aged", "birth",
			"birthday", "birthdate", "birthyear", "born", "dob", "marital", "married", "unmarried", "marriage",
			"spouse", "maternity", "paternity", "childbearing", "children", "ethnic", "ethnicity", "race", "racial",
			"religion", "religious");

	private static final List<String> CHINESE = List.of("性别", "男性", "女性", "年龄", "年纪", "周岁", "出生", "生日", "婚姻", "已婚",
			"未婚", "婚否", "婚育", "生育", "怀孕", "孕期", "孕妇", "产假", "民族", "种族", "宗教", "信仰");

	private static final Pattern LETTERS = Pattern.compile("[A-Za-z]+");

	private static final Pattern CAMEL = Pattern.compile("[A-Z]?[a-z]+|[A-Z]+(?![a-z])");

	private static final Pattern IDEOGRAPHS = Pattern.compile("[\\p{IsHan}]+");

	private static final Pattern YEARS_OLD = Pattern.compile("\\d+\\s*岁");

	private ProtectedAttributes() {
	}

	static List<DataProblem> check(RuleFile file) {
		List<DataProblem> problems = new ArrayList<>();
		if (!file.isRuleSource()) {
			return problems;
		}
		String[] lines;
		try {
			lines = file.type() == RuleFile.Type.DECISION_TABLE_XLSX ? DecisionTables.rowsAsText(file)
					: file.text().split("\n", -1);
		}
		catch (DecisionTables.UnreadableException e) {
			problems.add(new DataProblem("rules/" + file.path(), 0, null, e.getMessage()));
			return problems;
		}
		boolean inComment = false;
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (inComment) {
				int end = line.indexOf("*/");
				if (end < 0) {
					continue;
				}
				line = line.substring(end + 2);
				inComment = false;
			}
			if (line.startsWith("#") || line.startsWith("//")) {
				continue;
			}
			int open = line.indexOf("/*");
			if (open >= 0 && line.indexOf("*/", open) < 0) {
				inComment = true;
				line = line.substring(0, open);
			}
			Optional<String> found = find(withoutTrailingComment(line));
			if (found.isPresent()) {
				problems.add(new DataProblem("rules/" + file.path(), i + 1, null, MESSAGE.formatted(found.get())));
			}
		}
		return problems;
	}

	/**
	 * The first protected word in {@code text}, as written; empty when there is none.
	 */
	static Optional<String> find(String text) {
		Matcher letters = LETTERS.matcher(text);
		while (letters.find()) {
			Matcher parts = CAMEL.matcher(letters.group());
			while (parts.find()) {
				if (ENGLISH.contains(parts.group().toLowerCase(Locale.ROOT))) {
					return Optional.of(parts.group());
				}
			}
			if (ENGLISH.contains(letters.group().toLowerCase(Locale.ROOT))) {
				return Optional.of(letters.group());
			}
		}
		Matcher han = IDEOGRAPHS.matcher(text);
		while (han.find()) {
			for (String term : CHINESE) {
				if (han.group().contains(term)) {
					return Optional.of(term);
				}
			}
		}
		Matcher years = YEARS_OLD.matcher(text);
		return years.find() ? Optional.of(years.group()) : Optional.empty();
	}

	/** The line without a {@code //} comment that is outside quotes. */
	private static String withoutTrailingComment(String line) {
		boolean quoted = false;
		for (int i = 0; i + 1 < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && c == '/' && line.charAt(i + 1) == '/') {
				return line.substring(0, i);
			}
		}
		return line;
	}

}
