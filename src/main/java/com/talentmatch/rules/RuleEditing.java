package com.talentmatch.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;

import com.talentmatch.catalogue.CatalogueService;
import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.InvalidDataException;
import com.talentmatch.catalogue.LocalizedText;
import com.talentmatch.catalogue.NotFoundException;

/**
 * What the rule editor does with the rule files: list and read the active ones, check
 * proposed texts (build, safety check, scenarios) without activating them, and activate
 * them — written into the rules directory only when every check and scenario passes, all
 * files or none, and taken back when the reload does not accept them.
 */
@Service
public class RuleEditing {

	/** The largest rule file the editor takes. */
	static final int MAX_FILE_BYTES = 512 * 1024;

	private static final Pattern SAFE_PATH = Pattern.compile("[\\p{L}\\p{N}_.-]+(/[\\p{L}\\p{N}_.-]+)*");

	private static final Pattern DSL_ENTRY = Pattern.compile("^\\[(when|then|condition|consequence)\\]([^=]+)=");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)\\}");

	private final RuleService rules;

	private final RuleProperties properties;

	private final CatalogueService catalogue;

	RuleEditing(RuleService rules, RuleProperties properties, CatalogueService catalogue) {
		this.rules = rules;
		this.properties = properties;
		this.catalogue = catalogue;
	}

	/**
	 * A rule file of the active version.
	 *
	 * @param path path relative to the rules directory
	 * @param type its kind (DSLR sentences, DRL, DSL vocabulary, decision table,
	 * scenarios)
	 * @param lines how many lines
	 * @param bytes its size
	 * @param editable whether it is text the editor can change (an XLSX decision table is
	 * not: edit it in a spreadsheet)
	 */
	public record FileInfo(String path, RuleFile.Type type, int lines, int bytes, boolean editable) {
	}

	/**
	 * One rule file's text.
	 *
	 * @param path path relative to the rules directory
	 * @param type its kind
	 * @param version the active version it was read from (send it back as
	 * {@code baseVersion} when activating)
	 * @param text its text, or {@code null} for a binary file
	 */
	public record FileText(String path, RuleFile.Type type, String version, String text) {
	}

	/**
	 * One scenario's result.
	 *
	 * @param file scenario file
	 * @param line the line the scenario starts on
	 * @param name scenario name
	 * @param role role evaluated, or {@code null}
	 * @param passed whether it passed
	 * @param failures what differed from the expectation
	 */
	public record ScenarioRun(String file, int line, String name, String role, boolean passed,
			List<Scenarios.Failure> failures) {
	}

	/**
	 * A check of proposed rule files.
	 *
	 * @param accepted whether they could be activated as they are (they build, pass the
	 * safety check and every scenario)
	 * @param version the version id they would have, or {@code null} when they do not
	 * build
	 * @param problems what does not build or is refused, with file and line
	 * @param scenarios every scenario's result, by file and line (empty when the files do
	 * not build)
	 */
	public record Check(boolean accepted, String version, List<DataProblem> problems, List<ScenarioRun> scenarios) {
	}

	/** The files of the active version, by path. */
	public List<FileInfo> files() {
		return rules.evaluator()
			.rules()
			.files()
			.values()
			.stream()
			.sorted(Comparator.comparing(RuleFile::path))
			.map(f -> new FileInfo(f.path(), f.type(), editable(f) ? (int) f.text().lines().count() : 0,
					f.content().length, editable(f)))
			.toList();
	}

	/** One file of the active version. */
	public FileText file(String path) {
		RuleSet set = rules.evaluator().rules();
		RuleFile f = set.files().get(path);
		if (f == null) {
			throw new NotFoundException("no rule file '" + path + "' in the active version; files: "
					+ set.files().keySet().stream().sorted().toList());
		}
		return new FileText(f.path(), f.type(), set.version().id(), editable(f) ? f.text() : null);
	}

	/**
	 * Builds and tests the active files with {@code changes} applied (path → text, an
	 * empty text deletes the file), without activating them.
	 * @throws InvalidDataException when a path or a text is not acceptable as a rule file
	 */
	public Check check(Map<String, String> changes) {
		validate(changes);
		try {
			RuleService.Candidate c = rules.propose(changes, "check");
			List<ScenarioRun> runs = c.scenarios()
				.stream()
				.map(r -> new ScenarioRun(r.file(), r.line(), r.name(), r.role(), r.passed(), r.failures()))
				.sorted(Comparator.comparing(ScenarioRun::file).thenComparingInt(ScenarioRun::line))
				.toList();
			return new Check(c.failed().isEmpty(), c.set().version().id(), List.of(), runs);
		}
		catch (InvalidDataException e) {
			return new Check(false, null, e.problems(), List.of());
		}
	}

	/**
	 * Writes {@code changes} into the rules directory and reloads, only if they pass
	 * every check and scenario; otherwise nothing is written.
	 * @param baseVersion the version the edit started from, or {@code null}: when another
	 * version became active since, nothing is written
	 * @throws RulesRefusedException with every problem and failed scenario, file and line
	 * @throws RulesChangedException when the active version is no longer
	 * {@code baseVersion}
	 */
	public RuleStatus activate(Map<String, String> changes, String baseVersion, String author) {
		synchronized (rules) { // RuleService's reloads lock it too: no reload runs
								// between
			String active = rules.evaluator().rules().version().id();
			if (baseVersion != null && !baseVersion.isBlank() && !baseVersion.equals(active)) {
				throw new RulesChangedException("the rules changed since version " + baseVersion
						+ " was opened: version " + active + " is active now; open the files again and redo the edit");
			}
			Check check = check(changes);
			if (!check.accepted()) {
				throw new RulesRefusedException(refusals(check));
			}
			Map<String, byte[]> bytes = new LinkedHashMap<>();
			changes.forEach((path, text) -> bytes.put(path,
					text == null || text.isEmpty() ? null : text.getBytes(StandardCharsets.UTF_8)));
			RuleWriter.Backup backup = RuleWriter.write(properties.rulesDir(), bytes);
			RuleStatus status = rules.reload(author);
			if (!status.lastAttemptAccepted()) {
				RuleWriter.restore(backup);
				rules.reload(author);
				List<DataProblem> problems = new ArrayList<>();
				problems.add(new DataProblem("rules", 0, null, "the rules directory did not accept the files "
						+ "(it differs from the active version); they were taken back"));
				problems.addAll(status.problems());
				throw new RulesRefusedException(problems);
			}
			return status;
		}
	}

	private static List<DataProblem> refusals(Check check) {
		List<DataProblem> out = new ArrayList<>(check.problems());
		for (ScenarioRun r : check.scenarios()) {
			for (Scenarios.Failure f : r.failures()) {
				out.add(new DataProblem(r.file(), f.line() > 0 ? f.line() : r.line(), f.field(),
						"scenario \"" + r.name() + "\" fails: " + f.message()));
			}
		}
		if (out.isEmpty()) {
			out.add(new DataProblem("rules", 0, null, "not accepted"));
		}
		return out;
	}

	/**
	 * A path must name a rule file inside the rules directory (no {@code ..}, no absolute
	 * path, a rule-file ending); a text must be UTF-8 text within the size limit.
	 */
	private static void validate(Map<String, String> changes) {
		List<DataProblem> problems = new ArrayList<>();
		if (changes == null || changes.isEmpty()) {
			problems.add(new DataProblem("request", 0, "files", "no files: send {\"files\": {\"path\": \"text\"}}"));
		}
		else {
			changes.forEach((path, text) -> {
				String field = "files[" + path + "]";
				if (path == null || !SAFE_PATH.matcher(path).matches() || path.contains("..") || path.startsWith(".")
						|| path.contains("/.")) {
					problems.add(new DataProblem("request", 0, field, "not a path inside the rules directory: "
							+ "use letters, digits, '_', '-', '.' and '/' between folders (no '..')"));
				}
				else if (!editable(new RuleFile(path, new byte[0]).type())) {
					problems.add(new DataProblem("request", 0, field,
							"not an editable rule file: the editor takes .dslr, .drl, .dsl, .drl.csv and "
									+ ".scenarios.yaml files"));
				}
				else if (text != null && text.getBytes(StandardCharsets.UTF_8).length > MAX_FILE_BYTES) {
					problems.add(new DataProblem(path, 0, null,
							"the file is larger than " + MAX_FILE_BYTES / 1024 + " KiB"));
				}
				else if (text != null && text.indexOf('\0') >= 0) {
					problems.add(new DataProblem(path, 0, null, "the file is not text (it holds a NUL character)"));
				}
			});
		}
		if (!problems.isEmpty()) {
			throw new InvalidDataException(problems);
		}
	}

	private static boolean editable(RuleFile f) {
		return editable(f.type());
	}

	/**
	 * Whether the editor may write a file of this kind (text rule files and scenarios).
	 */
	private static boolean editable(RuleFile.Type type) {
		return type != RuleFile.Type.OTHER && type != RuleFile.Type.DECISION_TABLE_XLSX;
	}

	/**
	 * A sentence analysts may write, from a DSL file of the active rules.
	 *
	 * @param kind {@code when} (a condition) or {@code then} (a declaration or an action)
	 * @param text the sentence, with {@code {name}} for each value
	 * @param placeholders the values' names, in order
	 * @param file the DSL file
	 * @param line its line there
	 */
	public record Sentence(String kind, String text, List<String> placeholders, String file, int line) {
	}

	/**
	 * A name rules may use, with its display name.
	 *
	 * @param id what a rule writes
	 * @param name its name in zh and en, where known
	 */
	public record Term(String id, LocalizedText name) {
	}

	/**
	 * What the rule files may say: the sentences of the DSL files and the names they
	 * take.
	 *
	 * @param sentences the DSL sentences, conditions first
	 * @param competencies competencies as {@code model/competency}
	 * @param roles roles the active rules declare
	 * @param grades grades of the catalogue's scales
	 * @param sources rating sources
	 * @param bands readiness bands, in order
	 */
	public record VocabularyView(List<Sentence> sentences, List<Term> competencies, List<Term> roles, List<Term> grades,
			List<String> sources, List<String> bands) {
	}

	/** The vocabulary the editor offers. */
	public VocabularyView vocabulary() {
		RuleSet set = rules.evaluator().rules();
		List<Sentence> sentences = new ArrayList<>();
		set.files().values().stream().filter(f -> f.type() == RuleFile.Type.DSL).forEach(f -> {
			List<String> lines = f.text().lines().toList();
			for (int i = 0; i < lines.size(); i++) {
				Matcher m = DSL_ENTRY.matcher(lines.get(i));
				if (m.find()) {
					String kind = m.group(1).equals("when") || m.group(1).equals("condition") ? "when" : "then";
					String text = m.group(2).strip();
					List<String> names = PLACEHOLDER.matcher(text).results().map(r -> r.group(1)).toList();
					sentences.add(new Sentence(kind, text, names, f.path(), i + 1));
				}
			}
		});
		sentences.sort(Comparator.comparing((Sentence s) -> !s.kind().equals("when")));
		var c = catalogue.current();
		List<Term> competencies = c.sortedModels()
			.stream()
			.flatMap(m -> m.competencies().stream().map(k -> new Term(m.id() + "/" + k.id(), k.name())))
			.toList();
		List<Term> roles = set.roles()
			.values()
			.stream()
			.filter(r -> !r.family())
			.sorted(Comparator.comparing(RoleRequirements::role))
			.map(r -> new Term(r.role(), new LocalizedText(r.name(), null)))
			.toList();
		List<Term> grades = c.sortedGradeScales()
			.stream()
			.flatMap(s -> s.grades().stream().map(g -> new Term(g.code(), g.name())))
			.toList();
		return new VocabularyView(sentences, competencies, roles, grades, RuleSetBuilder.SOURCES,
				set.bands().stream().map(b -> b.getCode()).toList());
	}

}
