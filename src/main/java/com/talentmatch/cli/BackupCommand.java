package com.talentmatch.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import com.talentmatch.store.StoreBackup;
import com.talentmatch.store.StoreRefusedException;

/** Backs up the embedded store while the service runs (exit 1: refused). */
@Command(name = "backup", description = "Back up the embedded store into a zip file, while the service runs or not")
final class BackupCommand implements Callable<Integer> {

	@Option(names = "--to", required = true, paramLabel = "FILE.zip",
			description = "the backup file to write (must not exist)")
	Path to;

	@Option(names = "--store-dir", description = "store directory (default: var/store)")
	Path storeDir = Path.of("var/store");

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		try {
			StoreBackup.Summary s = StoreBackup.backup(storeDir, to);
			spec.commandLine()
				.getOut()
				.printf("Backed up %s into %s (%,d bytes): %s%n", storeDir, s.file(), s.bytes(), s.rows());
			return 0;
		}
		catch (StoreRefusedException e) {
			spec.commandLine().getErr().println("No backup: " + e.getMessage());
			return 1;
		}
	}

}
