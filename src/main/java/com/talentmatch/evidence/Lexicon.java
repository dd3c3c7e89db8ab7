package com.talentmatch.evidence;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

import com.talentmatch.catalogue.DataProblem;
import com.talentmatch.catalogue.InvalidDataException;
import com.talentmatch.catalogue.Utf8;

/**
 * The word lists of evidence analysis, loaded once from {@code data/evidence/}: stop
 * words, synonyms (Solr format; each group is folded onto its first word), the protected
 * terms, the weakness patterns and the generic words. Traditional → simplified is ICU's
 * transform ({@link Simplified}), not a list. Immutable, thread-safe.
 *
 * @param stopWords words that claim nothing (的, 进行, the)
 * @param synonyms synonym groups, folded onto their first word (顾客 → 客户 when the line is
 * {@code 客户, 顾客})
 * @param protectedTerms words and patterns stating a protected attribute, redacted from
 * evidence before analysis ({@code protected-terms.txt})
 * @param weakness patterns of sentences stating a weakness or development need
 * ({@code weakness.txt})
 * @param genericWords analysed terms too general to count as shared words on their own
 * ({@code generic-words.txt}: 工作, 公司, move, next …)
 * @param background sentences that are no evidence of anything
 * ({@code non-evidence.txt}), the semantic background a claim must stand out from
 */
public record Lexicon(CharArraySet stopWords, SynonymMap synonyms, ProtectedTerms protectedTerms, Weakness weakness,
		CharArraySet genericWords, List<String> background) {

	/**
	 * An empty lexicon: no stop words, no synonyms, no redaction, no weakness patterns.
	 */
	public static Lexicon empty() {
		try {
			return new Lexicon(CharArraySet.EMPTY_SET, new SynonymMap.Builder().build(), ProtectedTerms.none(),
					Weakness.none(), CharArraySet.EMPTY_SET, List.of());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Loads {@code stopwords.txt}, {@code synonyms.txt}, {@code protected-terms.txt},
	 * {@code weakness.txt}, {@code generic-words.txt} and {@code non-evidence.txt} from
	 * {@code dir}; a missing file counts as empty.
	 * @throws InvalidDataException naming the file and line of a malformed entry
	 */
	public static Lexicon load(Path dir) {
		String prefix = dir.toAbsolutePath().normalize().getParent().getFileName() + "/" + dir.getFileName() + "/";
		CharArraySet stopWords = new CharArraySet(lines(dir.resolve("stopwords.txt"), prefix), true);
		CharArraySet generic = new CharArraySet(lines(dir.resolve("generic-words.txt"), prefix), true);
		ProtectedTerms protectedTerms = ProtectedTerms.parse(read(dir.resolve("protected-terms.txt"), prefix),
				prefix + "protected-terms.txt");
		Weakness weakness = Weakness.parse(read(dir.resolve("weakness.txt"), prefix).lines().toList(),
				prefix + "weakness.txt");
		return new Lexicon(CharArraySet.unmodifiableSet(stopWords), synonyms(dir.resolve("synonyms.txt"), prefix),
				protectedTerms, weakness, CharArraySet.unmodifiableSet(generic),
				List.copyOf(lines(dir.resolve("non-evidence.txt"), prefix)));
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
