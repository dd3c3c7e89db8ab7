package com.talentmatch.evidence;

/**
 * A sentence stating a weakness: a development need, never evidence.
 *
 * @param competency the competency it is about (its best match), or {@code null}
 * @param competencyName its name
 * @param sentence index of the sentence
 * @param words the words that mark it as a weakness ("还需要加强", "needs to improve")
 */
public record DevelopmentNeed(String competency, String competencyName, int sentence, String words) {
}
