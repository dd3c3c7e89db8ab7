package com.talentmatch.candidates;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.talentmatch.catalogue.DataProblem;

/**
 * Column and field names that carry a protected attribute — gender, age or birth date,
 * marital and childbearing status, ethnicity, religion — in English or Chinese. A
 * candidate file or JSON body that has one is refused whole: these attributes never reach
 * the rules, rankings or exports. Voluntary self-identification for the adverse-impact
 * report is kept apart, under {@value #SELF_IDENTIFICATION}.
 *
 * <p>
 * Names compare after lower-casing and removing {@code _}, {@code -} and spaces, so
 * {@code birth_date}, {@code Birth Date} and {@code birthDate} are one name.
 */
final class ProtectedFields {

	/** Where voluntary self-identification goes instead. */
	static final String SELF_IDENTIFICATION = "/api/fairness/self-identification";

	private static final Map<String, String> CATEGORY = categories(Map.of( //
			"gender", List.of("gender", "sex", "性别"), //
			"age",
			List.of("age", "ageband", "agegroup", "birthdate", "dateofbirth", "dob", "birthday", "birthyear",
					"yearofbirth", "年龄", "年龄段", "出生日期", "出生年月", "出生年份", "生日"),
			"marital status", List.of("marital", "maritalstatus", "married", "婚姻", "婚姻状况", "婚姻状态", "婚否"),
			"childbearing status",
			List.of("childbearing", "childbearingstatus", "children", "numberofchildren", "pregnant", "pregnancy", "生育",
					"生育状况", "生育情况", "婚育状况", "子女", "子女情况"),
			"ethnicity", List.of("ethnicity", "ethnic", "ethnicgroup", "race", "民族", "种族"), //
			"religion", List.of("religion", "faith", "宗教", "宗教信仰", "信仰")));

	private ProtectedFields() {
	}

	private static Map<String, String> categories(Map<String, List<String>> names) {
		Map<String, String> out = new LinkedHashMap<>();
		names.forEach((category, list) -> list.forEach(n -> out.put(n, category)));
		return Map.copyOf(out);
	}

	/** The protected attribute a column or field name carries, if any. */
	static Optional<String> category(String name) {
		return Optional.ofNullable(CATEGORY.get(name.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "")));
	}

	/**
	 * The refusal of a protected column or field.
	 * @param where file name ({@code request} for the API)
	 * @param row spreadsheet row (1 for a header), or 0
	 */
	static DataProblem refusal(String where, int row, String name, String category) {
		return new DataProblem(where, row, name, "'" + name + "' is a protected attribute (" + category
				+ "): never used for matching; voluntary " + "self-identification goes to " + SELF_IDENTIFICATION);
	}

}
