/**
 * Role requirements as Drools rules: the files in {@code rules/} (DRL, Chinese/English
 * DSL sentences, decision tables) compiled into one rule base, validated against the
 * catalogue, hot-reloaded, versioned and tested by scenarios.
 *
 * <h2>To use</h2> <pre>{@code
 * Evaluation e = ruleService.evaluator().evaluate("客户服务部经理", candidate);
 * e.eligible();      // every must-have met
 * e.band();          // "ready-now", "ready-1-2y", "ready-3y" or "not-ready"
 * e.outcomes();      // each requirement: met, gap, the level that counted, rule name, file, line, reason zh/en
 * }</pre>
 *
 * <h2>How the rules run</h2> Rule files <em>declare</em>: requirements, inheritance,
 * readiness bands and the source policy ({@link com.talentmatch.rules.facts}).
 * {@link com.talentmatch.rules.RuleSetBuilder} fires these declarations once per build
 * and resolves every name against the catalogue, reporting problems with file and line.
 * The {@link com.talentmatch.rules.Evaluator} applies them to each candidate, then runs
 * one Drools session per batch of {@link com.talentmatch.rules.facts.Assessment} facts,
 * where adjustment rules fire only for the candidates they concern. The common path
 * therefore fires almost nothing; measured against a plain loop in
 * {@code bench.RuleBenchmark}.
 *
 * <h2>Changing the rules</h2> {@link com.talentmatch.rules.RuleService} reloads on file
 * changes ({@link com.talentmatch.rules.RuleWatcher}) and on request. A rule set that
 * fails to compile, validate or pass its scenarios never replaces the active one.
 * Accepted versions are stored for diff and rollback.
 *
 * <h2>Never</h2> Rules may not use protected attributes;
 * {@link com.talentmatch.rules.ProtectedAttributes} refuses them with the line.
 */
package com.talentmatch.rules;
