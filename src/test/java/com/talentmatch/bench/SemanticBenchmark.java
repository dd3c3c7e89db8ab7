package com.talentmatch.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;

import com.talentmatch.catalogue.Catalogue;
import com.talentmatch.evidence.BgeSmallZhEncoder;
import com.talentmatch.evidence.EvidenceAnalyzer;
import com.talentmatch.evidence.EvidenceMatcher;
import com.talentmatch.evidence.GradeRecognizer;
import com.talentmatch.evidence.IndicatorIndex;
import com.talentmatch.evidence.Lexicon;
import com.talentmatch.evidence.MatchSettings;
import com.talentmatch.evidence.MiniLmEnglishEncoder;
import com.talentmatch.evidence.Translations;
import com.talentmatch.evidence.VectorCache;

/**
 * Speed of the semantic view, on this machine: a pasted 20-sentence note matched end to
 * end (p50 / p95, every sentence embedded afresh; a few dev set lines hold two sentences,
 * so a note has 20–22); sentences embedded per second by our encoder and by the model's
 * own ONNX session (tokenizer + ONNX Runtime, nothing else), at 1 and 2 threads; the
 * lexical matcher's throughput; and what a warm vector cache adds to startup.
 *
 * <pre>{@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.talentmatch.bench.SemanticBenchmark}</pre>
 *
 * (or {@code java -cp target/test-classes:target/classes:<test classpath>}). Uses
 * {@code target/vector-cache}; run {@code HardSetEvaluation} or the tests once first.
 */
public final class SemanticBenchmark {

	private SemanticBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path data = Path.of("data");
		Path cacheDir = Path.of("target", "vector-cache");
		int cores = Runtime.getRuntime().availableProcessors();
		Catalogue catalogue = EvidenceEvaluation.catalogue(data);
		Lexicon lexicon = Lexicon.load(data.resolve("evidence"));
		EvidenceAnalyzer analyzer = new EvidenceAnalyzer(EvidenceAnalyzer.Segmentation.HYBRID, lexicon);
		Translations translations = Translations.load(data.resolve("evidence/translations"));
		List<String> sentences = HardSetEvaluation.examples(data)
			.stream()
			.map(HardSetEvaluation.Example::sentence)
			.toList();
		System.out.printf("%d cores, %d distinct dev set sentences%n", cores, sentences.size());

		// startup: the lexical index alone, then the same with vectors read from a warm
		// cache (the model itself loads in the background, timed apart)
		double[] lexicalMs = new double[7];
		double[] warmMs = new double[7];
		IndicatorIndex hybrid = null;
		for (int i = 0; i < lexicalMs.length; i++) {
			long t = System.nanoTime();
			IndicatorIndex.build(catalogue, analyzer, translations, null);
			lexicalMs[i] = (System.nanoTime() - t) / 1e6;
			t = System.nanoTime();
			VectorCache cache = VectorCache.open(cacheDir, new BgeSmallZhEncoder());
			VectorCache english = VectorCache.open(cacheDir, new MiniLmEnglishEncoder());
			hybrid = IndicatorIndex.build(catalogue, analyzer, translations, cache, english, true);
			warmMs[i] = (System.nanoTime() - t) / 1e6;
			if (hybrid == null) {
				throw new IllegalStateException("the vector cache in " + cacheDir + " is cold: run the tests first");
			}
		}
		Arrays.sort(lexicalMs);
		Arrays.sort(warmMs);
		long t = System.nanoTime();
		BgeSmallZhEncoder encoder = new BgeSmallZhEncoder().load();
		MiniLmEnglishEncoder englishEncoder = new MiniLmEnglishEncoder().load();
		double loadMs = (System.nanoTime() - t) / 1e6;
		System.out.printf(Locale.ROOT,
				"startup: lexical index %.0f ms; with vectors from the warm cache %.0f ms (+%.0f ms); "
						+ "both models' load %.0f ms (in the background, not on the startup path)%n",
				lexicalMs[3], warmMs[3], warmMs[3] - lexicalMs[3], loadMs);

		// embedding: our encoder vs the raw ONNX session
		RawOnnx raw = new RawOnnx();
		for (int threads : new int[] { 1, cores }) {
			double ours = rate(sentences, s -> encoder.embed(List.of(s)), threads);
			double onnx = rate(sentences, raw::embed, threads);
			System.out.printf(Locale.ROOT,
					"embedding, %d thread(s): ours %.1f sentences/s, raw ONNX Runtime %.1f sentences/s (%.0f%%)%n",
					threads, ours, onnx, 100 * ours / onnx);
		}
		List<String> englishSentences = sentences.stream().filter(EvidenceMatcherAccess::english).toList();
		for (int threads : new int[] { 1, cores }) {
			double en = rate(englishSentences, s -> englishEncoder.embed(List.of(s)), threads);
			System.out.printf(Locale.ROOT, "English embedding (all-MiniLM-L6-v2-q), %d thread(s): %.1f sentences/s%n",
					threads, en);
		}

