package com.talentmatch.cli;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Runs a command in a JVM tuned for a short run. A command lives seconds, not days: the
 * optimizing JIT compiler (C2) spends more CPU than it saves in that time (on two cores
 * it took as much CPU as the command itself), so
 * {@code java -jar talent-match.jar COMMAND} starts the same jar again with
 * {@value #FLAG} (the quick C1 compiler only), the JVM options it was given and the same
 * arguments, and passes on its input, output and exit code.
 *
 * <p>
 * Nothing is relaunched when the JVM already has a {@code TieredStopAtLevel}, when it was
 * not started with {@code -jar} (tests, an IDE), or with
 * {@code -Dtalent-match.cli.relaunch=false}.
 */
final class QuickJvm {

	static final String FLAG = "-XX:TieredStopAtLevel=1";

	static final String GUARD = "talent-match.cli.relaunch";

	private QuickJvm() {
	}

	/**
	 * Runs the command in a relaunched JVM and returns its exit code, or empty when the
	 * command is to run in this JVM.
	 */
	static OptionalInt relaunch(String[] args) {
		List<String> command = command(args);
		if (command == null) {
			return OptionalInt.empty();
		}
		try {
			Process child = new ProcessBuilder(command).inheritIO().start();
			Thread stop = new Thread(child::destroy, "cli-child-stop");
			Runtime.getRuntime().addShutdownHook(stop);
			try {
				return OptionalInt.of(child.waitFor());
			}
			finally {
				if (!child.isAlive()) {
					removeHook(stop);
				}
			}
		}
		catch (IOException e) {
			// the java binary cannot be started again: run here, only slower
			return OptionalInt.empty();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return OptionalInt.of(130);
		}
	}

	private static void removeHook(Thread hook) {
		try {
			Runtime.getRuntime().removeShutdownHook(hook);
		}
		catch (IllegalStateException shuttingDown) {
			// the JVM is exiting anyway
		}
	}

	/** The command line of the relaunch, or {@code null} when there is none to make. */
	static List<String> command(String[] args) {
		if ("false".equals(System.getProperty(GUARD))) {
			return null;
		}
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		if (!Files.isExecutable(java)) {
			return null;
		}
		return command(java.toString(), System.getProperty("java.class.path", ""),
				System.getProperty("sun.java.command", ""), ManagementFactory.getRuntimeMXBean().getInputArguments(),
				args);
	}

	/**
	 * The relaunch of {@code started} (the JVM's main class or jar and arguments), or
	 * {@code null} when it was not started with {@code -jar} or already has a
	 * {@code TieredStopAtLevel}.
	 */
	static List<String> command(String java, String classPath, String started, List<String> jvmOptions, String[] args) {
		if (!classPath.endsWith(".jar") || classPath.contains(File.pathSeparator) || !started.startsWith(classPath)
				|| jvmOptions.stream().anyMatch(a -> a.startsWith("-XX:TieredStopAtLevel"))) {
			return null;
		}
		List<String> command = new ArrayList<>();
		command.add(java);
		command.add(FLAG);
		command.addAll(jvmOptions);
		command.add("-D" + GUARD + "=false");
		command.add("-jar");
		command.add(classPath);
		command.addAll(List.of(args));
		return command;
	}

}
