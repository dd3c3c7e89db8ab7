package com.talentmatch.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The vector cache embeds a text once per model, survives a restart and a torn write. */
class VectorCacheTest {

	/**
	 * Deterministic 4-dimensional vectors from the text's hash; counts what it embeds.
	 */
	static final class CountingEncoder implements SentenceEncoder {

		final List<String> embedded = new ArrayList<>();

		private final String id;

		CountingEncoder(String id) {
			this.id = id;
		}

		@Override
		public String id() {
			return id;
		}

		@Override
		public int dimension() {
			return 4;
		}

		@Override
		public synchronized List<float[]> embed(List<String> texts) {
			embedded.addAll(texts);
			return texts.stream().map(t -> {
				int h = t.hashCode();
				return Vectors.unit(new float[] { h & 0xff, (h >> 8) & 0xff, (h >> 16) & 0xff, 1 });
			}).toList();
		}

	}

	@Test
	void catalogueTextsAreEmbeddedOnceAndReadBackAfterARestart(@TempDir Path dir) {
		CountingEncoder first = new CountingEncoder("m1");
		VectorCache cache = VectorCache.open(dir, first);
		List<float[]> v = cache.catalogue(List.of("能维持良好关系", "表达言简意赅", "能维持良好关系"));
		assertThat(first.embedded).containsExactly("能维持良好关系", "表达言简意赅");
		assertThat(v.get(0)).isEqualTo(v.get(2));
		cache.catalogue(List.of("表达言简意赅"));
		assertThat(first.embedded).hasSize(2);

		CountingEncoder second = new CountingEncoder("m1");
		VectorCache restarted = VectorCache.open(dir, second);
		assertThat(restarted.size()).isEqualTo(2);
		assertThat(restarted.cachedCatalogue(List.of("能维持良好关系", "表达言简意赅")).get(1)).isEqualTo(v.get(1));
		assertThat(restarted.cachedCatalogue(List.of("新的指标"))).isNull();
		assertThat(second.embedded).isEmpty();
	}

	@Test
	void anotherModelNeverReadsTheseVectors(@TempDir Path dir) {
		VectorCache.open(dir, new CountingEncoder("m1")).catalogue(List.of("倾听客户"));
		CountingEncoder other = new CountingEncoder("m2");
		VectorCache.open(dir, other).catalogue(List.of("倾听客户"));
		assertThat(other.embedded).containsExactly("倾听客户");
	}

	@Test
	void evidenceSentencesAreNeverWrittenToDisk(@TempDir Path dir) throws IOException {
		CountingEncoder e = new CountingEncoder("m1");
		VectorCache cache = VectorCache.open(dir, e);
		cache.sentences(List.of("张三上周把投诉处理得很好"));
		cache.sentences(List.of("张三上周把投诉处理得很好"));
		assertThat(e.embedded).hasSize(1);
		assertThat(Files.list(dir).count()).isZero();
	}

	@Test
	void aTornLastRecordIsIgnoredAndOverwritten(@TempDir Path dir) throws IOException {
		VectorCache.open(dir, new CountingEncoder("m1")).catalogue(List.of("a", "b"));
		Path file = dir.resolve("m1.vectors");
		long whole = Files.size(file);
		Files.write(file, new byte[] { 1, 2, 3 }, StandardOpenOption.APPEND);
		CountingEncoder e = new CountingEncoder("m1");
		VectorCache reopened = VectorCache.open(dir, e);
		assertThat(reopened.size()).isEqualTo(2);
		reopened.catalogue(List.of("c"));
		assertThat(Files.size(file)).isEqualTo(whole / 2 * 3);
		assertThat(VectorCache.open(dir, new CountingEncoder("m1")).size()).isEqualTo(3);
	}

}
