package com.talentmatch.web.pages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves the pages. Each is a Thymeleaf template with its labels; the page's script
 * fetches the data from the same API integrations use, with the session of the sign-in.
 */
@Controller
class PageController {

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/")
	String home() {
		return WebPage.HOME.view();
	}

	@GetMapping("/catalogue")
	String catalogue() {
		return WebPage.CATALOGUE.view();
	}

	@GetMapping("/catalogue/import")
	String importing() {
		return WebPage.IMPORT.view();
	}

	@GetMapping("/ranking")
	String ranking() {
		return WebPage.RANKING.view();
	}

	@GetMapping("/people/{id}")
	String person(@PathVariable String id, Model model) {
		model.addAttribute("personId", id);
		return WebPage.PERSON.view();
	}

	@GetMapping("/talent-review")
	String talentReview() {
		return WebPage.TALENT_REVIEW.view();
	}

	@GetMapping("/rules")
	String rules() {
		return WebPage.RULES.view();
	}

	@GetMapping("/reports/adverse-impact")
	String reports() {
		return WebPage.REPORTS.view();
	}

}
