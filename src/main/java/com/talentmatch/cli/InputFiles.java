package com.talentmatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading a command's input file, with one message when it cannot be read. */
final class InputFiles {

	private InputFiles() {
	}

	/** The file's bytes, or {@code null} after printing why it could not be read. */
	static byte[] read(Path file, PrintWriter err) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException e) {
			err.println(file + ": cannot read: " + e.getMessage());
			return null;
		}
	}

}
