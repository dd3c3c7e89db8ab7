package com.talentmatch.evidence;

/**
 * One sentence of evidence text, with its place in the original text.
 *
 * @param index 0-based position among the text's sentences
 * @param text the sentence, trimmed, without bullet or numbering
 * @param start offset of {@code text} in the original text
 * @param end offset just past it
 */
public record Sentence(int index, String text, int start, int end) {
}
