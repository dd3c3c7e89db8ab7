/**
 * The web application: server-rendered pages (Thymeleaf templates under
 * {@code templates/}) in Chinese and English, one script per page under
 * {@code static/js/} that reads and writes through the public API with the session of the
 * sign-in, charts with ECharts from its WebJar.
 * <ul>
 * <li>{@link com.talentmatch.web.pages.WebPage} — the pages and who may open them (the
 * navigation and the security configuration are built from it);</li>
 * <li>{@link com.talentmatch.web.pages.ShellAdvice} — user, navigation, language switch
 * and labels around every page;</li>
 * <li>{@link com.talentmatch.web.pages.WebConfiguration} — the language: {@code ?lang=},
 * a cookie, the browser's language;</li>
 * <li>labels: {@code messages/web*.properties} (English) and {@code _zh} (Chinese), one
 * pair per page group; {@code WebMessagesTest} checks both have the same keys.</li>
 * </ul>
 */
package com.talentmatch.web.pages;
