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
 * Accepted versions are stored for diff and rollback. The rule editor's API
 * ({@link com.talentmatch.rules.RuleEditing}) checks proposed texts the same way without
 * activating them, and activates them only when every check and scenario passes, by
 * writing them into the rules directory all or nothing
 * ({@link com.talentmatch.rules.RuleWriter}) and reloading.
 *
 * <h2>What rules may run</h2> Rules run inside the service, so before anything is
 * compiled every file is turned into the DRL it becomes
 * ({@link com.talentmatch.rules.DrlSources}: DSLR expanded, decision tables converted),
 * parsed once by Drools' parser ({@link com.talentmatch.rules.ParsedDrl}), and checked by
 * {@link com.talentmatch.rules.RuleSafety}: only the
 * {@link com.talentmatch.rules.Vocabulary} (fact types, Dsl, strings, numbers, Math,
 * collections), no imports, globals, full class names, I/O, processes, threads,
 * reflection, loops or MVEL. The compiler gets exactly the checked packages. Problems
 * name the line of the file the analyst edits. Checking alone: <pre>{@code
 * List<DataProblem> problems = RuleSets.check(RuleFiles.read(Path.of("rules")));
 * }</pre> Stored versions are checked again before a rollback or a start-up fallback uses
 * them. At run time every evaluation fires within a
 * {@link com.talentmatch.rules.RuleBudget} ({@code talent-match.rules-time-budget-ms},
 * and a firing limit): a runaway rule is halted and the call fails with
 * {@link com.talentmatch.rules.RuleBudgetExceededException} naming it.
 *
 * <h2>Never</h2> Rules may not use protected attributes as words (identifiers,
 * properties, sentence words, table columns);
 * {@link com.talentmatch.rules.ProtectedAttributes} refuses them with the line.
 */
package com.talentmatch.rules;
