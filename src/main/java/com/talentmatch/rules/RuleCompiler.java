package com.talentmatch.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Compiles the DRL that rule files become ({@link DrlSources}: DRL, expanded DSLR,
 * converted decision tables) into one Drools knowledge base with the classic
 * (non-executable-model) builder, which reports every error with its line; each line is
 * mapped back to the file the analyst edits. Each build gets its own release id, and its
 * module is removed from the repository again, so reloads do not leak.
 */
final class RuleCompiler {

	private static final AtomicLong BUILDS = new AtomicLong();

	private RuleCompiler() {
	}

	/** A failure of the builder itself, with its root cause. */
	private static DataProblem fromException(RuntimeException e) {
		Throwable root = e;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return new DataProblem("rules", 0, null, root.getMessage() == null ? root.toString() : root.getMessage());
	}

	/**
	 * Compiles the DRL of {@code sources} (what {@link RuleSafety} checked); throws
	 * {@link InvalidDataException} with every compiler error's source file and line.
	 */
	static KieBase compile(List<DrlSource> sources) {
		KieServices ks = KieServices.Factory.get();
		ReleaseId id = ks.newReleaseId("com.talentmatch", "rules", "1.0." + BUILDS.incrementAndGet());
		KieFileSystem kfs = ks.newKieFileSystem();
		kfs.generateAndWritePomXML(id);
		Map<String, DrlSource> byPath = new HashMap<>();
		for (DrlSource s : sources) {
			byPath.put(s.compiledPath(), s);
			kfs.write(ks.getResources()
				.newByteArrayResource(s.drl().getBytes(StandardCharsets.UTF_8))
				.setSourcePath("src/main/resources/" + s.compiledPath())
				.setResourceType(ResourceType.DRL));
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
			String path = m.getPath() == null ? "" : m.getPath().replaceFirst("^src/main/resources/", "");
			DrlSource s = byPath.get(path);
			problems
				.add(s == null ? new DataProblem("rules/" + path, Math.max(m.getLine(), 0), null, m.getText().strip())
						: new DataProblem(s.displayPath(), s.sourceLine(m.getLine(), null), null, m.getText().strip()));
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
