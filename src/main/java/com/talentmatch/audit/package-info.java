/**
 * The tamper-evident audit log of logins, denials, rule changes, rankings, decisions,
 * exports, imports and erasures.
 */
package com.talentmatch.audit;
