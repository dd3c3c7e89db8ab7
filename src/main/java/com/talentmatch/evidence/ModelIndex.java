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
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The indicators of one model in an in-memory Lucene index (one document per indicator):
 * the analysed text for BM25, with the term statistics the lexical similarity needs, and,
 * when vectors are given, each indicator's sentence vector in a
 * {@link KnnFloatVectorField} (HNSW, cosine) searched by {@link KnnFloatVectorQuery}.
 * Immutable after construction, thread-safe.
 */
final class ModelIndex {

	static final String TEXT = "text";

	static final String VECTOR = "vector";

	static final String ENGLISH_VECTOR = "vector_en";

	private final List<IndicatorDoc> docs;

	private final IndexSearcher searcher;

	private final Map<String, Integer> docFreq = new HashMap<>();

	private final double[] norms;

	private final float[][] vectors;

	private final float[][] englishVectors;

	ModelIndex(List<IndicatorDoc> docs, Analyzer analyzer) {
		this(docs, analyzer, null, null);
	}

	/**
	 * @param vectors one unit vector per document, in order, or {@code null} for a
	 * lexical-only index
	 */
	ModelIndex(List<IndicatorDoc> docs, Analyzer analyzer, List<float[]> vectors, List<float[]> englishVectors) {
		this.docs = List.copyOf(docs);
		this.vectors = vectors == null ? null : vectors.toArray(float[][]::new);
		this.englishVectors = englishVectors == null ? null : englishVectors.toArray(float[][]::new);
		ByteBuffersDirectory dir = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
			for (int ord = 0; ord < docs.size(); ord++) {
				IndicatorDoc d = docs.get(ord);
				Document doc = new Document();
				doc.add(new StringField("competency", d.competency(), Field.Store.NO));
				doc.add(new TextField(TEXT, d.text(), Field.Store.NO));
				if (this.vectors != null) {
					doc.add(new KnnFloatVectorField(VECTOR, this.vectors[ord], VectorSimilarityFunction.COSINE));
				}
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

	/** Whether the documents carry sentence vectors. */
	boolean semantic() {
		return vectors != null;
	}

	/** Whether English documents carry English vectors. */
	boolean english() {
		return englishVectors != null;
	}

	/**
	 * Cosine similarity of {@code query} (unit length) to document {@code ord}: in the
	 * English model's space with {@code english} (−1 for a document without an English
	 * vector), else in the Chinese one.
	 */
	double cosine(float[] query, int ord, boolean english) {
		if (english) {
			return englishVectors[ord] == null ? -1 : Vectors.dot(query, englishVectors[ord]);
		}
		return Vectors.dot(query, vectors[ord]);
	}

	/**
	 * The {@code k} documents nearest to {@code query} by kNN over the vector field (the
	 * English one with {@code english}), as ordinal → cosine.
	 */
	Map<Integer, Double> nearest(float[] query, int k, boolean english) {
		try {
			Map<Integer, Double> out = new HashMap<>();
			String field = english ? ENGLISH_VECTOR : VECTOR;
			for (ScoreDoc sd : searcher.search(new KnnFloatVectorQuery(field, query, k), k).scoreDocs) {
				// COSINE scores are (1 + cos) / 2
				out.put(sd.doc, 2.0 * sd.score - 1);
			}
			return out;
		}
		catch (IOException e) {
			throw new UncheckedIOException("in-memory vector search failed", e);
		}
	}

}
