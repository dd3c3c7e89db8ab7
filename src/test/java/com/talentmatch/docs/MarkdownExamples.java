package com.talentmatch.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the {@code curl} examples of markdown files, and the markdown files the docs
 * link.
 * <p>
 * An example is a command starting with {@code curl} in a {@code ```bash} (or {@code sh},
 * {@code shell}) block, continued by a trailing {@code \} or an open quote, and followed
 * on the next line by a comment {@code # <status> <excerpt>}; an excerpt that opens a
 * JSON object or array goes on over the following comment lines until it closes. When the
 * comment has no excerpt (or the command has no comment at all, which then means 200),
 * the command is the last of its block and the next fenced block is {@code ```json}, that
 * block is the excerpt. A block preceded by {@code <!-- not run -->} is not run. Other
 * lines of a block (CLI commands, their output) are ignored.
 */
final class MarkdownExamples {

	/**
	 * The marker, on the last non-blank line before a block, of an illustrative block.
	 */
	static final String NOT_RUN = "<!-- not run -->";

	private static final Pattern FENCE = Pattern.compile("^(\\s*)(```+)\\s*([\\w-]*)\\s*$");

	private static final Pattern STATUS = Pattern.compile("^#\\s*(\\d{3})(?:\\s+(.*))?$");

	private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+\\.md)(?:#[^)]*)?\\)");

	private MarkdownExamples() {
	}

	/** A fenced block: its language, the line of its first content line, its lines. */
	record Block(String language, int firstLine, List<String> lines, boolean notRun) {
	}

	/** The examples of one file, in document order. */
	static List<CurlExample> read(Path repository, Path file) throws IOException {
		String name = repository.relativize(file).toString().replace('\\', '/');
		return examples(name, Files.readAllLines(file, StandardCharsets.UTF_8));
	}

	/** The examples of a markdown text named {@code name}, in document order. */
	static List<CurlExample> examples(String name, List<String> lines) {
		List<Block> blocks = blocks(name, lines);
		List<CurlExample> examples = new ArrayList<>();
		for (int b = 0; b < blocks.size(); b++) {
			Block block = blocks.get(b);
			if (block.notRun() || !List.of("bash", "sh", "shell", "console").contains(block.language())) {
				continue;
			}
			Block next = b + 1 < blocks.size() ? blocks.get(b + 1) : null;
			examples.addAll(examples(name, block, next));
		}
		return examples;
	}

	private static List<CurlExample> examples(String name, Block block, Block next) {
		List<CurlExample> examples = new ArrayList<>();
		List<String> lines = block.lines();
		int i = 0;
		while (i < lines.size()) {
			String line = lines.get(i).strip();
			if (!(line.equals("curl") || line.startsWith("curl "))) {
				i++;
				continue;
			}
			int commandLine = block.firstLine() + i;
			StringBuilder command = new StringBuilder(lines.get(i).strip());
			i++;
			while (!ShellWords.complete(command.toString())) {
				if (i >= lines.size()) {
					examples.add(new CurlExample(name, commandLine, command.toString(), 0, null, commandLine,
							"the curl command does not end (an open quote or a trailing \\)"));
					return examples;
				}
				command.append('\n').append(lines.get(i));
				i++;
			}
			Integer status = null;
			String excerpt = null;
			int excerptLine = block.firstLine() + i;
			Matcher m = i < lines.size() ? STATUS.matcher(lines.get(i).strip()) : null;
			if (m != null && m.matches()) {
				status = Integer.valueOf(m.group(1));
				StringBuilder text = new StringBuilder(m.group(2) == null ? "" : m.group(2).strip());
				i++;
				if (text.length() > 0 && (text.charAt(0) == '{' || text.charAt(0) == '[')) {
					while (!JsonExcerpt.closed(text.toString()) && i < lines.size()
							&& lines.get(i).strip().startsWith("#")) {
						text.append('\n').append(lines.get(i).strip().substring(1));
						i++;
					}
				}
				excerpt = text.length() == 0 ? null : text.toString();
			}
			boolean last = lines.subList(i, lines.size())
				.stream()
				.map(String::strip)
				.noneMatch(l -> l.equals("curl") || l.startsWith("curl "));
			if (excerpt == null && last && next != null && next.language().equals("json") && !next.notRun()) {
				excerpt = String.join("\n", next.lines());
				excerptLine = next.firstLine();
				status = status == null ? 200 : status;
			}
			String problem = status != null ? null
					: "a curl example needs a '# <status> <excerpt>' comment on the line after it (or a following"
							+ " ```json block); mark an illustrative block with " + NOT_RUN;
			examples.add(new CurlExample(name, commandLine, command.toString(), status == null ? 0 : status, excerpt,
					excerptLine, problem));
		}
		return examples;
	}

	/** The fenced blocks of a markdown text. */
	static List<Block> blocks(String name, List<String> lines) {
		List<Block> blocks = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			Matcher open = FENCE.matcher(lines.get(i));
			if (!open.matches()) {
				continue;
			}
			String indent = open.group(1);
			String fence = open.group(2);
			String language = open.group(3).toLowerCase(java.util.Locale.ROOT);
			boolean notRun = false;
			for (int p = i - 1; p >= 0; p--) {
				if (!lines.get(p).isBlank()) {
					notRun = lines.get(p).strip().equals(NOT_RUN);
					break;
				}
			}
			List<String> content = new ArrayList<>();
			int j = i + 1;
			while (j < lines.size() && !lines.get(j).strip().equals(fence)) {
				String l = lines.get(j);
				content.add(l.startsWith(indent) ? l.substring(indent.length()) : l.stripLeading());
				j++;
			}
			if (j >= lines.size()) {
				throw new DocExampleException(name + ":" + (i + 1), "the fenced block is not closed");
			}
			blocks.add(new Block(language, i + 2, content, notRun));
			i = j;
		}
		return blocks;
	}

	/**
	 * The markdown files to check: the given ones, then every markdown file of the
	 * repository they link (transitively), except the excluded ones.
	 */
	static List<Path> withLinked(Path repository, List<Path> start, Set<Path> excluded) throws IOException {
		Path root = repository.toAbsolutePath().normalize();
		Set<Path> seen = new LinkedHashSet<>();
		List<Path> queue = new ArrayList<>();
		for (Path p : start) {
			queue.add(p.toAbsolutePath().normalize());
		}
		Set<Path> skip = new java.util.HashSet<>();
		for (Path p : excluded) {
			skip.add(p.toAbsolutePath().normalize());
		}
		while (!queue.isEmpty()) {
			Path file = queue.remove(0);
			if (skip.contains(file) || !file.startsWith(root) || !Files.isRegularFile(file) || !seen.add(file)) {
				continue;
			}
			Matcher m = LINK.matcher(Files.readString(file, StandardCharsets.UTF_8));
			while (m.find()) {
				String target = m.group(1);
				if (!target.contains("://")) {
					queue.add(file.getParent().resolve(target).normalize());
				}
			}
		}
		return List.copyOf(seen);
	}

}
