package com.talentmatch.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.drools.io.DescrResource;
import org.kie.api.KieBase;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;

import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.InvalidDataException;

/**
 * Compiles the parsed DRL that rule files become ({@link ParsedDrl}: DRL, expanded DSLR,
 * converted decision tables; the very packages {@link RuleSafety} checked) into one
 * Drools knowledge base with the classic (non-executable-model) builder, in one batch,
 * which reports every error with its line; each line is mapped back to the file the
 * analyst edits. No kjar is made, so reloads leave nothing behind in the repository.
 */
final class RuleCompiler {

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
	 * Compiles {@code sources}; throws {@link InvalidDataException} with every compiler
	 * error's source file and line.
	 */
	static KieBase compile(List<ParsedDrl> sources) {
		KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
		CompositeKnowledgeBuilder batch = builder.batch();
		Map<String, DrlSource> byPath = new HashMap<>();
		for (ParsedDrl p : sources) {
			String path = ParsedDrl.resourcePath(p.source());
			byPath.put(path, p.source());
			DescrResource resource = new DescrResource(p.descr());
			resource.setSourcePath(path);
			resource.setResourceType(ResourceType.DESCR);
			batch.add(resource, ResourceType.DESCR);
		}
		try {
			batch.build();
		}
		catch (RuntimeException e) {
			throw new InvalidDataException(List.of(fromException(e)));
		}
		List<DataProblem> problems = new ArrayList<>();
		for (KnowledgeBuilderError e : builder.getErrors()) {
			Resource r = e.getResource();
			DrlSource s = r == null ? null : byPath.get(r.getSourcePath());
			int line = e.getLines().length == 0 ? 0 : Math.max(e.getLines()[0], 0);
			problems.add(s == null ? new DataProblem("rules", line, null, e.getMessage().strip())
					: new DataProblem(s.displayPath(), s.sourceLine(line, null), null, e.getMessage().strip()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidDataException(problems);
		}
		return builder.newKieBase();
	}

}
