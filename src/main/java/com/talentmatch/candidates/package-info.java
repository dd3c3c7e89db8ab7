/**
 * People — internal employees and external applicants — with their assessed levels (and
 * sources), grades, experience and ratings: stored, edited through the API, imported and
 * exported as CSV or XLSX (validated whole).
 */
package com.talentmatch.candidates;
