/**
 * Evidence matching: a person's free text (interview notes, 360 comments,
 * self-appraisals, résumé lines) matched sentence by sentence against the behavioural
 * indicators of a competency model, so the service can say "this sentence is evidence of
 * 沟通能力 at 3级" and show why.
 *
 * <h2>To use</h2> <pre>{@code
 * MatchResult r = evidenceService.match("cs-dept", "她能预见到不同客户的关注点,针对不同对象采取相应的沟通策略。");
 * r.sentences().get(0).competency();   // "communication"
 * r.sentences().get(0).level();        // "3"
 * r.competencies();                    // one InferredLevel per competency with claimed sentences
 * r.grades();                          // CET-6, 英语六级 … recognised in the text
 * }</pre> Over HTTP: {@code POST /api/evidence/match}; full-text search of stored
 * documents: {@code /api/evidence/search}.
 *
 * <h2>Protected terms</h2> Before any evidence text is analysed, matched, tagged or
 * indexed for search, {@link com.talentmatch.evidence.ProtectedTerms} replaces each span
 * that states a protected attribute (性别, 32岁, 已婚, 汉族, religion …; the list is
 * {@code data/evidence/protected-terms.txt}) with {@code [*]}; each
 * {@link com.talentmatch.evidence.SentenceMatch} lists its
 * {@link com.talentmatch.evidence.Redaction}s, so the explanation shows that words were
 * removed and which entry removed them.
 *
 * <h2>Analysis</h2> {@link com.talentmatch.evidence.EvidenceAnalyzer}: traditional →
 * simplified by ICU's {@code Traditional-Simplified} transform
 * ({@link com.talentmatch.evidence.Simplified}), SmartCN words plus the character bigrams
 * of each Chinese run ({@code ~}-prefixed), full-width → half-width, lower case, grades
 * kept whole ({@code cet6}), stop words, Porter stemming and synonym groups (Chinese and
 * English folded onto one Chinese word); every filter works on code points (𩬅 is one
 * character). Word lists from {@code data/evidence/}
 * ({@link com.talentmatch.evidence.Lexicon}).
 *
 * <h2>Index and matching: lexical + semantic</h2>
 * {@link com.talentmatch.evidence.IndicatorIndex}: one in-memory Lucene index per model,
 * one document per indicator, per English translation of an indicator
 * ({@code data/evidence/translations/}, marked as ours) and per competency definition;
 * each with its analysed text for BM25 and its sentence vector in a
 * {@code KnnFloatVectorField}. Vectors come from
 * {@link com.talentmatch.evidence.BgeSmallZhEncoder} (bge-small-zh-v1.5, ONNX,
 * in-process, from a Maven Central jar) through the
 * {@link com.talentmatch.evidence.VectorCache} (catalogue texts on disk by model and text
 * hash, so a restart embeds nothing). {@link com.talentmatch.evidence.EvidenceMatcher}:
 * per sentence a BM25 overlap score and a kNN cosine (less the cosine of the nearest
 * background sentence, {@code data/evidence/non-evidence.txt}), fused into one 0–1 score,
 * claimed above the threshold calibrated on the hard dev set
 * ({@link com.talentmatch.evidence.MatchSettings#HYBRID}). Sentences stating a weakness
 * ({@link com.talentmatch.evidence.Weakness}) are
 * {@link com.talentmatch.evidence.DevelopmentNeed}s, never evidence. A claim that matched
 * only a definition has no level. {@code talent-match.evidence.semantic=false} gives the
 * lexical matcher alone ({@link com.talentmatch.evidence.MatchSettings#DEFAULT}).
 *
 * <h2>Into the rules</h2> {@link com.talentmatch.evidence.InferredLevel} (competency,
 * level, confidence, supporting sentences: the highest level that the claims at it or
 * above support, two sentences where possible) is the evidence-sourced level fact, and
 * {@link com.talentmatch.evidence.GradeMention} the grade fact, that the rule base
 * receives.
 *
 * <h2>Measured</h2> {@code bench.HardSetEvaluation} prints lexical, semantic and fused
 * accuracy on the hard dev set ({@code data/evidence/devset-hard*.tsv}) side by side,
 * calibration and test halves; {@code bench.EvidenceEvaluation} the first dev set
 * ({@code devset.tsv}, a regression check); {@code bench.SemanticBenchmark} and
 * {@code bench.EvidenceBenchmark} the speed. Full figures: {@code docs/evidence.md}.
 */
package com.talentmatch.evidence;
