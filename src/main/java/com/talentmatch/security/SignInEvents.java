package com.talentmatch.security;

import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import com.talentmatch.audit.AuditLog;

/**
 * Records sign-ins through the login form and every failed sign-in in the audit log
 * (requests signed with Basic or a token are not sign-ins; their denials are recorded by
 * {@link ProblemResponses}).
 */
@Component
class SignInEvents {

	private final ObjectProvider<AuditLog> audit;

	SignInEvents(ObjectProvider<AuditLog> audit) {
		this.audit = audit;
	}

	@EventListener
	void on(InteractiveAuthenticationSuccessEvent e) {
		audit.ifAvailable(a -> a.record(e.getAuthentication().getName(), "login", "session", Map.of()));
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent e) {
		audit.ifAvailable(a -> a.record(String.valueOf(e.getAuthentication().getName()), "login-failed", "session",
				Map.of("failure", e.getException().getClass().getSimpleName())));
	}

}
