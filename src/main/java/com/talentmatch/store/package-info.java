/**
 * Persistence set-up: the embedded H2 file store by default (under
 * {@code talent-match.store-dir}), any JDBC database through
 * {@code spring.datasource.url}; schema by the Flyway migrations in {@code db/migration}.
 */
package com.talentmatch.store;
