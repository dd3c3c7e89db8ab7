package com.talentmatch.catalogue;

import java.util.List;
import java.util.Optional;

/**
 * A competency model (素质模型). Immutable.
 *
 * @param id model id, unique in the catalogue
 * @param name model names
 * @param englishIsTranslation true when English texts are our translation of a Chinese
 * source
 * @param source where the model was read from (seed file and section, or imported file)
 * @param origin {@code seed} (from {@code data/}) or {@code import}
 * @param scale the ordered default level scale, low to high
 * @param competencies competencies in source order
 * @param roles role profiles
 * @param ambiguities recorded ambiguities of the source reading
 */
public record CompetencyModel(String id, LocalizedText name, boolean englishIsTranslation, String source, String origin,
		List<ScaleLevel> scale, List<Competency> competencies, List<RoleProfile> roles, List<Ambiguity> ambiguities) {

	public static final String SEED = "seed";

	public static final String IMPORT = "import";

	public CompetencyModel {
		scale = Lists.copy(scale);
		competencies = Lists.copy(competencies);
		roles = Lists.copy(roles);
		ambiguities = Lists.copy(ambiguities);
	}

	public Optional<Competency> competency(String competencyId) {
		return competencies.stream().filter(c -> c.id().equals(competencyId)).findFirst();
	}

	/** The same model with these role profiles. */
	public CompetencyModel withRoles(List<RoleProfile> newRoles) {
		return new CompetencyModel(id, name, englishIsTranslation, source, origin, scale, competencies, newRoles,
				ambiguities);
	}

	/** The same model with another origin. */
	public CompetencyModel withOrigin(String newOrigin) {
		return new CompetencyModel(id, name, englishIsTranslation, source, newOrigin, scale, competencies, roles,
				ambiguities);
	}
}
