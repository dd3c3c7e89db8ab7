package com.talentmatch.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Every {@code curl} example of the docs runs against the service and gets the status and
 * the fields the docs show: {@code README.md}, {@code docs/*.md} and every markdown file
 * they link ({@code rules/README.md} has its own test, {@code RulesReadmeExamplesTest}).
 * The format is {@link MarkdownExamples}'s, the curl subset {@link CurlCommand}'s, the
 * excerpt's {@link JsonExcerpt}'s.
 * <p>
 * One service in demo mode (demo users, the demo pool) with its own store and a copy of
 * {@code rules/}, so that the examples' writes reach no other test. The files run one
 * after another, {@code README.md} first, each file's examples in document order (a later
 * example may read what an earlier one wrote). No other test shares the context, so it is
 * closed afterwards ({@link DirtiesContext}): its background work (re-tagging evidence
 * after the examples' imports) does not run on into later tests.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "talent-match.demo=true" })
class DocsExamplesTest {

	static final Path REPOSITORY = Path.of("").toAbsolutePath();

	static final Path STORE = Path.of("target", "test-store", "docs-" + UUID.randomUUID());

	static final Path RULES = Path.of("target", "test-rules", "docs-" + UUID.randomUUID());

	static final Path SCRATCH = Path.of("target", "docs-examples", UUID.randomUUID().toString()).toAbsolutePath();

	@DynamicPropertySource
	static void dirs(DynamicPropertyRegistry registry) throws IOException {
		FileSystemUtils.copyRecursively(Path.of("rules"), RULES);
		registry.add("talent-match.store-dir", STORE::toString);
		registry.add("talent-match.rules-dir", RULES::toString);
	}

	@AfterAll
	static void clean() throws IOException {
		FileSystemUtils.deleteRecursively(RULES);
		FileSystemUtils.deleteRecursively(SCRATCH);
	}

	@LocalServerPort
	int port;

	/**
	 * The files checked: README.md, docs/*.md, and what they link, but not
	 * rules/README.md.
	 */
	static List<Path> files() throws IOException {
		List<Path> start = new ArrayList<>();
		start.add(REPOSITORY.resolve("README.md"));
		try (Stream<Path> docs = Files.list(REPOSITORY.resolve("docs"))) {
			docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(start::add);
		}
		return MarkdownExamples.withLinked(REPOSITORY, start, Set.of(REPOSITORY.resolve("rules/README.md")));
	}

	@TestFactory
	Stream<DynamicNode> everyCurlExampleOfTheDocsGetsTheDocumentedAnswer() throws IOException {
		Files.createDirectories(SCRATCH);
		ExampleRunner runner = new ExampleRunner(URI.create("http://localhost:" + port), REPOSITORY, SCRATCH);
		List<DynamicNode> files = new ArrayList<>();
		int examples = 0;
		for (Path file : files()) {
			List<CurlExample> found = MarkdownExamples.read(REPOSITORY, file);
			examples += found.size();
			if (!found.isEmpty()) {
				files.add(DynamicContainer.dynamicContainer(REPOSITORY.relativize(file).toString(), found.stream()
					.map(e -> DynamicTest.dynamicTest(e.where(), file.toUri(), () -> runner.run(e)))));
			}
		}
		assertThat(examples).as("curl examples in the docs").isGreaterThanOrEqualTo(10);
		return files.stream();
	}

}
