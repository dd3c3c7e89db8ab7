/**
 * People — internal employees and external applicants — with their assessed levels (and
 * sources), grades, experience and ratings: stored, edited through the API, imported and
 * exported as CSV or XLSX (validated whole). Protected attributes (gender, age, marital
 * or childbearing status, ethnicity, religion) are refused as columns and JSON fields.
 */
package com.talentmatch.candidates;
