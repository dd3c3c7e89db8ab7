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
 * snapshot: for each indicator (and each competency's names and definition) its analysed
 * text for BM25 and, when a {@link VectorCache} is given, its sentence vector in a
 * {@code KnnFloatVectorField} of the same index. English translations
 * ({@link Translations}) are extra documents of the same indicator. Immutable,
 * thread-safe; a catalogue change builds a new one (embedding only texts the cache has
 * not seen).
 *
 * @param revision catalogue revision it was built from
 * @param analyzer the analysis used for indicators and evidence alike
 * @param models index per model id (models without indicator or definition text are
 * absent)
 * @param vectors the sentence vectors, or {@code null} for a lexical-only index
 * @param background vectors of the lexicon's background sentences (empty without vectors)
 */
public record IndicatorIndex(long revision, EvidenceAnalyzer analyzer, Map<String, ModelIndex> models,
		VectorCache vectors, List<float[]> background, VectorCache englishVectors, List<float[]> englishBackground) {

	/** Lexical only, without translations (the matcher as it was; regression checks). */
	public static IndicatorIndex build(Catalogue catalogue, EvidenceAnalyzer analyzer) {
		return build(catalogue, analyzer, Translations.none(), null);
	}

	/**
	 * Indexes every indicator and definition of every model in {@code catalogue}, with
	 * their translations, and their vectors when {@code vectors} is not {@code null}.
	 */
	public static IndicatorIndex build(Catalogue catalogue, EvidenceAnalyzer analyzer, Translations translations,
			VectorCache vectors) {
		return build(catalogue, analyzer, translations, vectors, false);
	}

	/**
	 * The same; with {@code cachedOnly}, {@code null} instead of embedding when a vector
	 * is not in the cache yet (the caller builds it in the background).
	 */
	public static IndicatorIndex build(Catalogue catalogue, EvidenceAnalyzer analyzer, Translations translations,
			VectorCache vectors, boolean cachedOnly) {
		return build(catalogue, analyzer, translations, vectors, null, cachedOnly);
	}

	/**
	 * The same with English documents also embedded by {@code englishVectors}'s model
	 * (when not {@code null}).
	 */
	public static IndicatorIndex build(Catalogue catalogue, EvidenceAnalyzer analyzer, Translations translations,
			VectorCache vectors, VectorCache englishVectors, boolean cachedOnly) {
		Map<String, List<IndicatorDoc>> docsByModel = new HashMap<>();
		List<String> texts = new ArrayList<>();
		for (CompetencyModel m : catalogue.models().values()) {
			List<IndicatorDoc> docs = docs(m, analyzer, translations, vectors != null);
			if (!docs.isEmpty()) {
				docsByModel.put(m.id(), docs);
				docs.forEach(d -> texts.add(d.semanticText()));
			}
		}
		Map<String, float[]> vectorOf = new HashMap<>();
		List<float[]> background = List.of();
		if (vectors != null) {
			texts.addAll(analyzer.lexicon().background());
			List<String> distinct = texts.stream().distinct().toList();
			List<float[]> v = cachedOnly ? vectors.cachedCatalogue(distinct) : vectors.catalogue(distinct);
			if (v == null) {
				return null;
			}
			for (int i = 0; i < distinct.size(); i++) {
				vectorOf.put(distinct.get(i), v.get(i));
			}
			background = analyzer.lexicon().background().stream().map(vectorOf::get).toList();
		}
		Map<String, float[]> englishOf = new HashMap<>();
		List<float[]> englishBackground = List.of();
		if (vectors != null && englishVectors != null) {
			List<String> english = new ArrayList<>();
			docsByModel.values()
				.forEach(docs -> docs.stream()
					.filter(IndicatorDoc::english)
					.forEach(d -> english.add(d.semanticText())));
			List<String> englishLines = analyzer.lexicon()
				.background()
				.stream()
				.filter(EvidenceMatcher::english)
				.toList();
			english.addAll(englishLines);
			List<String> distinct = english.stream().distinct().toList();
			List<float[]> v = cachedOnly ? englishVectors.cachedCatalogue(distinct)
					: englishVectors.catalogue(distinct);
			if (v == null) {
				return null;
			}
			for (int i = 0; i < distinct.size(); i++) {
				englishOf.put(distinct.get(i), v.get(i));
			}
			englishBackground = englishLines.stream().map(englishOf::get).toList();
		}
		Map<String, ModelIndex> models = new HashMap<>();
		boolean english = vectors != null && englishVectors != null;
		docsByModel.forEach((id, docs) -> models.put(id,
				new ModelIndex(docs, analyzer,
						vectors == null ? null : docs.stream().map(d -> vectorOf.get(d.semanticText())).toList(),
						english ? docs.stream().map(d -> d.english() ? englishOf.get(d.semanticText()) : null).toList()
								: null)));
		return new IndicatorIndex(catalogue.revision(), analyzer, Map.copyOf(models), vectors, background,
				english ? englishVectors : null, englishBackground);
	}

	private static List<IndicatorDoc> docs(CompetencyModel m, EvidenceAnalyzer analyzer, Translations translations,
			boolean semantic) {
		List<IndicatorDoc> docs = new ArrayList<>();
		for (Competency c : m.competencies()) {
			String name = c.name().any();
			boolean hasIndicators = !c.indicators().isEmpty()
					|| c.levels().stream().anyMatch(l -> !l.indicators().isEmpty());
			boolean hasDefinition = c.definition() != null && c.definition().any() != null;
			if (hasIndicators || (semantic && hasDefinition)) {
				docs.add(
						IndicatorDoc
							.of(m.id(), c.id(), name, null, 0, null, definitionText(c), true, false,
									semanticDefinition(c.name().zh(),
											c.definition() == null ? null : c.definition().zh(), definitionText(c)),
									analyzer));
				if (semantic && c.definition() != null && c.definition().zh() != null && c.definition().en() != null) {
					String en = semanticDefinition(c.name().en(), c.definition().en(), null);
					if (en != null) {
						docs.add(IndicatorDoc.of(m.id(), c.id(), name, null, 0, null, en, true,
								m.englishIsTranslation(), en, analyzer));
					}
				}
			}
			for (Indicator i : c.indicators()) {
				add(docs, m, c, name, null, 0, i, translations, analyzer);
			}
			for (CompetencyLevel l : c.levels()) {
				int rank = c.scale()
					.stream()
					.filter(s -> s.code().equals(l.code()))
					.mapToInt(ScaleLevel::rank)
					.findFirst()
					.orElse(0);
				for (Indicator i : l.indicators()) {
					add(docs, m, c, name, l.code(), rank, i, translations, analyzer);
				}
			}
		}
		return docs;
	}

	private static void add(List<IndicatorDoc> docs, CompetencyModel m, Competency c, String name, String level,
			int rank, Indicator i, Translations translations, EvidenceAnalyzer analyzer) {
		docs.add(IndicatorDoc.of(m.id(), c.id(), name, level, rank, i.subTheme(), i.text(), false, analyzer));
		String en = translations.of(m.id(), c.id(), i.text());
		if (en != null) {
			docs.add(IndicatorDoc.of(m.id(), c.id(), name, level, rank, i.subTheme(), en, false, true, en, analyzer));
		}
	}

	/** "name: definition" in one language, else {@code fallback}. */
	private static String semanticDefinition(String name, String definition, String fallback) {
		if (definition == null || definition.isBlank()) {
			return fallback == null ? null : fallback;
		}
		return name == null ? definition : name + ": " + definition;
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

	/** Whether English documents carry the English model's vectors too. */
	public boolean english() {
		return englishVectors != null;
	}

	/** Whether sentence vectors are indexed (the semantic view is on). */
	public boolean semantic() {
		return vectors != null;
	}

	/**
	 * Number of indexed documents (indicators, definitions, translations) over all
	 * models.
	 */
	public int size() {
		return models.values().stream().mapToInt(ModelIndex::size).sum();
	}
}
