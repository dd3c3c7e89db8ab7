package com.talentmatch.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Times the command-line commands as a user runs them, {@code java -jar
 * target/talent-match.jar COMMAND …}, each as its own process (median of 3 runs), on a
 * fresh store, and prints one table: command, measured seconds, target, pass/fail (and
 * the CPU seconds the command's processes used, which other load on the machine does not
 * change as much). The store is made by one untimed {@code list-models} first (a first
 * start on a new store also creates and migrates the database). Exit code 1 when a
 * command fails or misses its target.
 *
 * <p>
 * Uses the JDK only, so it runs from the compiled test classes:
 *
 * <pre>{@code ./mvnw -q package -DskipTests
 * java -cp target/test-classes com.talentmatch.bench.CliBenchmark [JAR] [RUNS]}</pre>
 *
 * or {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=com.talentmatch.bench.CliBenchmark} (the Maven JVM then shares the
 * machine while measuring).
 */
public final class CliBenchmark {

	/**
	 * One measured command.
	 *
	 * @param label what the table calls it
	 * @param target the target in seconds, or 0 for none
	 * @param args the arguments after {@code -jar JAR}
	 */
	record Case(String label, double target, List<String> args) {
	}

	private CliBenchmark() {
	}

	public static void main(String[] args) throws IOException, InterruptedException {
		Path jar = Path.of(args.length > 0 ? args[0] : "target/talent-match.jar");
		int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
		if (!Files.isRegularFile(jar)) {
			System.err.println(jar + " is missing: build it with ./mvnw -q package -DskipTests");
			System.exit(2);
		}
		Path work = Files.createTempDirectory("cli-bench");
		Path store = work.resolve("store");
		Path pool = Path.of("data/candidates/demo-pool.csv");
		long people = Files.readAllLines(pool).size() - 1L;
		List<Case> cases = List.of(new Case("validate-data", 5, List.of("validate-data")),
				new Case("validate-rules", 5, List.of("validate-rules")),
				new Case("test-rules", 5, List.of("test-rules")),
				new Case("list-models", 3, List.of("list-models", "--store-dir", store.toString())),
				new Case("import-model (16 rows)", 0,
						List.of("import-model", "data/examples/digital-skills-framework.csv", "--replace",
								"--store-dir", store.toString())),
				new Case("rank (" + people + " people, evidence text)", 10,
						List.of("rank", "--role", "cs-relationship-supervisor", "--candidates", pool.toString(),
								"--out", work.resolve("ranking.xlsx").toString(), "--store-dir", store.toString())));
		double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		System.out.printf(Locale.ROOT, "CLI timings of %s, %d runs each (median), %d cores, load average %.2f%n", jar,
				runs, Runtime.getRuntime().availableProcessors(), load);
		Run first = run(jar, cases.get(3).args(), work);
		System.out.printf(Locale.ROOT, "(first start on a new store, untimed in the table: list-models %.2f s)%n%n",
				first.seconds());
		System.out.printf(Locale.ROOT, "%-36s %9s %8s  %-8s %s%n", "command", "seconds", "target", "result", "cpu s");
		boolean allPassed = first.exit() == 0;
		for (Case c : cases) {
			double[] seconds = new double[runs];
			double[] cpu = new double[runs];
			int exit = 0;
			for (int i = 0; i < runs; i++) {
				Run r = run(jar, c.args(), work);
				seconds[i] = r.seconds();
				cpu[i] = r.cpu();
				exit = exit != 0 ? exit : r.exit();
			}
			Arrays.sort(seconds);
			Arrays.sort(cpu);
			double median = seconds[runs / 2];
			String result = exit != 0 ? "FAIL (exit " + exit + ")"
					: c.target() == 0 ? "-" : median <= c.target() ? "pass" : "FAIL";
			allPassed &= exit == 0 && (c.target() == 0 || median <= c.target());
			System.out.printf(Locale.ROOT, "%-36s %9.2f %8s  %-8s %s%n", c.label(), median,
					c.target() == 0 ? "-" : String.format(Locale.ROOT, "≤ %.0f s", c.target()), result,
					cpu[runs / 2] < 0 ? "-" : String.format(Locale.ROOT, "%.2f", cpu[runs / 2]));
		}
		System.out.printf(Locale.ROOT, "%nload average after: %.2f (other work on the machine slows every figure)%n",
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		delete(work);
		System.exit(allPassed ? 0 : 1);
	}

	/**
	 * One finished command.
	 *
	 * @param seconds wall time from start to exit
	 * @param cpu CPU seconds (user + system) of the command's processes, or -1 when they
	 * cannot be read (not Linux)
	 * @param exit its exit code
	 */
	record Run(double seconds, double cpu, int exit) {
	}

	/**
	 * CPU seconds used so far by this process's finished children and theirs
	 * ({@code cutime + cstime} of {@code /proc/self/stat}), or -1 when unknown.
	 */
	static double childrenCpu() {
		try {
			String stat = Files.readString(Path.of("/proc/self/stat"));
			String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			// fields 16 and 17 of proc(5), counted from the state (field 3) here
			return (Long.parseLong(f[13]) + Long.parseLong(f[14])) / 100.0;
		}
		catch (IOException | RuntimeException e) {
			return -1;
		}
	}

	static Run run(Path jar, List<String> args, Path work) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
		command.addAll(args);
		Path out = work.resolve("last.out");
		double cpu = childrenCpu();
		long t = System.nanoTime();
		Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
		int exit = p.waitFor();
		double seconds = (System.nanoTime() - t) / 1e9;
		cpu = cpu < 0 ? -1 : childrenCpu() - cpu;
		if (exit != 0) {
			System.err.println(String.join(" ", command) + " exited " + exit + ":\n" + Files.readString(out));
		}
		return new Run(seconds, cpu, exit);
	}

	private static void delete(Path dir) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}

}
