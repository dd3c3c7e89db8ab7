package com.talentmatch.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import com.talentmatch.store.StoreBackup;
import com.talentmatch.store.StoreRefusedException;

/**
 * Restores a backup into a store directory that no process has open (exit 1: refused).
 */
@Command(name = "restore", description = "Restore a backup made by the backup command into a store directory")
final class RestoreCommand implements Callable<Integer> {

	@Option(names = "--from", required = true, paramLabel = "FILE.zip", description = "the backup file")
	Path from;

	@Option(names = "--store-dir", description = "store directory to restore into (default: var/store)")
	Path storeDir = Path.of("var/store");

	@Option(names = "--replace", description = "set a store already in the directory aside (kept in replaced-<time>/)")
	boolean replace;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		try {
			StoreBackup.Summary s = StoreBackup.restore(from, storeDir, replace);
			spec.commandLine()
				.getOut()
				.printf("Restored the backup of %s into %s: %s%n", s.created(), s.file(), s.rows());
			return 0;
		}
		catch (StoreRefusedException e) {
			spec.commandLine().getErr().println("Nothing restored: " + e.getMessage());
			return 1;
		}
	}

}
