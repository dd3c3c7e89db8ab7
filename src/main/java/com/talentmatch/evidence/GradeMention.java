package com.talentmatch.evidence;

/**
 * A grade recognised in evidence text ({@code 英语六级} → {@code english/CET-6}): a grade
 * fact for the rule base.
 *
 * @param scale grade scale id
 * @param grade grade code
 * @param rank the grade's rank in its scale
 * @param text the words as written
 * @param sentence index of the sentence it was found in
 */
public record GradeMention(String scale, String grade, int rank, String text, int sentence) {
}
