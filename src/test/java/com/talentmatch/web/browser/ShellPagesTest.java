package com.talentmatch.web.browser;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in, the navigation each role sees, refused pages, the language switch. */
class ShellPagesTest extends BrowserTest {

	static final Map<String, List<String>> NAVIGATION = Map.of("recruiter", List.of("catalogue", "import", "ranking"),
			"reviewer", List.of("catalogue", "import", "ranking", "talent-review"), "analyst",
			List.of("catalogue", "import", "rules"), "admin",
			List.of("catalogue", "import", "ranking", "talent-review", "reports"), "viewer", List.of("catalogue"));

	static final Map<String, String> PAGES = Map.of("catalogue", "/catalogue", "import", "/catalogue/import", "ranking",
			"/ranking", "talent-review", "/talent-review", "rules", "/rules", "reports", "/reports/adverse-impact");

	@Test
	void eachRoleSeesOnlyItsPagesAndIsRefusedTheOthers() {
		for (var entry : NAVIGATION.entrySet()) {
			String user = entry.getKey();
			signIn(user);
			assertThat(browser.findElement(By.id("signed-in-user")).getText()).isEqualTo(user);
			List<String> nav = browser.findElements(By.cssSelector("nav.nav a"))
				.stream()
				.map(a -> a.getAttribute("id").substring("nav-".length()))
				.toList();
			assertThat(nav).as(user).isEqualTo(entry.getValue());
			for (var pages : PAGES.entrySet()) {
				String page = pages.getValue();
				open(page);
				boolean allowed = entry.getValue().contains(pages.getKey());
				if (allowed) {
					assertThat(browser.findElements(By.id("error-message"))).as(user + " " + page).isEmpty();
				}
				else {
					assertThat(waitFor(By.id("error-message")).getText()).as(user + " " + page)
						.isEqualTo("Your role may not use this page.");
				}
			}
		}
		shot("viewer-refused");
	}

	@Test
	void aWrongPasswordIsRefusedOnTheSignInPage() {
		browser.manage().deleteAllCookies();
		open("/ranking");
		assertThat(browser.getCurrentUrl()).as("signed out: to the sign-in page").endsWith("/login");
		browser.findElement(By.id("username")).sendKeys("recruiter");
		browser.findElement(By.id("password")).sendKeys("not-the-password");
		browser.findElement(By.id("sign-in")).click();
		assertThat(waitFor(By.id("login-error")).getText()).contains("not right");
	}

	@Test
	void theLanguageSwitchKeepsThePageAndChangesEveryLabel() {
		signIn("admin");
		open("/catalogue?lang=en&q=communication");
		List<String> english = labels();
		browser.findElement(By.id("lang-zh")).click();
		waitForText(By.id("nav-catalogue"), "素质模型库");
		assertThat(browser.getCurrentUrl()).as("same page, same query")
			.contains("/catalogue?")
			.contains("q=communication");
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh");
		List<String> chinese = labels();
		assertThat(chinese).hasSameSizeAs(english);
		for (int i = 0; i < english.size(); i++) {
			assertThat(chinese.get(i)).as("label %d (%s)", i, english.get(i)).isNotEqualTo(english.get(i));
		}
		assertThat(chinese).contains("人才排序", "人才盘点", "报告", "退出登录");
		open("/ranking");
		assertThat(browser.findElement(By.id("nav-ranking")).getText()).as("remembered").isEqualTo("人才排序");
		browser.findElement(By.id("lang-en")).click();
		waitForText(By.id("nav-ranking"), "Ranking");
	}

	private List<String> labels() {
		List<String> out = new java.util.ArrayList<>(
				browser.findElements(By.cssSelector("nav.nav a")).stream().map(WebElement::getText).toList());
		out.add(browser.findElement(By.id("sign-out")).getText());
		out.add(browser.findElement(By.tagName("h1")).getText());
		return out;
	}

}
