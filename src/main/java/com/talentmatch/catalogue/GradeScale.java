package com.talentmatch.catalogue;

import java.util.List;
import java.util.Optional;

/**
 * An ordered scale of knowledge grades that are not behaviours: CET-4 &lt; CET-6 &lt;
 * TEM-8, 大专 &lt; 本科 &lt; 硕士. Immutable.
 *
 * @param id scale id
 * @param name names
 * @param englishIsTranslation true when English texts are our translation
 * @param source where it was read from
 * @param grades grades, low to high
 * @param ambiguities recorded ambiguities
 */
public record GradeScale(String id, LocalizedText name, boolean englishIsTranslation, String source, List<Grade> grades,
		List<Ambiguity> ambiguities) {

	public GradeScale {
		grades = Lists.copy(grades);
		ambiguities = Lists.copy(ambiguities);
	}

	public Optional<Grade> grade(String code) {
		return grades.stream().filter(g -> g.code().equals(code)).findFirst();
	}

	/** Finds a grade by code, name or alias ({@code 英语六级} → CET-6). */
	public Optional<Grade> recognise(String text) {
		return grades.stream().filter(g -> g.isCalled(text)).findFirst();
	}
}
