package com.talentmatch.security;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.talentmatch.audit.AuditLog;
import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.InvalidDataException;

import io.swagger.v3.oas.annotations.Operation;

/** The signed-in user's own account: who am I, my password, my API tokens. */
@RestController
@RequestMapping("/api")
class AccountController {

	private final UserService users;

	private final ObjectProvider<AuditLog> audit;

	AccountController(UserService users, ObjectProvider<AuditLog> audit) {
		this.users = users;
		this.audit = audit;
	}

	/**
	 * A password change.
	 *
	 * @param currentPassword the password now
	 * @param newPassword the new one, at least 12 characters
	 */
	record PasswordChange(String currentPassword, String newPassword) {
	}

	/**
	 * @param name what the token is for
	 */
	record TokenRequest(String name) {
	}

	@Operation(summary = "Who is signed in: user name, roles, export permission")
	@GetMapping("/me")
	UserAccount me(Principal principal) {
		return users.get(principal.getName());
	}

	@Operation(summary = "Change your own password (give the current one)")
	@PutMapping("/me/password")
	ResponseEntity<Void> changePassword(@RequestBody PasswordChange body, Principal principal) {
		if (!users.passwordMatches(principal.getName(), body.currentPassword())) {
			throw new InvalidDataException(
					List.of(new DataProblem("request", 0, "currentPassword", "the current password is not right")));
		}
		users.setPassword(principal.getName(), body.newPassword());
		audit.ifAvailable(
				a -> a.record(principal.getName(), "password-changed", "user/" + principal.getName(), Map.of()));
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Your API tokens (never their values)")
	@GetMapping("/tokens")
	List<TokenRepository.ApiToken> tokens(Principal principal) {
		return users.tokens(principal.getName());
	}

	@Operation(summary = "Create an API token for the API and the CLI; its value is shown this once")
	@PostMapping("/tokens")
	ResponseEntity<UserService.NewToken> createToken(@RequestBody TokenRequest body, Principal principal) {
		UserService.NewToken token = users.createToken(principal.getName(), body == null ? null : body.name());
		audit.ifAvailable(a -> a.record(principal.getName(), "token-created", "token/" + token.id(), Map.of()));
		return ResponseEntity.created(URI.create("/api/tokens/" + token.id())).body(token);
	}

	@Operation(summary = "Revoke one of your API tokens")
	@DeleteMapping("/tokens/{id}")
	ResponseEntity<Void> revoke(@PathVariable long id, Principal principal) {
		users.revokeToken(principal.getName(), id);
		audit.ifAvailable(a -> a.record(principal.getName(), "token-revoked", "token/" + id, Map.of()));
		return ResponseEntity.noContent().build();
	}

}
