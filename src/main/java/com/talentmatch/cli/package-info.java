/**
 * Command-line use of the same jar: {@code validate-data}, {@code import-model FILE},
 * {@code list-models}.
 */
package com.talentmatch.cli;
