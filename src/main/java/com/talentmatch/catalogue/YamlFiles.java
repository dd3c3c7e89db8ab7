package com.talentmatch.catalogue;

import java.io.StringReader;
import java.util.List;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/** Parses YAML text into a node tree that keeps line numbers. */
final class YamlFiles {

	private YamlFiles() {
	}

	/**
	 * The root mapping of {@code text}, or {@code null} with a problem added when it does
	 * not parse.
	 */
	static YamlObject root(String text, String file, List<DataProblem> problems) {
		LoaderOptions options = new LoaderOptions();
		options.setCodePointLimit(16 * 1024 * 1024);
		try {
			Node node = new Yaml(options).compose(new StringReader(text));
			if (node == null) {
				problems.add(new DataProblem(file, 0, null, "the file is empty"));
				return null;
			}
			return new YamlObject(file, "", node, problems);
		}
		catch (MarkedYAMLException e) {
			int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
			problems.add(new DataProblem(file, line, null,
					"not valid YAML: " + e.getProblem() + (e.getContext() != null ? " " + e.getContext() : "")));
			return null;
		}
		catch (YAMLException e) {
			problems.add(new DataProblem(file, 0, null, "not valid YAML: " + e.getMessage()));
			return null;
		}
	}

}
