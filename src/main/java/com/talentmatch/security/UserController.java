package com.talentmatch.security;

import java.net.URI;
import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
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

/** User management (admins only). */
@RestController
@RequestMapping("/api/users")
class UserController {

	private final UserService users;

	private final ObjectProvider<AuditLog> audit;

	UserController(UserService users, ObjectProvider<AuditLog> audit) {
		this.users = users;
		this.audit = audit;
	}

	/**
	 * A new user, or changes to one.
	 *
	 * @param username sign-in name (new users only)
	 * @param password initial password, at least 12 characters (new users only)
	 * @param roles role codes: recruiter, talent-reviewer, rule-editor, admin, viewer
	 * @param mayExport whether they may export personal data
	 * @param enabled whether they may sign in (changes only; new users are enabled)
	 */
	record UserRequest(String username, String password, List<String> roles, Boolean mayExport, Boolean enabled) {
	}

	/**
	 * @param password the new password
	 */
	record PasswordRequest(String password) {
	}

	@Operation(summary = "Every user, with roles and permissions (admin only)")
	@GetMapping
	List<UserAccount> list() {
		return users.list();
	}

	@Operation(summary = "One user (admin only)")
	@GetMapping("/{name}")
	UserAccount get(@PathVariable String name) {
		return users.get(name);
	}

	@Operation(summary = "Create a user (admin only)")
	@PostMapping
	ResponseEntity<UserAccount> create(@RequestBody UserRequest body, Principal admin) {
		UserAccount created = users.create(body.username(), body.password(), roles(body.roles()),
				Boolean.TRUE.equals(body.mayExport()), admin.getName());
		record(admin, "user-created", created);
		return ResponseEntity.created(URI.create("/api/users/" + created.username())).body(created);
	}

	@Operation(summary = "Change a user's roles, export permission, or whether they may sign in (admin only)")
	@PutMapping("/{name}")
	UserAccount update(@PathVariable String name, @RequestBody UserRequest body, Principal admin) {
		UserAccount current = users.get(name);
		UserAccount updated = users.update(name, body.roles() == null ? current.roles() : roles(body.roles()),
				body.mayExport() == null ? current.mayExport() : body.mayExport(),
				body.enabled() == null ? current.enabled() : body.enabled());
		record(admin, "user-changed", updated);
		return updated;
	}

	@Operation(summary = "Reset a user's password (admin only)")
	@PutMapping("/{name}/password")
	ResponseEntity<Void> resetPassword(@PathVariable String name, @RequestBody PasswordRequest body, Principal admin) {
		users.setPassword(name, body.password());
		audit.ifAvailable(a -> a.record(admin.getName(), "password-reset", "user/" + name, Map.of()));
		return ResponseEntity.noContent().build();
	}

	private void record(Principal admin, String action, UserAccount u) {
		audit.ifAvailable(a -> a.record(admin.getName(), action, "user/" + u.username(),
				Map.of("roles", u.roles().stream().map(Role::code).sorted().toList(), "mayExport", u.mayExport(),
						"enabled", u.enabled())));
	}

	/** Role codes to roles; 400 naming an unknown code. */
	static Set<Role> roles(List<String> codes) {
		Set<Role> out = EnumSet.noneOf(Role.class);
		for (String code : codes == null ? List.<String>of() : codes) {
			out.add(Role.fromCode(code)
				.orElseThrow(() -> new InvalidDataException(
						List.of(new DataProblem("request", 0, "roles", "unknown role '" + code + "'; roles are "
								+ EnumSet.allOf(Role.class).stream().map(Role::code).toList())))));
		}
		return out;
	}

}
