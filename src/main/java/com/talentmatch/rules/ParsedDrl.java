package com.talentmatch.rules;

import java.util.ArrayList;
import java.util.List;

import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.api.KieServices;
import org.kie.api.io.Resource;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.conf.LanguageLevelOption;

import com.talentmatch.catalogue.DataProblem;

/**
 * The DRL of one rule file as Drools' own {@link DrlParser} reads it. This one parse is
 * what {@link RuleSafety} checks and what {@link RuleCompiler} compiles, so nothing is
 * compiled that was not checked.
 *
 * @param source the DRL and its source file
 * @param descr the parsed package
 */
record ParsedDrl(DrlSource source, PackageDescr descr) {

	/** The path the compiler's messages carry. */
	static String resourcePath(DrlSource source) {
		return "src/main/resources/" + source.compiledPath();
	}

	/**
	 * Parses every source; a source that does not parse is left out and its errors are
	 * added to {@code problems} with the source file's line.
	 */
	static List<ParsedDrl> parse(List<DrlSource> sources, List<DataProblem> problems) {
		List<ParsedDrl> out = new ArrayList<>();
		for (DrlSource s : sources) {
			Resource resource = KieServices.Factory.get()
				.getResources()
				.newByteArrayResource(new byte[0])
				.setSourcePath(resourcePath(s));
			DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
			PackageDescr pkg;
			try {
				pkg = parser.parse(resource, s.drl());
			}
			catch (DroolsParserException e) {
				problems
					.add(new DataProblem(s.displayPath(), s.sourceLine(e.getLineNumber(), null), null, e.getMessage()));
				continue;
			}
			if (parser.hasErrors() || pkg == null) {
				for (KnowledgeBuilderError e : parser.getErrors()) {
					int line = e.getLines().length == 0 ? 0 : e.getLines()[0];
					problems
						.add(new DataProblem(s.displayPath(), s.sourceLine(line, null), null, e.getMessage().strip()));
				}
				if (parser.getErrors().isEmpty()) {
					problems.add(new DataProblem(s.displayPath(), 0, null, "cannot be read as DRL"));
				}
				continue;
			}
			out.add(new ParsedDrl(s, pkg));
		}
		return out;
	}

}
