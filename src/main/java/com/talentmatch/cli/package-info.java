/**
 * Command-line use of the same jar ({@code java -jar talent-match.jar COMMAND}):
 * catalogue and rule checks, imports, rankings, rule previews, adverse impact, backups,
 * the audit check and {@code reload-rules} against a running service. Store commands run
 * in a slim non-web context ({@code CliBeans}); see {@code docs/cli.md}.
 */
package com.talentmatch.cli;