		// a pasted 20-sentence note, every sentence new to the sentence cache
		VectorCache cache = VectorCache.open(cacheDir, encoder);
		IndicatorIndex index = IndicatorIndex.build(catalogue, analyzer, translations, cache,
				VectorCache.open(cacheDir, englishEncoder), false);
		EvidenceMatcher fusion = new EvidenceMatcher(index, new GradeRecognizer(catalogue), MatchSettings.HYBRID);
		List<HardSetEvaluation.Example> examples = HardSetEvaluation.examples(data)
			.stream()
			.filter(e -> e.model().equals("cs-dept"))
			.toList();
		double[] noteMs = new double[40];
		for (int n = -5; n < noteMs.length; n++) {
			StringBuilder note = new StringBuilder();
			for (int i = 0; i < 20; i++) {
				String s = examples.get(Math.floorMod(n * 20 + i, examples.size())).sentence();
				note.append(s, 0, s.length() - 1).append("(第").append(n + 10).append("次)。");
			}
			long t0 = System.nanoTime();
			int matched = fusion.match("cs-dept", note.toString()).sentences().size();
			if (n >= 0) {
				noteMs[n] = (System.nanoTime() - t0) / 1e6;
			}
			if (matched < 20) {
				throw new IllegalStateException("expected 20 sentences, got " + matched);
			}
		}
		Arrays.sort(noteMs);
		System.out.printf(Locale.ROOT, "20-sentence note, fusion, embedding included: p50 %.0f ms, p95 %.0f ms%n",
				noteMs[noteMs.length / 2], noteMs[(int) Math.ceil(noteMs.length * 0.95) - 1]);

		// lexical alone (semantic=false), the translations included
		EvidenceMatcher lexical = new EvidenceMatcher(IndicatorIndex.build(catalogue, analyzer, translations, null),
				new GradeRecognizer(catalogue), MatchSettings.DEFAULT);
		List<String[]> many = new ArrayList<>();
		List<HardSetEvaluation.Example> all = HardSetEvaluation.examples(data);
		while (many.size() < 20_000) {
			for (HardSetEvaluation.Example e : all) {
				many.add(new String[] { e.model(), e.sentence() + " (" + many.size() + ")" });
			}
		}
		for (int threads : new int[] { 1, cores }) {
			double r = rate(many, x -> lexical.matchSentence(x[0], x[1]), threads);
			System.out.printf(Locale.ROOT, "lexical only (semantic=false), %d thread(s): %.0f sentences/s%n", threads,
					r);
		}
		raw.close();
	}

	/** The matcher's language test. */
	private static final class EvidenceMatcherAccess {

		static boolean english(String s) {
			return s.chars().filter(c -> c < 128 && Character.isLetter(c)).count() > s.length() / 3;
		}

	}

	/** Items per second over the list, after a warm-up pass. */
	private static <T> double rate(List<T> items, Consumer<T> work, int threads) throws Exception {
		run(items.subList(0, Math.min(400, items.size())), work, threads);
		long t = System.nanoTime();
		run(items, work, threads);
		return items.size() / ((System.nanoTime() - t) / 1e9);
	}

	private static <T> void run(List<T> items, Consumer<T> work, int threads) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> parts = new ArrayList<>();
			for (int p = 0; p < threads; p++) {
				int part = p;
				parts.add(pool.submit(() -> {
					for (int i = part; i < items.size(); i += threads) {
						work.accept(items.get(i));
					}
				}));
			}
			for (Future<?> f : parts) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}
	}

	/**
	 * The model's own ONNX file and tokenizer from the same jar, run directly: tokenize,
	 * one session run, CLS vector. The yardstick for our encoder's overhead.
	 */
	static final class RawOnnx implements AutoCloseable {

		private final OrtEnvironment env = OrtEnvironment.getEnvironment();

		private final OrtSession session;

		private final HuggingFaceTokenizer tokenizer;

		RawOnnx() throws Exception {
			try (InputStream model = resource("bge-small-zh-v1.5.onnx");
					InputStream tok = resource("bge-small-zh-v1.5-tokenizer.json")) {
				this.session = env.createSession(model.readAllBytes(), new OrtSession.SessionOptions());
				this.tokenizer = HuggingFaceTokenizer.newInstance(tok, Map.of("padding", "false"));
			}
		}

		private static InputStream resource(String name) throws IOException {
			InputStream in = BgeSmallZhEncoder.class.getClassLoader().getResourceAsStream(name);
			if (in == null) {
				throw new IOException(name + " is not on the classpath");
			}
			return in;
		}

		void embed(String text) {
			Encoding e = tokenizer.encode(text);
			Map<String, long[]> inputs = new HashMap<>();
			inputs.put("input_ids", e.getIds());
			inputs.put("attention_mask", e.getAttentionMask());
			inputs.put("token_type_ids", e.getTypeIds());
			Map<String, OnnxTensor> tensors = new HashMap<>();
			try {
				for (String name : session.getInputNames()) {
					tensors.put(name, OnnxTensor.createTensor(env, new long[][] { inputs.get(name) }));
				}
				try (OrtSession.Result r = session.run(tensors)) {
					float[][][] hidden = (float[][][]) r.get(0).getValue();
					if (hidden[0][0].length != 512) {
						throw new IllegalStateException("unexpected output size " + hidden[0][0].length);
					}
				}
			}
			catch (ai.onnxruntime.OrtException ex) {
				throw new IllegalStateException(ex);
			}
			finally {
				tensors.values().forEach(OnnxTensor::close);
			}
		}

		@Override
		public void close() throws Exception {
			session.close();
			tokenizer.close();
		}

	}

}
