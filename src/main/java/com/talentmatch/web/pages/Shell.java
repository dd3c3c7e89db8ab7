package com.talentmatch.web.pages;

import java.util.List;

/**
 * What every page shows around its content: the signed-in user, the navigation that user
 * may use, the language switch that keeps the page, and the labels for the page's script.
 *
 * @param user the signed-in user's name
 * @param roles the user's role codes
 * @param nav the pages the user may open, in order
 * @param lang {@code zh} or {@code en}
 * @param zhUrl this page in Chinese
 * @param enUrl this page in English
 * @param messagesJson every label in {@code lang}, as a JSON object for the page's script
 */
record Shell(String user, List<String> roles, List<Item> nav, String lang, String zhUrl, String enUrl,
		String messagesJson) {

	/**
	 * One navigation entry.
	 *
	 * @param path where it goes
	 * @param key its label's key
	 * @param active whether it is the page shown
	 */
	record Item(String path, String key, boolean active) {
	}

}
