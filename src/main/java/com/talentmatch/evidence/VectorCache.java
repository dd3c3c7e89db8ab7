package com.talentmatch.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sentence vectors by model and text: catalogue texts (indicators, definitions,
 * translations) in an append-only file per model, so a restart or a catalogue change
 * embeds only texts it has not seen; evidence sentences only in a bounded in-memory map,
 * so no one's evidence is written to disk. Each key is the SHA-256 of the encoder id and
 * the text. A torn last record (a crash while appending) is ignored on load. Thread-safe.
 *
 * <pre>{@code
 * VectorCache cache = VectorCache.open(Path.of("var/store/vectors"), new BgeSmallZhEncoder());
 * cache.catalogue(List.of("能维持与同事及客户良好的关系"));   // embedded once, then read from disk
 * }</pre>
 */
public final class VectorCache {

	private static final Logger log = LoggerFactory.getLogger(VectorCache.class);

	private static final int KEY = 32;

	private static final int MEMORY_ENTRIES = 20_000;

	private final SentenceEncoder encoder;

	private final Path file;

	private final Map<Key, float[]> stored = new HashMap<>();

	private final Map<Key, float[]> recent = new LinkedHashMap<>(1024, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, float[]> eldest) {
			return size() > MEMORY_ENTRIES;
		}
	};

	private int embedded;

	private VectorCache(SentenceEncoder encoder, Path file) {
		this.encoder = encoder;
		this.file = file;
	}

	/**
	 * A cache whose catalogue vectors live in {@code dir/<encoder id>.vectors} (created
	 * when missing).
	 */
	public static VectorCache open(Path dir, SentenceEncoder encoder) {
		VectorCache c = new VectorCache(encoder,
				dir.resolve(encoder.id().replaceAll("[^A-Za-z0-9._-]", "_") + ".vectors"));
		c.load();
		return c;
	}

	/** A cache in memory only (tests, benchmarks). */
	public static VectorCache inMemory(SentenceEncoder encoder) {
		return new VectorCache(encoder, null);
	}

	public SentenceEncoder encoder() {
		return encoder;
	}

	/** Vectors of catalogue texts: from the file, else embedded and appended to it. */
	public List<float[]> catalogue(List<String> texts) {
		return vectors(texts, true);
	}

	/**
	 * Vectors of catalogue texts if every one is already held, else {@code null} (nothing
	 * is embedded).
	 */
	public List<float[]> cachedCatalogue(List<String> texts) {
		List<float[]> out = new ArrayList<>(texts.size());
		synchronized (this) {
			for (String t : texts) {
				float[] v = stored.get(key(t));
				if (v == null) {
					return null;
				}
				out.add(v);
			}
		}
		return out;
	}

	/** Vectors of evidence sentences: from memory, else embedded (never stored). */
	public List<float[]> sentences(List<String> texts) {
		return vectors(texts, false);
	}

	/** Number of texts embedded by this cache since it was opened (the misses). */
	public synchronized int embedded() {
		return embedded;
	}

	/** Number of catalogue vectors held. */
	public synchronized int size() {
		return stored.size();
	}

	private List<float[]> vectors(List<String> texts, boolean persist) {
		List<Key> keys = texts.stream().map(this::key).toList();
		float[][] out = new float[texts.size()][];
		List<Integer> missing = new ArrayList<>();
		synchronized (this) {
			for (int i = 0; i < keys.size(); i++) {
				float[] v = stored.get(keys.get(i));
				if (v == null) {
					v = recent.get(keys.get(i));
				}
				if (v == null) {
					missing.add(i);
				}
				out[i] = v;
			}
		}
		if (!missing.isEmpty()) {
			List<String> todo = missing.stream().map(texts::get).distinct().toList();
			List<float[]> fresh = encoder.embed(todo);
			Map<String, float[]> byText = new HashMap<>();
			for (int i = 0; i < todo.size(); i++) {
				byText.put(todo.get(i), fresh.get(i));
			}
			synchronized (this) {
				embedded += todo.size();
				Map<Key, float[]> append = new LinkedHashMap<>();
				for (int i : missing) {
					out[i] = byText.get(texts.get(i));
					if (persist) {
						if (stored.putIfAbsent(keys.get(i), out[i]) == null) {
							append.put(keys.get(i), out[i]);
						}
					}
					else {
						recent.put(keys.get(i), out[i]);
					}
				}
				append(append);
			}
		}
		return List.of(out);
	}

	private Key key(String text) {
		try {
			MessageDigest md = MessageDigest.getInstance("SHA-256");
			md.update(encoder.id().getBytes(StandardCharsets.UTF_8));
			md.update((byte) 0);
			return new Key(md.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

	private void load() {
		if (!Files.exists(file)) {
			return;
		}
		int record = KEY + 4 * encoder.dimension();
		try {
			ByteBuffer all = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
			while (all.remaining() >= record) {
				byte[] k = new byte[KEY];
				all.get(k);
				float[] v = new float[encoder.dimension()];
				all.asFloatBuffer().get(v);
				all.position(all.position() + 4 * v.length);
				stored.put(new Key(k), v);
			}
			if (all.remaining() > 0) {
				log.warn("{}: ignoring a torn last record of {} bytes", file, all.remaining());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read the vector cache " + file, e);
		}
	}

	private void append(Map<Key, float[]> records) {
		if (file == null || records.isEmpty()) {
			return;
		}
		int record = KEY + 4 * encoder.dimension();
		ByteBuffer buf = ByteBuffer.allocate(record * records.size()).order(ByteOrder.LITTLE_ENDIAN);
		records.forEach((k, v) -> {
			buf.put(k.bytes());
			for (float x : v) {
				buf.putFloat(x);
			}
		});
		buf.flip();
		try {
			Files.createDirectories(file.getParent());
			try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
					java.nio.channels.FileLock lock = ch.lock()) {
				// another process (the CLI beside the server) may have appended: write at
				// the
				// end; a torn record left by a crash is overwritten, keeping records
				// aligned
				long size = ch.size();
				ch.position(size - size % record);
				while (buf.hasRemaining()) {
					ch.write(buf);
				}
			}
		}
		catch (IOException e) {
			// the cache is an optimisation: matching goes on with the vectors in memory
			log.warn("cannot append to the vector cache {}: {}", file, e.toString());
		}
	}

	private record Key(byte[] bytes) {

		@Override
		public boolean equals(Object o) {
			return o instanceof Key k && java.util.Arrays.equals(bytes, k.bytes);
		}

		@Override
		public int hashCode() {
			return java.util.Arrays.hashCode(bytes);
		}

		@Override
		public String toString() {
			return java.util.HexFormat.of().formatHex(bytes);
		}
	}

}
