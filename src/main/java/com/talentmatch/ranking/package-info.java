/**
 * Ranking a pool for a role: the rules decide must-haves, scores and readiness, evidence
 * matching contributes evidence-sourced levels; every run is audited, and people record
 * the decisions.
 */
package com.talentmatch.ranking;
