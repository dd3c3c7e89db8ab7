package com.talentmatch.rules;

import java.time.Instant;

/**
 * One version of the rule set.
 *
 * @param id short id (the first 12 characters of the hash)
 * @param hash SHA-256 over every file's path and content
 * @param createdAt when it was first built
 * @param author who made it, when known
 * @param files number of files
 */
public record RuleVersion(String id, String hash, Instant createdAt, String author, int files) {
}
