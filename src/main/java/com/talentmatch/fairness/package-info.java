/**
 * Fairness: voluntary self-identification, stored apart from the candidate record, and
 * the adverse-impact report (selection rates and impact ratios per group, the four-fifths
 * flag). Self-identification is joined to outcomes only after the rules have judged
 * everyone: it never reaches the rules, rankings, exports or evidence.
 */
package com.talentmatch.fairness;
