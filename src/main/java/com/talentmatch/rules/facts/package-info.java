/**
 * The vocabulary rule files see (documented for analysts in {@code rules/README.md}): the
 * role being filled, a candidate and the levels and grades known about them, and what
 * rules declare — requirements, inheritance, the source policy and readiness bands. Plain
 * classes with getters, as Drools patterns expect.
 */
package com.talentmatch.rules.facts;
