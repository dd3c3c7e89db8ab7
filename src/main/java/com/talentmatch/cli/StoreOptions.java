package com.talentmatch.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** Options of commands that open the store. */
final class StoreOptions {

	@Option(names = "--data-dir", description = "data directory (default: data)")
	Path dataDir;

	@Option(names = "--store-dir", description = "store directory (default: var/store)")
	Path storeDir;

}
