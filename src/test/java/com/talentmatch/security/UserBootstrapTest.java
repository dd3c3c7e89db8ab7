package com.talentmatch.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.talentmatch.TalentMatchApplication;

/**
 * A real install starts with one admin whose random password is written once, owner-only;
 * no demo users.
 */
class UserBootstrapTest {

	@TempDir
	Path store;

	ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(TalentMatchApplication.class).web(WebApplicationType.NONE)
			.run("--talent-match.store-dir=" + store, "--spring.main.banner-mode=off", "--talent-match.demo-pool=false",
					"--talent-match.rules-watch=false");
	}

	@Test
	void theFirstStartCreatesAnAdminWithARandomPasswordInAnOwnerOnlyFile() throws Exception {
		Path file = store.resolve("initial-admin-password");
		String password;
		try (var ctx = start()) {
			UserService users = ctx.getBean(UserService.class);
			password = Files.readString(file).strip();
			assertThat(password).hasSizeGreaterThanOrEqualTo(20);
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
			assertThat(users.passwordMatches("admin", password)).isTrue();
			assertThat(users.passwordMatches("admin", "admin-password")).as("no demo password").isFalse();
			assertThat(users.list()).extracting(UserAccount::username).containsExactly("admin");
			assertThat(users.get("admin").roles()).containsExactly(Role.ADMIN);
		}
		try (var ctx = start()) {
			assertThat(Files.readString(file).strip()).as("written once").isEqualTo(password);
			assertThat(ctx.getBean(UserService.class).list()).hasSize(1);
		}
	}

}
