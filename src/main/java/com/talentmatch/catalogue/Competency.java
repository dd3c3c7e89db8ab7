package com.talentmatch.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One competency of a model, with its own ordered scale (the model's unless the data
 * overrides it) and the indicators of each level it describes.
 *
 * @param id stable id, unique within the model
 * @param name names
 * @param aliases other names the source uses
 * @param category kind of competency
 * @param cluster grouping the source uses, or {@code null}
 * @param definition definition, or {@code null}
 * @param why why it matters (为什么), or {@code null}
 * @param subThemes sub-themes (亚主题)
 * @param scale the ordered scale this competency's levels use
 * @param levels levels with indicators, in scale order
 * @param indicators behavioural indicators the source gives for the competency without a
 * level
 * @param notes free-text notes, or {@code null}
 */
public record Competency(String id, LocalizedText name, List<String> aliases, Category category, LocalizedText cluster,
		LocalizedText definition, LocalizedText why, List<LocalizedText> subThemes, List<ScaleLevel> scale,
		List<CompetencyLevel> levels, List<Indicator> indicators, String notes) {

	public Competency {
		aliases = Lists.copy(aliases);
		subThemes = Lists.copy(subThemes);
		scale = Lists.copy(scale);
		levels = Lists.copy(levels);
		indicators = Lists.copy(indicators);
	}

	/** The level with this code, if the competency describes it. */
	public Optional<CompetencyLevel> level(String code) {
		return levels.stream().filter(l -> l.code().equals(code)).findFirst();
	}

	/** Number of indicators over all levels, plus those without a level. */
	public int indicatorCount() {
		return indicators.size() + levels.stream().mapToInt(l -> l.indicators().size()).sum();
	}

	/** True when the name, an alias or the id contains {@code query}, ignoring case. */
	public boolean matchesName(String query) {
		return name.contains(query) || id.contains(query.toLowerCase(Locale.ROOT))
				|| aliases.stream().anyMatch(a -> a.contains(query));
	}
}
