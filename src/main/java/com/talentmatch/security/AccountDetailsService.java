package com.talentmatch.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads users for sign-in (form and HTTP Basic); their roles and permissions become
 * authorities.
 */
@Service
class AccountDetailsService implements UserDetailsService {

	/** The authority of a user who may export personal data. */
	static final String EXPORT = "export";

	private final UserRepository users;

	AccountDetailsService(UserRepository users) {
		this.users = users;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		UserRepository.Stored u = users.find(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
		return User.withUsername(u.account().username())
			.password(u.passwordHash())
			.authorities(authorities(u.account()))
			.disabled(!u.account().enabled())
			.build();
	}

	static List<GrantedAuthority> authorities(UserAccount account) {
		List<GrantedAuthority> out = new ArrayList<>();
		account.roles().forEach(r -> out.add(new SimpleGrantedAuthority(r.code())));
		if (account.mayExport()) {
			out.add(new SimpleGrantedAuthority(EXPORT));
		}
		return out;
	}

}
