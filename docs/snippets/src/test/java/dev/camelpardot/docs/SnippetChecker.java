package dev.camelpardot.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks a page against the convention of docs/README.md: every fenced block carries a marker; a
 * {@code snippet:} block equals the tagged region of a file that the build compiles and a test runs; an
 * {@code unchecked:} block gives its reason and is not code (java, yaml, xml, properties, json must be snippets).
 */
final class SnippetChecker {

    static final Set<String> CODE = Set.of("java", "yaml", "yml", "xml", "properties", "json");

    private final Path root;

    SnippetChecker(Path root) {
        this.root = root;
    }

    /** What is wrong with the page, one line per problem naming page:line; empty when it follows the convention. */
    List<String> problems(String page) {
        Path file = root.resolve(page);
        if (!Files.isRegularFile(file)) {
            return List.of(page + ": no such page");
        }
        List<String> problems = new ArrayList<>();
        for (CodeBlock block : MarkdownBlocks.of(page, read(file))) {
            String problem = check(block);
            if (problem != null) {
                problems.add(block.where() + " (" + (block.language().isEmpty() ? "no language" : block.language())
                        + "): " + problem);
            }
        }
        return problems;
    }

    private String check(CodeBlock block) {
        if (block.markerKind() == null) {
            return "no marker: put <!-- snippet: path/to/File.java#tag --> (or, for a block that is not code,"
                    + " <!-- unchecked: why -->) on the line before the fence";
        }
        if (block.markerKind().equals("unchecked")) {
            if (block.markerValue().isBlank()) {
                return "unchecked needs a reason";
            }
            return CODE.contains(block.language()) ? block.language() + " is code: it must be a snippet of a file a test runs"
                    : null;
        }
        String[] reference = block.markerValue().split("#", 2);
        Path source = root.resolve(reference[0]).normalize();
        if (!Files.isRegularFile(source)) {
            return "snippet source " + reference[0] + " does not exist";
        }
        String relative = root.relativize(source).toString().replace('\\', '/');
        if (!relative.contains("/src/") && !relative.endsWith("pom.xml")) {
            return "snippet source " + relative + " is not part of a module (src/... or a pom.xml), so no build runs it";
        }
        String tag = reference.length > 1 ? reference[1] : null;
        String expected = TaggedSource.region(read(source), tag);
        if (expected == null) {
            return relative + " has no region tag::" + tag + "[] ... end::" + tag + "[]";
        }
        String actual = TaggedSource.normalize(block.content());
        if (!actual.equals(expected)) {
            return "differs from " + block.markerValue() + " at line " + firstDifference(actual, expected)
                    + " of the block; copy the region into the page (or change the source and its test)."
                    + "\n--- page:\n" + actual + "\n--- " + block.markerValue() + ":\n" + expected;
        }
        return null;
    }

    private static int firstDifference(String actual, String expected) {
        List<String> a = actual.lines().toList();
        List<String> e = expected.lines().toList();
        int i = 0;
        while (i < a.size() && i < e.size() && a.get(i).equals(e.get(i))) {
            i++;
        }
        return i + 1;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
