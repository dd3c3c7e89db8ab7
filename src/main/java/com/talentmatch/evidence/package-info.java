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
 * simplified, SmartCN words plus the character bigrams of each Chinese run
 * ({@code ~}-prefixed), full-width → half-width, lower case, grades kept whole
 * ({@code cet6}), stop words, Porter stemming and synonym groups (Chinese and English
 * folded onto one Chinese word), all word lists from {@code data/evidence/}
 * ({@link com.talentmatch.evidence.Lexicon}).
 *
 * <h2>Index and matching</h2> {@link com.talentmatch.evidence.IndicatorIndex}: one
 * in-memory Lucene index per model, one document per indicator plus one per competency
 * made of its names and definition; rebuilt on every catalogue change.
 * {@link com.talentmatch.evidence.EvidenceMatcher}: BM25 retrieves candidates, an
 * idf-weighted overlap scores them 0–1; a sentence claims a competency only at
 * {@link com.talentmatch.evidence.MatchSettings#threshold()} or above and with two shared
 * words, so hobbies, canteen prices and heights claim nothing.
 *
 * <h2>Into the rules</h2> {@link com.talentmatch.evidence.InferredLevel} (competency,
 * level, confidence, supporting sentences) is the evidence-sourced level fact, and
 * {@link com.talentmatch.evidence.GradeMention} the grade fact, that the rule base
 * receives.
 *
 * <h2>Measured</h2> {@code bench.EvidenceEvaluation} prints accuracy on
 * {@code data/evidence/devset.tsv} for each method side by side;
 * {@code bench.EvidenceBenchmark} prints sentences per second and the index rebuild time.
 */
package com.talentmatch.evidence;
