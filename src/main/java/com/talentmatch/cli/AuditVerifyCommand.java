package com.talentmatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import com.talentmatch.audit.AuditVerifier;
import com.talentmatch.store.EmbeddedStore;

/**
 * Recomputes the audit log's hash chain over plain JDBC, without starting the application
 * (exit 0: intact; 1: broken, or the store cannot be read).
 */
@Command(name = "audit-verify",
		description = "Recompute the audit log's hash chain; exit 0 when intact, 1 when broken (naming the entry)")
final class AuditVerifyCommand implements Callable<Integer> {

	@Option(names = "--store-dir", description = "store directory (default: var/store)")
	Path storeDir = Path.of("var/store");

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		try (Connection c = EmbeddedStore.openExisting(storeDir).connect()) {
			AuditVerifier.Verification v = AuditVerifier.verify(c);
			if (v.intact()) {
				out.println("Audit log " + v.message() + "; head " + v.head());
			}
			else {
				err.println("Audit log " + v.message());
			}
			return v.intact() ? 0 : 1;
		}
		catch (SQLException e) {
			err.println(
					"The audit log in " + storeDir + " was not read: " + e.getMessage().lines().findFirst().orElse("")
							+ " (a store is given its audit log when the service first starts on it)");
			return 1;
		}
	}

}
