/**
 * Errors that happen outside the controllers as problem details: Tomcat's error report
 * ({@link com.talentmatch.web.errors.ProblemReportValve}) and the error page
 * ({@code /error}).
 */
package com.talentmatch.web.errors;
