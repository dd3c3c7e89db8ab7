/**
 * Role profiles of imported models: checked the same way whether they come from a
 * framework import's roles table or from the API ({@code POST /api/models/{id}/roles}),
 * and stored with their model, so rule files can name them.
 */
package com.talentmatch.catalogue.roles;
