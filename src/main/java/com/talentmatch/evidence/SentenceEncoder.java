package com.talentmatch.evidence;

import java.util.List;

/**
 * Turns texts into unit-length sentence vectors, for the semantic half of matching.
 * Implementations are thread-safe.
 *
 * <pre>{@code
 * SentenceEncoder e = new BgeSmallZhEncoder();
 * float[] v = e.embed(List.of("他汇报工作简明扼要")).get(0);   // 512 floats, |v| = 1
 * }</pre>
 */
public interface SentenceEncoder {

	/**
	 * Identifies the model and its input conventions; part of every cache key, so a new
	 * model never reads the vectors of another.
	 */
	String id();

	/** Vector length. */
	int dimension();

	/** One unit-length vector per text, in order. */
	List<float[]> embed(List<String> texts);

}
