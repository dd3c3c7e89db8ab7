package com.talentmatch.evidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.talentmatch.catalogue.Catalogue;
import com.talentmatch.catalogue.Competency;
import com.talentmatch.catalogue.CompetencyLevel;
import com.talentmatch.catalogue.CompetencyModel;
import com.talentmatch.catalogue.Indicator;
import com.talentmatch.catalogue.ScaleLevel;

/**
 * Every model's indicators, one Lucene index per model, built from one catalogue
 * snapshot. Immutable, thread-safe; a catalogue change builds a new one.
 *
 * @param revision catalogue revision it was built from
 * @param analyzer the analysis used for indicators and evidence alike
 * @param models index per model id (models without indicator text are absent)
 */
public record IndicatorIndex(long revision, EvidenceAnalyzer analyzer, Map<String, ModelIndex> models) {

	/** Indexes every indicator of every model in {@code catalogue}. */
	public static IndicatorIndex build(Catalogue catalogue, EvidenceAnalyzer analyzer) {
		Map<String, ModelIndex> models = new HashMap<>();
		for (CompetencyModel m : catalogue.models().values()) {
			List<IndicatorDoc> docs = new ArrayList<>();
			for (Competency c : m.competencies()) {
				String name = c.name().any();
				boolean hasIndicators = !c.indicators().isEmpty()
						|| c.levels().stream().anyMatch(l -> !l.indicators().isEmpty());
				if (hasIndicators) {
					String definition = definitionText(c);
					docs.add(IndicatorDoc.of(m.id(), c.id(), name, null, 0, null, definition, true, analyzer));
				}
				for (Indicator i : c.indicators()) {
					docs.add(IndicatorDoc.of(m.id(), c.id(), name, null, 0, i.subTheme(), i.text(), false, analyzer));
				}
				for (CompetencyLevel l : c.levels()) {
					int rank = c.scale()
						.stream()
						.filter(s -> s.code().equals(l.code()))
						.mapToInt(ScaleLevel::rank)
						.findFirst()
						.orElse(0);
					for (Indicator i : l.indicators()) {
						docs.add(IndicatorDoc.of(m.id(), c.id(), name, l.code(), rank, i.subTheme(), i.text(), false,
								analyzer));
					}
				}
			}
			if (!docs.isEmpty()) {
				models.put(m.id(), new ModelIndex(docs, analyzer));
			}
		}
		return new IndicatorIndex(catalogue.revision(), analyzer, Map.copyOf(models));
	}

	/** The competency's names (zh, en, aliases) and definition (zh, en) as one text. */
	private static String definitionText(Competency c) {
		List<String> parts = new ArrayList<>();
		parts.add(c.name().zh());
		parts.add(c.name().en());
		parts.addAll(c.aliases());
		if (c.definition() != null) {
			parts.add(c.definition().zh());
			parts.add(c.definition().en());
		}
		return String.join("。", parts.stream().filter(p -> p != null && !p.isBlank()).toList());
	}

	Optional<ModelIndex> model(String id) {
		return Optional.ofNullable(models.get(id));
	}

	/** Number of indexed indicators over all models. */
	public int size() {
		return models.values().stream().mapToInt(ModelIndex::size).sum();
	}
}
