/**
 * Import of an external competency framework from one CSV or XLSX table (layout in the
 * README, "Importing a framework"): the whole file is validated first and either stored
 * whole or refused with every problem's row and column.
 */
package com.talentmatch.catalogue.importing;
