package com.talentmatch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Every page is usable at a tablet's width and from the keyboard: nothing wider than the
 * window (wide tables scroll inside their box), every control has a label or a name, the
 * first Tab reaches the skip link, which moves to the page's content, and the focused
 * control shows a focus outline.
 */
class UsablePagesTest extends BrowserTest {

	/** The pages, each with a user who may open it. */
	static final List<String[]> PAGES = List.of(new String[] { "viewer", "/" }, new String[] { "viewer", "/catalogue" },
			new String[] { "recruiter", "/catalogue/import" },
			new String[] { "recruiter", "/ranking?role=cs-dept-manager" },
			new String[] { "recruiter", "/people/E0143?role=cs-dept-manager" },
			new String[] { "reviewer", "/talent-review" },
			new String[] { "analyst", "/rules?file=customerservice/manager.dslr" },
			new String[] { "admin", "/reports/adverse-impact" });

	static final String UNLABELLED = """
			return [...document.querySelectorAll('input, select, textarea, button')]
			  .filter(e => e.type !== 'hidden' && e.offsetParent !== null)
			  .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')
			    && !e.getAttribute('aria-labelledby') && !e.title && !(e.tagName === 'BUTTON' && e.textContent.trim()))
			  .map(e => e.outerHTML.slice(0, 120));""";

	@AfterEach
	void wideAgain() {
		browser.manage().window().setSize(new Dimension(1366, 768));
	}

	@Test
	void everyPageFitsATabletAndEveryControlHasAName() throws Exception {
		browser.manage().window().setSize(new Dimension(768, 1024));
		String user = null;
		for (String[] page : PAGES) {
			if (!page[0].equals(user)) {
				signIn(page[0]);
				user = page[0];
			}
			open(page[1] + (page[1].contains("?") ? "&" : "?") + "lang=en");
			waitFor(By.id("main"));
			Thread.sleep(1500); // the page's script fills it from the API
			JavascriptExecutor js = (JavascriptExecutor) browser;
			long overflow = ((Number) js
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
				.longValue();
			assertThat(overflow).as(page[1] + " is wider than 768 px by").isLessThanOrEqualTo(0);
			assertThat((List<?>) js.executeScript(UNLABELLED)).as(page[1] + ": controls without a label or name")
				.isEmpty();
			shot("tablet-" + page[1].replaceAll("[^a-z]+", "-"));
		}
	}

	@Test
	void theKeyboardReachesTheSkipLinkAndShowsTheFocus() {
		signIn("recruiter");
		open("/ranking?lang=en&role=cs-dept-manager");
		waitFor(By.id("ranking-table"));
		new Actions(browser).sendKeys(Keys.TAB).perform();
		WebElement skip = browser.switchTo().activeElement();
		assertThat(skip.getAttribute("class")).isEqualTo("skip");
		assertThat(skip.isDisplayed()).isTrue();
		skip.sendKeys(Keys.ENTER);
		assertThat(browser.getCurrentUrl()).endsWith("#main");
		// the next Tabs go through the page's controls, each with a visible outline
		for (int i = 0; i < 3; i++) {
			new Actions(browser).sendKeys(Keys.TAB).perform();
			WebElement focused = browser.switchTo().activeElement();
			String outline = (String) ((JavascriptExecutor) browser)
				.executeScript("return getComputedStyle(arguments[0]).outlineStyle;", focused);
			assertThat(outline).as("focus outline of " + focused.getTagName() + "#" + focused.getAttribute("id"))
				.isNotEqualTo("none");
			assertThat(focused.getTagName()).isIn("a", "button", "select", "input", "textarea");
		}
	}

}
