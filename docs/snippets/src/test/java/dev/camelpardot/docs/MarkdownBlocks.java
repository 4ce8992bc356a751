package dev.camelpardot.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The fenced code blocks of a Markdown page, each with the marker comment just above it. */
final class MarkdownBlocks {

    private static final Pattern OPEN = Pattern.compile("^(\\s*)(`{3,}|~{3,})\\s*([\\w+-]*).*$");
    private static final Pattern MARKER = Pattern.compile("^\\s*<!--\\s*(snippet|unchecked):\\s*(.*?)\\s*-->\\s*$");

    private MarkdownBlocks() {
    }

    static List<CodeBlock> of(String page, String text) {
        List<String> lines = text.lines().toList();
        List<CodeBlock> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = OPEN.matcher(lines.get(i));
            if (!open.matches()) {
                continue;
            }
            int indent = open.group(1).length();
            String fence = open.group(2);
            StringBuilder content = new StringBuilder();
            int j = i + 1;
            while (j < lines.size() && !isClosing(lines.get(j), fence)) {
                content.append(dropIndent(lines.get(j), indent)).append('\n');
                j++;
            }
            Matcher marker = markerAbove(lines, i);
            blocks.add(new CodeBlock(page, i + 1, open.group(3), content.toString(),
                    marker == null ? null : marker.group(1), marker == null ? null : marker.group(2)));
            i = j;
        }
        return blocks;
    }

    private static boolean isClosing(String line, String fence) {
        String stripped = line.strip();
        return stripped.startsWith(fence) && stripped.chars().allMatch(c -> c == fence.charAt(0));
    }

    private static String dropIndent(String line, int indent) {
        int drop = 0;
        while (drop < indent && drop < line.length() && line.charAt(drop) == ' ') {
            drop++;
        }
        return line.substring(drop);
    }

    private static Matcher markerAbove(List<String> lines, int fenceIndex) {
        for (int k = fenceIndex - 1; k >= 0; k--) {
            if (!lines.get(k).isBlank()) {
                Matcher marker = MARKER.matcher(lines.get(k));
                return marker.matches() ? marker : null;
            }
        }
        return null;
    }
}
