package com.talentmatch.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The first users. On a real install's first start (no user yet) an {@code admin} with a
 * random password is created; the password is written once to
 * {@code <store-dir>/initial-admin-password} (owner-only) and the log says where. In demo
 * mode ({@code talent-match.demo=true}) one user per role is created with the documented
 * password {@code <name>-password}, and the log carries a warning.
 */
@Component
class UserBootstrap implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(UserBootstrap.class);

	/** The demo users: name, roles, may export personal data. */
	record DemoUser(String name, Set<Role> roles, boolean mayExport) {
	}

	static final List<DemoUser> DEMO_USERS = List.of(new DemoUser("recruiter", EnumSet.of(Role.RECRUITER), true),
			new DemoUser("reviewer", EnumSet.of(Role.TALENT_REVIEWER), true),
			new DemoUser("analyst", EnumSet.of(Role.RULE_EDITOR), false),
			new DemoUser("admin", EnumSet.of(Role.ADMIN), true),
			new DemoUser("viewer", EnumSet.of(Role.VIEWER), false));

	static final String DEMO_PASSWORD_SUFFIX = "-password";

	static final String ADMIN_PASSWORD_FILE = "initial-admin-password";

	private final UserService users;

	private final UserRepository repository;

	private final boolean demo;

	private final Path storeDir;

	UserBootstrap(UserService users, UserRepository repository, @Value("${talent-match.demo:false}") boolean demo,
			@Value("${talent-match.store-dir:var/store}") Path storeDir) {
		this.users = users;
		this.repository = repository;
		this.demo = demo;
		this.storeDir = storeDir;
	}

	@Override
	public void afterPropertiesSet() {
		if (demo) {
			for (DemoUser u : DEMO_USERS) {
				if (repository.find(u.name()).isEmpty()) {
					users.create(u.name(), u.name() + DEMO_PASSWORD_SUFFIX, u.roles(), u.mayExport(), "demo");
				}
			}
			log.warn("""

					==================================== DEMO MODE ====================================
					talent-match.demo=true: the demo users recruiter, reviewer, analyst, admin and viewer
					sign in with the password <name>-password. Anyone who has read the README can sign
					in: never run demo mode with real people's data.
					===================================================================================""");
		}
		else if (repository.count() == 0) {
			String password = UserService.randomPassword();
			users.create("admin", password, EnumSet.of(Role.ADMIN), true, "first start");
			Path file = storeDir.resolve(ADMIN_PASSWORD_FILE).toAbsolutePath();
			writeOnce(file, password);
			log.warn("Created the user 'admin'. Its password is in {} (readable by its owner only): sign in, "
					+ "change it (PUT /api/me/password), then delete the file.", file);
		}
	}

	private static void writeOnce(Path file, String password) {
		try {
			Files.createDirectories(file.getParent());
			if (Files.getFileAttributeView(file.getParent(), PosixFileAttributeView.class) != null) {
				Files.createFile(file,
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			else {
				Files.createFile(file);
			}
			Files.writeString(file, password + "\n");
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write the first admin's password to " + file
					+ " (delete an old copy of the file, or check talent-match.store-dir)", e);
		}
	}

}
