/**
 * Competency catalogue: models (素质模型) with ordered level scales, competencies,
 * behavioural indicators, role profiles and grade scales (CET-4 &lt; CET-6 &lt; TEM-8).
 * Loaded and validated from {@code data/}, persisted in the store, served as an immutable
 * {@link com.talentmatch.catalogue.Catalogue} snapshot.
 */
package com.talentmatch.catalogue;
