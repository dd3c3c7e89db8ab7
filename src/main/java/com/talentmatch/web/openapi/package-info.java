/**
 * The OpenAPI contract ({@code /v3/api-docs}, Swagger UI): operation ids, schema names,
 * security schemes, error responses and examples, from
 * {@code src/main/resources/openapi/}.
 */
package com.talentmatch.web.openapi;
