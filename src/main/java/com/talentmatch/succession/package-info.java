/**
 * Succession for key roles: successors by readiness band, slates, bench strength, and the
 * calibrated 9-box.
 */
package com.talentmatch.succession;
