package com.talentmatch.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.InvalidDataException;

/**
 * Reads {@code protected-terms.txt}: {@code [category]} headings, then words,
 * {@code label = /pattern/} lines and {@code !exception} lines (format in
 * {@code data/README.md}).
 */
final class ProtectedTermsFile {

	private static final Pattern LABELLED = Pattern.compile("^(.+?)\\s*=\\s*/(.+)/$");

	private static final Pattern HEADING = Pattern.compile("^\\[([a-z][a-z-]*)]$");

	/**
	 * No case-insensitive flag: text is folded to lower case first, and a pattern that
	 * begins with a fixed word is then searched for by Boyer–Moore.
	 */
	private static final int FLAGS = 0;

	private ProtectedTermsFile() {
	}

	/**
	 * Parses the whole list.
	 * @throws InvalidDataException naming the line of every malformed entry
	 */
	static ProtectedTerms parse(String text, String file) {
		List<ProtectedTerms.Entry> entries = new ArrayList<>();
		List<TermFinder> exceptions = new ArrayList<>();
		List<DataProblem> problems = new ArrayList<>();
		String category = null;
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			Matcher heading = HEADING.matcher(line);
			if (heading.matches()) {
				category = heading.group(1);
				continue;
			}
			if (category == null) {
				problems.add(new DataProblem(file, i + 1, null,
						"an entry before the first [category] heading (e.g. [age]): " + line));
				continue;
			}
			boolean exception = line.startsWith("!");
			String body = exception ? line.substring(1).strip() : line;
			Matcher labelled = LABELLED.matcher(body);
			try {
				TermFinder p = labelled.matches() ? TermFinder.of(Pattern.compile(labelled.group(2), FLAGS))
						: word(body, line);
				if (exception) {
					exceptions.add(p);
				}
				else {
					entries.add(new ProtectedTerms.Entry(category, labelled.matches() ? labelled.group(1) : body, p));
				}
			}
			catch (PatternSyntaxException e) {
				problems.add(new DataProblem(file, i + 1, null, "not a valid pattern: " + e.getDescription()
						+ " near index " + e.getIndex() + " of /" + labelled.group(2) + "/"));
			}
			catch (IllegalArgumentException e) {
				problems.add(new DataProblem(file, i + 1, null, e.getMessage()));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidDataException(problems);
		}
		return new ProtectedTerms(entries, exceptions);
	}

	/** A word: English ones match whole words only. */
	private static TermFinder word(String word, String line) {
		if (word.startsWith("/") || word.isEmpty()) {
			throw new IllegalArgumentException(
					"a pattern needs a label, 'label = /pattern/'; a word is written as it is: " + line);
		}
		return TermFinder.of(word);
	}

}
