/**
 * Import of an external competency framework from one CSV or XLSX table (layout in the
 * docs/importing.md), with its role levels from a roles table (a sheet named
 * {@code roles}, or a second file; layout in {@code docs/importing.md}): both are
 * validated first and either stored whole or refused with every problem's file, row and
 * column.
 */
package com.talentmatch.catalogue.importing;
