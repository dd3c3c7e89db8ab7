package com.talentmatch.evidence;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.InvalidDataException;
import com.talentmatch.catalogue.Utf8;

/**
 * The word lists of evidence analysis, loaded once from {@code data/evidence/}: stop
 * words, synonyms (Solr format; each group is folded onto its first word), a traditional
 * → simplified character map and the protected terms. Immutable, thread-safe.
 *
 * @param stopWords words that claim nothing (的, 进行, the)
 * @param synonyms synonym groups, folded onto their first word (顾客 → 客户 when the line is
 * {@code 客户, 顾客})
 * @param traditional character map from traditional to simplified Chinese
 * @param protectedTerms words and patterns stating a protected attribute, redacted from
 * evidence before analysis ({@code protected-terms.txt})
 */
public record Lexicon(CharArraySet stopWords, SynonymMap synonyms, NormalizeCharMap traditional,
		ProtectedTerms protectedTerms) {

	private static final Pattern MAPPING = Pattern.compile("^\"(.+)\"\\s*=>\\s*\"(.*)\"$");

	/** An empty lexicon: no stop words, no synonyms, no character map, no redaction. */
	public static Lexicon empty() {
		try {
			return new Lexicon(CharArraySet.EMPTY_SET, new SynonymMap.Builder().build(),
					new NormalizeCharMap.Builder().build(), ProtectedTerms.none());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Loads {@code stopwords.txt}, {@code synonyms.txt}, {@code traditional.txt} and
	 * {@code protected-terms.txt} from {@code dir}; a missing file counts as empty.
	 * @throws InvalidDataException naming the file and line of a malformed entry
	 */
	public static Lexicon load(Path dir) {
		String prefix = dir.toAbsolutePath().normalize().getParent().getFileName() + "/" + dir.getFileName() + "/";
		List<String> stop = lines(dir.resolve("stopwords.txt"), prefix);
		CharArraySet stopWords = new CharArraySet(stop, true);
		Map<String, String> traditional = traditional(dir.resolve("traditional.txt"), prefix);
		NormalizeCharMap.Builder charMap = new NormalizeCharMap.Builder();
		Map<Character, Character> fold = new HashMap<>();
		traditional.forEach((from, to) -> {
			charMap.add(from, to);
			if (from.length() == 1 && to.length() == 1) {
				fold.put(from.charAt(0), to.charAt(0));
			}
		});
		ProtectedTerms protectedTerms = ProtectedTerms.parse(read(dir.resolve("protected-terms.txt"), prefix),
				prefix + "protected-terms.txt", fold);
		return new Lexicon(CharArraySet.unmodifiableSet(stopWords), synonyms(dir.resolve("synonyms.txt"), prefix),
				charMap.build(), protectedTerms);
	}

	private static List<String> lines(Path file, String prefix) {
		return read(file, prefix).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
	}

	private static String read(Path file, String prefix) {
		if (!Files.exists(file)) {
			return "";
		}
		try {
			return Utf8.decode(Files.readAllBytes(file), prefix + file.getFileName());
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + file, e);
		}
	}

	private static SynonymMap synonyms(Path file, String prefix) {
		SolrSynonymParser parser = new SolrSynonymParser(true, false, entryAnalyzer());
		try {
			parser.parse(new StringReader(read(file, prefix)));
			return parser.build();
		}
		catch (ParseException e) {
			throw new InvalidDataException(List.of(new DataProblem(prefix + file.getFileName(), e.getErrorOffset(),
					null, "malformed synonym line: " + e.getMessage())));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Map<String, String> traditional(Path file, String prefix) {
		Map<String, String> map = new LinkedHashMap<>();
		String[] lines = read(file, prefix).split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			Matcher m = MAPPING.matcher(line);
			if (!m.matches()) {
				throw new InvalidDataException(List.of(new DataProblem(prefix + file.getFileName(), i + 1, null,
						"expected \"traditional\" => \"simplified\", found: " + line)));
			}
			map.put(m.group(1), m.group(2));
		}
		return map;
	}

	/**
	 * Analyses synonym entries the way evidence tokens end up: whole word, lower case,
	 * English stemmed.
	 */
	private static Analyzer entryAnalyzer() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new KeywordTokenizer();
				TokenStream stream = new PorterStemFilter(new LowerCaseFilter(source));
				return new TokenStreamComponents(source, stream);
			}
		};
	}
}
