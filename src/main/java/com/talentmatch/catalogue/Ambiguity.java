package com.talentmatch.catalogue;

/**
 * A place where the source allowed more than one reading, and the reading chosen.
 *
 * @param at where in the model
 * @param note what was ambiguous and why this reading
 */
public record Ambiguity(String at, String note) {
}
