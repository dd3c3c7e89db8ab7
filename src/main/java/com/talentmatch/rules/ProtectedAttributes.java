package com.talentmatch.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.talentmatch.catalogue.DataProblem;

/**
 * Refuses rule files that mention protected attributes: gender, age, marital or
 * childbearing status, ethnicity, religion — in Chinese or English, in any rule line
 * (comments excepted, so a file may say it does not use them).
 */
final class ProtectedAttributes {

	private static final Pattern WORDS = Pattern
		.compile("(?i)(?<![a-z])(gender|sex|age|ages|aged|birth(?:day|date|year)?|born|marital|married|unmarried|"
				+ "pregnan\\w*|maternity|childbearing|children|ethnic\\w*|race|racial|religio\\w*)(?![a-z])"
				+ "|性别|男性|女性|年龄|岁|出生|婚姻|已婚|未婚|婚育|生育|怀孕|孕|产假|民族|种族|宗教|信仰");

	private ProtectedAttributes() {
	}

	static List<DataProblem> check(RuleFile file) {
		List<DataProblem> problems = new ArrayList<>();
		if (!file.isRuleSource()) {
			return problems;
		}
		String[] lines = file.type() == RuleFile.Type.DECISION_TABLE_XLSX ? DecisionTables.rowsAsText(file)
				: file.text().split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.startsWith("#") || line.startsWith("//") || line.startsWith("/*") || line.startsWith("*")) {
				continue;
			}
			Matcher m = WORDS.matcher(line);
			if (m.find()) {
				problems.add(new DataProblem("rules/" + file.path(), i + 1, null, "rules may not use protected "
						+ "attributes (gender, age, marital or childbearing status, ethnicity, religion): found '"
						+ m.group() + "'"));
			}
		}
		return problems;
	}

}
