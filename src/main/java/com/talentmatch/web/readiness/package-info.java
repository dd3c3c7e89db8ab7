/**
 * Readiness: the service refuses business traffic (503, {@code Retry-After}) until its
 * startup loaders are done, and says so on {@code /actuator/health/readiness}.
 */
package com.talentmatch.web.readiness;
