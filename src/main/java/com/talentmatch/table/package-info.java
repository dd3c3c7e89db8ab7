/**
 * Tables read from CSV (UTF-8, comma or semicolon) and XLSX files, with spreadsheet row
 * numbers for messages.
 */
package com.talentmatch.table;
