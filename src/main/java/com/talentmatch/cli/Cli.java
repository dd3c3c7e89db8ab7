package com.talentmatch.cli;

import java.io.PrintWriter;
import java.util.OptionalInt;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

import com.talentmatch.store.EmbeddedStore;
import com.talentmatch.store.StoreRefusedException;

/** Entry point of the command-line commands; each returns a process exit code. */
@Command(name = "talent-match", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
		version = "talent-match 0.1.0",
		description = "Talent matching service. Without a command, java -jar talent-match.jar starts the server.",
		subcommands = { ValidateDataCommand.class, ImportModelCommand.class, ListModelsCommand.class,
				ValidateRulesCommand.class, TestRulesCommand.class, ReloadRulesCommand.class, RankCommand.class,
				BackupCommand.class, RestoreCommand.class, AuditVerifyCommand.class, AdverseImpactCommand.class,
				PreviewRulesCommand.class, RuleTableTemplateCommand.class })
public final class Cli {

	private static final Set<String> COMMANDS = Set.of("validate-data", "import-model", "list-models", "validate-rules",
			"test-rules", "reload-rules", "rank", "backup", "restore", "audit-verify", "adverse-impact",
			"preview-rules", "rule-table-template", "help", "--help", "-h", "--version", "-V");

	/** Drools and KIE log every build at INFO; a command's output should be its own. */
	private static void quietLibraries() {
		for (String name : new String[] { "org.drools", "org.kie" }) {
			if (org.slf4j.LoggerFactory.getLogger(name) instanceof ch.qos.logback.classic.Logger logger) {
				logger.setLevel(ch.qos.logback.classic.Level.WARN);
			}
		}
	}

	/** True when {@code args} name a command rather than server options. */
	public static boolean isCommand(String[] args) {
		return args.length > 0 && COMMANDS.contains(args[0]);
	}

	/**
	 * Runs a command, printing to stdout/stderr, and returns its exit code; from
	 * {@code java -jar}, in a JVM started for a short run ({@link QuickJvm}).
	 */
	public static int run(String[] args) {
		OptionalInt relaunched = QuickJvm.relaunch(args);
		if (relaunched.isPresent()) {
			return relaunched.getAsInt();
		}
		EmbeddedStore.bindToLoopback();
		// Spring Boot warms up bean validation, Jackson and more on a second thread; the
		// commands' contexts validate nothing, and a short run has no core to spare
		System.setProperty("spring.backgroundpreinitializer.ignore",
				System.getProperty("spring.backgroundpreinitializer.ignore", "true"));
		return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
	}

	static int run(String[] args, PrintWriter out, PrintWriter err) {
		quietLibraries();
		CommandLine cl = new CommandLine(new Cli());
		cl.setOut(out);
		cl.setErr(err);
		cl.setExecutionExceptionHandler((e, command, parsed) -> {
			for (Throwable t = e; t != null; t = t.getCause()) {
				if (t instanceof StoreRefusedException refused) {
					err.println("The store was not opened: " + refused.getMessage());
					return 1;
				}
			}
			throw e;
		});
		if (args.length > 0 && args[0].equals("help")) {
			args = args.length > 1 ? new String[] { args[1], "--help" } : new String[] { "--help" };
		}
		return cl.execute(args);
	}

}
