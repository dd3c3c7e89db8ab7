package com.talentmatch.catalogue;

/**
 * One step of an ordered level scale.
 *
 * @param code the short code used everywhere else ({@code "3"}, {@code "S"},
 * {@code "Si"})
 * @param rank 1-based position, low to high
 * @param label display label
 */
public record ScaleLevel(String code, int rank, LocalizedText label) {
}
