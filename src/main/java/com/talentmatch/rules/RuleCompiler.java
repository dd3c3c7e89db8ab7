package com.talentmatch.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieContainer;

import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.InvalidDataException;

/**
 * Compiles rule files (DRL, DSL + DSLR, decision tables as {@code *.drl.csv} /
 * {@code *.drl.xlsx}) into one Drools knowledge base with the classic
 * (non-executable-model) builder, which reports every error with its line. Each build
 * gets its own release id, and its module is removed from the repository again, so
 * reloads do not leak.
 */
final class RuleCompiler {

	private static final AtomicLong BUILDS = new AtomicLong();

	private RuleCompiler() {
	}

	private static final java.util.regex.Pattern FILE = java.util.regex.Pattern
		.compile("\\[([^\\]]+\\.drl\\.(?:csv|xlsx))\\]");

	private static final java.util.regex.Pattern CELL = java.util.regex.Pattern.compile("cell [A-Z]+(\\d+)");

	/**
	 * A decision-table parser failure names the file in brackets and the cell; both are
	 * kept.
	 */
	static DataProblem fromException(RuntimeException e) {
		String message = e.getMessage() == null ? e.toString() : e.getMessage();
		Throwable root = e;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		String detail = root.getMessage() == null ? root.toString() : root.getMessage();
		java.util.regex.Matcher file = FILE.matcher(message);
		java.util.regex.Matcher cell = CELL.matcher(detail);
		return new DataProblem(file.find() ? "rules/" + file.group(1) : "rules",
				cell.find() ? Integer.parseInt(cell.group(1)) : 0, null, detail.replaceFirst("^\\[[^\\]]*\\]\\s*", ""));
	}

	/**
	 * Compiles {@code files}; throws {@link InvalidDataException} with every compiler
	 * error's file and line.
	 */
	static KieBase compile(List<RuleFile> files) {
		KieServices ks = KieServices.Factory.get();
		ReleaseId id = ks.newReleaseId("com.talentmatch", "rules", "1.0." + BUILDS.incrementAndGet());
		KieFileSystem kfs = ks.newKieFileSystem();
		kfs.generateAndWritePomXML(id);
		for (RuleFile f : files) {
			ResourceType type = switch (f.type()) {
				case DRL -> ResourceType.DRL;
				case DSL -> ResourceType.DSL;
				case DSLR -> ResourceType.DSLR;
				case DECISION_TABLE_CSV, DECISION_TABLE_XLSX -> ResourceType.DTABLE;
				default -> null;
			};
			if (type != null) {
				kfs.write(ks.getResources()
					.newByteArrayResource(f.content())
					.setSourcePath("src/main/resources/" + f.path())
					.setResourceType(type));
			}
		}
		KieBuilder builder;
		try {
			builder = ks.newKieBuilder(kfs).buildAll();
		}
		catch (RuntimeException e) {
			throw new InvalidDataException(List.of(fromException(e)));
		}
		List<DataProblem> problems = new ArrayList<>();
		for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
			String path = m.getPath() == null ? "rules" : m.getPath().replaceFirst("^src/main/resources/", "");
			problems.add(new DataProblem("rules/" + path, Math.max(m.getLine(), 0), null, m.getText().strip()));
		}
		if (!problems.isEmpty()) {
			ks.getRepository().removeKieModule(id);
			throw new InvalidDataException(problems);
		}
		KieContainer container = ks.newKieContainer(id);
		KieBase base = container.getKieBase();
		ks.getRepository().removeKieModule(id);
		return base;
	}

}
