package com.talentmatch.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The indicators of one model in an in-memory Lucene index (one document per indicator),
 * with the term statistics the similarity needs. Immutable after construction,
 * thread-safe.
 */
final class ModelIndex {

	static final String TEXT = "text";

	private final List<IndicatorDoc> docs;

	private final IndexSearcher searcher;

	private final Map<String, Integer> docFreq = new HashMap<>();

	private final double[] norms;

	ModelIndex(List<IndicatorDoc> docs, Analyzer analyzer) {
		this.docs = List.copyOf(docs);
		ByteBuffersDirectory dir = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
			for (IndicatorDoc d : docs) {
				Document doc = new Document();
				doc.add(new StringField("competency", d.competency(), Field.Store.NO));
				doc.add(new TextField(TEXT, d.text(), Field.Store.NO));
				writer.addDocument(doc);
				d.terms().forEach(t -> docFreq.merge(t, 1, Integer::sum));
			}
			writer.forceMerge(1);
			writer.commit();
			this.searcher = new IndexSearcher(DirectoryReader.open(dir));
		}
		catch (IOException e) {
			throw new UncheckedIOException("in-memory index failed", e);
		}
		this.norms = docs.stream().mapToDouble(d -> norm(d.terms())).toArray();
	}

	int size() {
		return docs.size();
	}

	IndicatorDoc doc(int ord) {
		return docs.get(ord);
	}

	/**
	 * Inverse document frequency of a term among this model's indicators (BM25's form,
	 * always positive).
	 */
	double idf(String term) {
		int df = docFreq.getOrDefault(term, 0);
		return Math.log(1 + (docs.size() - df + 0.5) / (df + 0.5));
	}

	boolean knows(String term) {
		return docFreq.containsKey(term);
	}

	double norm(Set<String> terms) {
		double sum = 0;
		for (String t : terms) {
			double w = idf(t);
			sum += w * w;
		}
		return Math.sqrt(sum);
	}

	double norm(int ord) {
		return norms[ord];
	}

	/**
	 * Ordinals of the indicators sharing a term with {@code terms}, best BM25 first, at
	 * most {@code k}.
	 */
	List<Integer> candidates(Set<String> terms, int k) {
		BooleanQuery.Builder q = new BooleanQuery.Builder();
		int clauses = 0;
		for (String t : terms) {
			if (knows(t) && clauses < IndexSearcher.getMaxClauseCount()) {
				q.add(new TermQuery(new Term(TEXT, t)), BooleanClause.Occur.SHOULD);
				clauses++;
			}
		}
		if (clauses == 0) {
			return List.of();
		}
		try {
			List<Integer> out = new ArrayList<>();
			// one segment, no deletions, documents added in order: the doc id is the
			// ordinal
			for (ScoreDoc sd : searcher.search(q.build(), k).scoreDocs) {
				out.add(sd.doc);
			}
			return out;
		}
		catch (IOException e) {
			throw new UncheckedIOException("in-memory search failed", e);
		}
	}

}
