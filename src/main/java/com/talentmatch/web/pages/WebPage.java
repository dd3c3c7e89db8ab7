package com.talentmatch.web.pages;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.Authentication;

import com.talentmatch.security.Role;

/**
 * The pages of the web application and who may open them: the one table the navigation,
 * the page controller and the security configuration are built from. A page's data comes
 * from the API, which checks the caller again (security.EndpointAccess).
 */
public enum WebPage {

	/** What the signed-in user can do, with links. */
	HOME("/", "home", EnumSet.allOf(Role.class), false),
	/** Models, competencies, level scales and indicators; search. */
	CATALOGUE("/catalogue", "catalogue", EnumSet.allOf(Role.class), true),
	/** Import a framework (analysts, admins) or a candidate file (people roles). */
	IMPORT("/catalogue/import", "import",
			EnumSet.of(Role.RULE_EDITOR, Role.ADMIN, Role.RECRUITER, Role.TALENT_REVIEWER), true),
	/** Rank a pool for a role, record decisions. */
	RANKING("/ranking", "ranking", EnumSet.of(Role.RECRUITER, Role.TALENT_REVIEWER, Role.ADMIN), true),
	/** One person against a role: radar, sources, evidence, decisions, plan. */
	PERSON("/people/{id}", "person", EnumSet.of(Role.RECRUITER, Role.TALENT_REVIEWER, Role.ADMIN), false),
	/** Successor slates, bench strength, the 9-box. */
	TALENT_REVIEW("/talent-review", "talent-review", EnumSet.of(Role.TALENT_REVIEWER, Role.ADMIN), true),
	/** Edit, validate, preview and activate rule files; versions. */
	RULES("/rules", "rules", EnumSet.of(Role.RULE_EDITOR), true),
	/** The adverse-impact report. */
	REPORTS("/reports/adverse-impact", "reports", EnumSet.of(Role.ADMIN), true);

	private final String path;

	private final String view;

	private final Set<Role> roles;

	private final boolean inNavigation;

	WebPage(String path, String view, Set<Role> roles, boolean inNavigation) {
		this.path = path;
		this.view = view;
		this.roles = roles;
		this.inNavigation = inNavigation;
	}

	/** The path, {@code {id}} for a path variable. */
	public String path() {
		return path;
	}

	/** The Thymeleaf template, also the key of its label ({@code nav.<view>}). */
	public String view() {
		return view;
	}

	public Set<Role> roles() {
		return roles;
	}

	/** The path pattern the security configuration matches. */
	public String pattern() {
		return path.replace("{id}", "*");
	}

	public String[] authorities() {
		return roles.stream().map(Role::code).toArray(String[]::new);
	}

	/** Whether the caller may open the page. */
	public boolean allows(Authentication caller) {
		return Role.anyHeldBy(caller, roles);
	}

	/** The navigation the caller sees, in order. */
	static List<WebPage> navigation(Authentication caller) {
		return Arrays.stream(values()).filter(p -> p.inNavigation && p.allows(caller)).toList();
	}

}
