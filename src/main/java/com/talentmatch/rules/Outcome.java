package com.talentmatch.rules;

/**
 * One requirement judged for one candidate, with its explanation.
 *
 * @param requirement the requirement, with the rule, file and line that declared it
 * @param met whether it is met
 * @param gap how far short: levels, grade ranks or years (0 when met)
 * @param actual the candidate's level, grade or years that counted, or {@code null} when none
 * @param actualSource the source of that level ({@code assessment}, {@code evidence} …), or {@code null}
 * @param reasonZh why, in Chinese
 * @param reasonEn why, in English
 */
public record Outcome(ResolvedRequirement requirement, boolean met, double gap, String actual, String actualSource,
		String reasonZh, String reasonEn) {
}
