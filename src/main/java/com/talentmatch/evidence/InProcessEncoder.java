package com.talentmatch.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;

/**
 * A sentence-embedding model bundled in a Maven Central jar and run in-process by ONNX
 * Runtime (through langchain4j): nothing is downloaded at run time. The model loads on
 * first use, once; vectors are unit length. Thread-safe.
 */
public abstract class InProcessEncoder implements SentenceEncoder {

	private final String id;

	private final int dimension;

	private final Supplier<EmbeddingModel> loader;

	private volatile EmbeddingModel model;

	/**
	 * @param loader creates the model; it should run on the calling thread (the service's
	 * own executors decide the parallelism)
	 */
	protected InProcessEncoder(String id, int dimension, Supplier<EmbeddingModel> loader) {
		this.id = id;
		this.dimension = dimension;
		this.loader = loader;
	}

	@Override
	public String id() {
		return id;
	}

	@Override
	public int dimension() {
		return dimension;
	}

	/** Loads the model now (otherwise the first {@link #embed} does). */
	public InProcessEncoder load() {
		model();
		return this;
	}

	private EmbeddingModel model() {
		EmbeddingModel m = model;
		if (m == null) {
			synchronized (this) {
				if (model == null) {
					model = loader.get();
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
