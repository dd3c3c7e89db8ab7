package com.talentmatch.evidence;

import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.icu.ICUTransformFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;

/**
 * The analysis of indicator and evidence text, Chinese and English in one stream:
 * traditional → simplified characters (ICU's {@code Traditional-Simplified}, see
 * {@link Simplified}), then a tokenizer (SmartCN words, or CJK bigrams), full-width →
 * half-width, lower case, punctuation dropped, single Chinese characters dropped (SmartCN
 * only; counted in code points, so 𩬅 is one character and survives inside a bigram),
 * grade tokens kept whole ({@code CET-6} → {@code cet6}), stop words, English stemming,
 * and synonym groups folded onto one word ({@code 顾客} → {@code 客户}). Thread-safe, as
 * every Lucene analyzer.
 *
 * <pre>{@code
 * new EvidenceAnalyzer(Segmentation.SMARTCN, Lexicon.load(Path.of("data/evidence")))
 * }</pre>
 */
public final class EvidenceAnalyzer extends Analyzer {

	/** How Chinese text is cut into tokens. */
	public enum Segmentation {

		/** SmartCN's HMM word segmentation: 主动 / 收集 / 客户. */
		SMARTCN,
		/** Overlapping character bigrams: 主动 / 动收 / 收集. */
		CJK_BIGRAMS,
		/**
		 * SmartCN words plus the character bigrams of each run of Chinese (marked
		 * {@code ~}): both must agree less.
		 */
		HYBRID

	}

	private final Segmentation segmentation;

	private final Lexicon lexicon;

	public EvidenceAnalyzer(Segmentation segmentation, Lexicon lexicon) {
		this.segmentation = segmentation;
		this.lexicon = lexicon;
	}

	public Segmentation segmentation() {
		return segmentation;
	}

	/** The word lists, including the protected terms redacted before analysis. */
	public Lexicon lexicon() {
		return lexicon;
	}

	@Override
	protected Reader initReader(String fieldName, Reader reader) {
		return Simplified.reader(reader);
	}

	@Override
	protected Reader initReaderForNormalization(String fieldName, Reader reader) {
		return initReader(fieldName, reader);
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer source = segmentation == Segmentation.CJK_BIGRAMS ? new StandardTokenizer()
				: new HMMChineseTokenizer();
		TokenStream stream = new ICUTransformFilter(source, Simplified.transliterator());
		stream = new PunctuationFilter(new LowerCaseFilter(new CJKWidthFilter(stream)));
		if (segmentation == Segmentation.CJK_BIGRAMS) {
			stream = new CJKBigramFilter(stream);
		}
		else if (segmentation == Segmentation.HYBRID) {
			stream = new HanBigramFilter(stream);
		}
		stream = new SingleCharFilter(new GradeTokenFilter(stream));
		stream = new StopFilter(stream, lexicon.stopWords());
		stream = new PorterStemFilter(stream);
		if (lexicon.synonyms().fst != null) {
			stream = new SynonymGraphFilter(stream, lexicon.synonyms(), true);
		}
		return new TokenStreamComponents(source, stream);
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new LowerCaseFilter(new CJKWidthFilter(in));
	}

}
