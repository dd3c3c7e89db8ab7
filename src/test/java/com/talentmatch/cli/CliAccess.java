package com.talentmatch.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Lets tests in other packages run a command and read its output. */
public final class CliAccess {

	private CliAccess() {
	}

	public static int run(String[] args, StringWriter out) {
		return Cli.run(args, new PrintWriter(out, true), new PrintWriter(out, true));
	}

}
