package com.talentmatch.catalogue;

/**
 * A behavioural indicator (行为表现 / 评估因子): the text the evidence index matches.
 *
 * @param text the indicator text, verbatim from the source
 * @param subTheme the Chinese name of the sub-theme (亚主题) it belongs to, or {@code null}
 */
public record Indicator(String text, String subTheme) {
}
