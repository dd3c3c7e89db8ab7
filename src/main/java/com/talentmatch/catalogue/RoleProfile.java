package com.talentmatch.catalogue;

import java.util.List;

/**
 * A role the source defines for a model: the competencies it needs and its qualifications
 * (任职资格).
 *
 * @param id role id, unique across the catalogue
 * @param name role names
 * @param family the role family it belongs to (a job with several role levels, such as
 * {@code Software engineering}), or {@code null}
 * @param competencies competency references, each {@code model/competency}
 * @param qualifications qualification lines, verbatim
 * @param notes free text, or {@code null}
 */
public record RoleProfile(String id, LocalizedText name, String family, List<String> competencies,
		List<String> qualifications, String notes) {

	public RoleProfile {
		competencies = Lists.copy(competencies);
		qualifications = Lists.copy(qualifications);
	}
}
