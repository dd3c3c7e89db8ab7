package com.talentmatch.web.pages;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;

import com.talentmatch.security.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;
import tools.jackson.databind.json.JsonMapper;

/** Puts the {@link Shell} into every page's model. */
@ControllerAdvice(assignableTypes = PageController.class)
class ShellAdvice {

	private final WebMessages messages;

	private final boolean demo;

	ShellAdvice(@Value("${spring.messages.basename}") String basenames, JsonMapper mapper,
			@Value("${talent-match.demo:false}") boolean demo) {
		this.messages = new WebMessages(basenames, mapper);
		this.demo = demo;
	}

	/** Whether the demo users exist (the login page names them). */
	@ModelAttribute("demo")
	boolean demo() {
		return demo;
	}

	@ModelAttribute("shell")
	Shell shell(HttpServletRequest request, Authentication caller, Locale locale) {
		String lang = WebMessages.language(locale);
		String uri = request.getRequestURI().substring(request.getContextPath().length());
		List<Shell.Item> nav = WebPage.navigation(caller)
			.stream()
			.map(p -> new Shell.Item(p.path(), "nav." + p.view(),
					p == WebPage.HOME ? uri.equals("/") : uri.equals(p.path()) || uri.startsWith(p.path() + "/")))
			.toList();
		List<String> roles = caller == null ? List.of()
				: caller.getAuthorities()
					.stream()
					.map(GrantedAuthority::getAuthority)
					.filter(a -> Role.fromCode(a).isPresent())
					.toList();
		return new Shell(caller == null ? null : caller.getName(), roles, nav, lang, switchTo(request, "zh"),
				switchTo(request, "en"), messages.json(lang));
	}

	private static String switchTo(HttpServletRequest request, String lang) {
		UriComponents here = ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang", lang).build();
		return here.getPath() + "?" + here.getQuery();
	}

}
