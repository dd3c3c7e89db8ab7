/**
 * Benchmarks, run as plain mains (never as tests): each prints figures measured side by
 * side in one run.
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.talentmatch.bench.CatalogueBenchmark}
 */
package com.talentmatch.bench;
