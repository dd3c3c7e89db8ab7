/**
 * Tables read from CSV (UTF-8, comma or semicolon) and XLSX files, with spreadsheet row
 * numbers for messages; tables written for people (bold frozen header, autofilter,
 * widths, numbers and dates), headers in Chinese or English ({@link ExportLanguage}), and
 * the formula-injection guard both ways ({@link CellGuard}). The export columns are
 * listed in {@code docs/exports.md}.
 */
package com.talentmatch.table;
