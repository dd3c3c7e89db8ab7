package com.talentmatch.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.InvalidDataException;
import com.talentmatch.catalogue.ModelConflictException;
import com.talentmatch.catalogue.NotFoundException;

/**
 * Users, their passwords and API tokens. Passwords are kept as BCrypt hashes and tokens
 * as SHA-256 hashes; a token's value is returned once, when it is created. Thread-safe.
 */
@Service
public class UserService {

	/** Every token starts with this, so that a leaked one is easy to recognise. */
	static final String TOKEN_PREFIX = "tm_";

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final UserRepository users;

	private final TokenRepository tokens;

	private final PasswordEncoder encoder;

	UserService(UserRepository users, TokenRepository tokens, PasswordEncoder encoder) {
		this.users = users;
		this.tokens = tokens;
		this.encoder = encoder;
	}

	/** A new user; 400 with every problem, 409 when the name is taken. */
	@Transactional
	public UserAccount create(String username, String password, Set<Role> roles, boolean mayExport, String by) {
		List<DataProblem> problems = new ArrayList<>();
		if (username == null || !USERNAME.matcher(username).matches()) {
			problems.add(new DataProblem("request", 0, "username",
					"a user name is 1–64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit"));
		}
		checkPassword(password, problems);
		checkRoles(roles, problems);
		if (!problems.isEmpty()) {
			throw new InvalidDataException(problems);
		}
		if (users.find(username).isPresent()) {
			throw new ModelConflictException("a user '" + username + "' exists already");
		}
		UserAccount account = new UserAccount(username, roles, mayExport, true, Instant.now(), by);
		users.insert(account, encoder.encode(password));
		return account;
	}

	public List<UserAccount> list() {
		return users.list();
	}

	public UserAccount get(String username) {
		return users.find(username)
			.map(UserRepository.Stored::account)
			.orElseThrow(() -> new NotFoundException("no user '" + username + "'"));
	}

	/** Changes roles, export permission and whether the user may sign in. */
	@Transactional
	public UserAccount update(String username, Set<Role> roles, boolean mayExport, boolean enabled) {
		get(username);
		List<DataProblem> problems = new ArrayList<>();
		checkRoles(roles, problems);
		if (!problems.isEmpty()) {
			throw new InvalidDataException(problems);
		}
		users.update(username, roles, mayExport, enabled);
		return get(username);
	}

	/**
	 * Sets a new password (an admin's reset, or the user's own change after checking the
	 * old one).
	 */
	@Transactional
	public void setPassword(String username, String password) {
		get(username);
		List<DataProblem> problems = new ArrayList<>();
		checkPassword(password, problems);
		if (!problems.isEmpty()) {
			throw new InvalidDataException(problems);
		}
		users.setPassword(username, encoder.encode(password));
	}

	/** Whether {@code password} is {@code username}'s. */
	public boolean passwordMatches(String username, String password) {
		return password != null
				&& users.find(username).map(u -> encoder.matches(password, u.passwordHash())).orElse(false);
	}

	/**
	 * A new API token for {@code username}.
	 *
	 * @param id the token's id (to list and revoke it)
	 * @param token the value, shown this once
	 */
	public record NewToken(long id, String name, String token) {
	}

	@Transactional
	public NewToken createToken(String username, String name) {
		if (name == null || name.isBlank() || name.length() > 100) {
			throw new InvalidDataException(List.of(new DataProblem("request", 0, "name",
					"give the token a name of 1–100 characters (what it is for, e.g. 'nightly import')")));
		}
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		return new NewToken(tokens.insert(username, name.strip(), hash(token)), name.strip(), token);
	}

	public List<TokenRepository.ApiToken> tokens(String username) {
		return tokens.list(username);
	}

	public void revokeToken(String username, long id) {
		if (!tokens.revoke(id, username)) {
			throw new NotFoundException("you have no active token " + id);
		}
	}

	/** The user an active token belongs to, if the user may sign in. */
	Optional<UserAccount> authenticateToken(String token) {
		if (token == null || !token.startsWith(TOKEN_PREFIX) || token.length() > 200) {
			return Optional.empty();
		}
		return tokens.use(hash(token))
			.flatMap(users::find)
			.map(UserRepository.Stored::account)
			.filter(UserAccount::enabled);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A random password for generated accounts. */
	static String randomPassword() {
		byte[] random = new byte[18];
		RANDOM.nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

	private static void checkPassword(String password, List<DataProblem> problems) {
		if (password == null || password.length() < 12) {
			problems.add(new DataProblem("request", 0, "password", "a password has at least 12 characters"));
		}
		else if (password.getBytes(StandardCharsets.UTF_8).length > 72) {
			problems.add(new DataProblem("request", 0, "password", "a password has at most 72 bytes (BCrypt's limit)"));
		}
	}

	private static void checkRoles(Set<Role> roles, List<DataProblem> problems) {
		if (roles == null || roles.isEmpty()) {
			problems.add(new DataProblem("request", 0, "roles",
					"give at least one role of " + EnumSet.allOf(Role.class).stream().map(Role::code).toList()));
		}
	}

}
