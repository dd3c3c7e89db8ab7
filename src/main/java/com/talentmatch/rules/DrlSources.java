package com.talentmatch.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.drl.parser.lang.ExpanderException;
import org.drools.drl.parser.lang.dsl.DSLMapping;
import org.drools.drl.parser.lang.dsl.DSLTokenizedMappingFile;
import org.drools.drl.parser.lang.dsl.DefaultExpander;
import org.kie.internal.builder.KnowledgeBuilderResult;

import com.talentmatch.catalogue.DataProblem;

/**
 * Turns rule files into the DRL they become: DRL as is, every {@code .dslr} expanded with
 * the sentences of every {@code .dsl} file (Drools' {@link DefaultExpander}, which keeps
 * the line numbers), every decision table converted by drools-decisiontables'
 * {@link SpreadsheetCompiler} (each generated rule mapped back to its row).
 */
final class DrlSources {

	/** The comment the decision-table compiler writes above each rule. */
	private static final Pattern RULE_ROW = Pattern.compile("^// rule values at [A-Z]+(\\d+)");

	private static final Pattern CELL = Pattern.compile("cell [A-Z]+(\\d+)");

	private DrlSources() {
	}

	/**
	 * The converted files.
	 *
	 * @param sources one per DRL, DSLR and decision table, in input order
	 * @param problems files that could not be converted (an unknown sentence, a malformed
	 * table or DSL file), with file and line
	 */
	record Converted(List<DrlSource> sources, List<DataProblem> problems) {
	}

	static Converted convert(List<RuleFile> files) {
		List<DataProblem> problems = new ArrayList<>();
		List<DrlSource> out = new ArrayList<>();
		List<DSLMapping> mappings = new ArrayList<>();
		for (RuleFile f : files) {
			if (f.type() == RuleFile.Type.DSL) {
				DSLTokenizedMappingFile dsl = new DSLTokenizedMappingFile();
				try {
					if (!dsl.parseAndLoad(new StringReader(f.text()))) {
						for (KnowledgeBuilderResult e : dsl.getErrors()) {
							problems.add(new DataProblem("rules/" + f.path(), Math.max(e.getLines()[0], 0), null,
									e.getMessage()));
						}
					}
					mappings.add(dsl.getMapping());
				}
				catch (IOException e) {
					problems.add(new DataProblem("rules/" + f.path(), 0, null, "cannot read: " + e.getMessage()));
				}
			}
		}
		for (RuleFile f : files) {
			switch (f.type()) {
				case DRL -> out.add(new DrlSource(f, f.text(), identity(f.text()), new String[0]));
				case DSLR -> expand(f, mappings, out, problems);
				case DECISION_TABLE_CSV, DECISION_TABLE_XLSX -> table(f, out, problems);
				default -> {
				}
			}
		}
		return new Converted(out, problems);
	}

	private static void expand(RuleFile f, List<DSLMapping> mappings, List<DrlSource> out, List<DataProblem> problems) {
		DefaultExpander expander = new DefaultExpander();
		mappings.forEach(expander::addDSLMapping);
		String drl = expander.expand(f.text());
		if (expander.hasErrors()) {
			for (ExpanderException e : expander.getErrors()) {
				problems.add(new DataProblem("rules/" + f.path(), Math.max(e.getLine(), 0), null,
						e.getMessage().replaceFirst("^\\[\\d+\\]\\s*", "").strip()));
			}
			return;
		}
		out.add(new DrlSource(f, drl, identity(f.text()), new String[0]));
	}

	private static void table(RuleFile f, List<DrlSource> out, List<DataProblem> problems) {
		boolean csv = f.type() == RuleFile.Type.DECISION_TABLE_CSV;
		String drl;
		try {
			drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(f.content()),
					csv ? InputType.CSV : InputType.XLS);
		}
		catch (RuntimeException e) {
			Throwable root = e;
			while (root.getCause() != null) {
				root = root.getCause();
			}
			String detail = root.getMessage() == null ? root.toString() : root.getMessage();
			Matcher cell = CELL.matcher(detail);
			problems.add(new DataProblem("rules/" + f.path(), cell.find() ? Integer.parseInt(cell.group(1)) : 0, null,
					detail.replaceFirst("^\\[[^\\]]*\\]\\s*", "")));
			return;
		}
		String[] lines = drl.split("\n", -1);
		int[] map = new int[lines.length];
		int row = 1;
		for (int i = 0; i < lines.length; i++) {
			Matcher m = RULE_ROW.matcher(lines[i].strip());
			if (m.find()) {
				row = Integer.parseInt(m.group(1));
			}
			map[i] = row;
		}
		String[] rows;
		try {
			rows = csv ? csvRows(f) : DecisionTables.rowsAsText(f);
		}
		catch (DecisionTables.UnreadableException e) {
			problems.add(new DataProblem("rules/" + f.path(), 0, null, e.getMessage()));
			return;
		}
		out.add(new DrlSource(f, drl, map, rows));
	}

	private static String[] csvRows(RuleFile f) {
		try {
			List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(f.text())).getRecords();
			String[] rows = new String[records.isEmpty() ? 0 : (int) records.get(records.size() - 1).getRecordNumber()];
			Arrays.fill(rows, "");
			for (CSVRecord r : records) {
				rows[(int) r.getRecordNumber() - 1] = String.join(",", r.toList());
			}
			return rows;
		}
		catch (IOException | RuntimeException e) {
			return f.text().split("\n", -1);
		}
	}

	private static int[] identity(String text) {
		int n = (int) text.chars().filter(c -> c == '\n').count() + 1;
		int[] map = new int[n];
		for (int i = 0; i < n; i++) {
			map[i] = i + 1;
		}
		return map;
	}

}
