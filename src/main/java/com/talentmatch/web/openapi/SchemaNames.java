package com.talentmatch.web.openapi;

import java.util.List;

import io.swagger.v3.core.jackson.TypeNameResolver;

/**
 * Schema names a generated client can live with, and that never collide: a top-level type
 * keeps its simple name ({@code Candidate}); a nested one is prefixed with its owner's
 * name less {@code Controller}, {@code Service} or {@code Repository}
 * ({@code CandidateService.ImportSummary} is {@code CandidateImportSummary},
 * {@code SelfIdentificationService.ImportSummary} is
 * {@code SelfIdentificationImportSummary}) unless it already starts with it
 * ({@code SuccessionService.Succession} stays {@code Succession}); words the two share
 * are said once ({@code NineBoxService.Box} is {@code NineBox}).
 */
final class SchemaNames extends TypeNameResolver {

	@Override
	protected String getNameOfClass(Class<?> cls) {
		if (!cls.getName().startsWith("com.talentmatch.") || cls.getEnclosingClass() == null) {
			return super.getNameOfClass(cls);
		}
		return name(cls);
	}

	static String name(Class<?> cls) {
		Class<?> owner = cls.getEnclosingClass();
		if (owner == null) {
			return cls.getSimpleName();
		}
		String base = owner.getSimpleName().replaceAll("(Controller|Service|Repository)$", "");
		String inner = cls.getSimpleName();
		if (inner.startsWith(base)) {
			return inner;
		}
		// words the owner ends with and the type starts with are said once:
		// NineBoxService.Box is NineBox, RulePreviewController.PreviewRequest
		// RulePreviewRequest
		List<String> b = words(base);
		List<String> i = words(inner);
		for (int k = Math.min(b.size(), i.size()); k > 0; k--) {
			if (b.subList(b.size() - k, b.size()).equals(i.subList(0, k))) {
				return base + String.join("", i.subList(k, i.size()));
			}
		}
		return base + inner;
	}

	private static List<String> words(String camel) {
		return List.of(camel.split("(?<=[a-z0-9])(?=[A-Z])"));
	}

}
