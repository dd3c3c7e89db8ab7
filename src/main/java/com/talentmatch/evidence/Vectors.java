package com.talentmatch.evidence;

/** Small vector helpers. */
final class Vectors {

	private Vectors() {
	}

	/** {@code v} scaled to unit length (a copy; the zero vector stays zero). */
	static float[] unit(float[] v) {
		double n = 0;
		for (float x : v) {
			n += x * x;
		}
		float[] out = v.clone();
		if (n > 0) {
			float s = (float) (1 / Math.sqrt(n));
			for (int i = 0; i < out.length; i++) {
				out[i] *= s;
			}
		}
		return out;
	}

	/** Dot product; the cosine for unit vectors. */
	static double dot(float[] a, float[] b) {
		double s = 0;
		for (int i = 0; i < a.length; i++) {
			s += a[i] * b[i];
		}
		return s;
	}

}
