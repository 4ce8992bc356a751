package dev.camelpardot.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of a source file a snippet shows: the lines between {@code tag::name[]} and {@code end::name[]} (in a
 * comment of the file's language: {@code //}, {@code #}, {@code <!-- -->}), or the whole file without a tag. A tag
 * may mark several regions; they are joined with one blank line. Lines that carry any tag marker are left out, and
 * each region loses its common indentation.
 */
final class TaggedSource {

    private static final Pattern MARKER = Pattern.compile("(tag|end)::([\\w.-]+)\\[]");

    private TaggedSource() {
    }

    /** The region, or null when the file has no such tag. */
    static String region(String source, String tag) {
        List<String> regions = new ArrayList<>();
        StringBuilder current = null;
        StringBuilder whole = new StringBuilder();
        for (String line : source.lines().toList()) {
            Matcher marker = MARKER.matcher(line);
            if (marker.find()) {
                if (marker.group(2).equals(tag)) {
                    if (marker.group(1).equals("tag")) {
                        current = new StringBuilder();
                    } else if (current != null) {
                        regions.add(normalize(current.toString()));
                        current = null;
                    }
                }
                continue;
            }
            whole.append(line).append('\n');
            if (current != null) {
                current.append(line).append('\n');
            }
        }
        if (tag == null) {
            return normalize(whole.toString());
        }
        return regions.isEmpty() ? null : String.join("\n\n", regions);
    }

    /** Without common indentation, trailing spaces, and blank lines at either end. */
    static String normalize(String text) {
        List<String> lines = text.lines().map(String::stripTrailing).toList();
        int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
                .min().orElse(0);
        List<String> out = lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList();
        int start = 0;
        int end = out.size();
        while (start < end && out.get(start).isEmpty()) {
            start++;
        }
        while (end > start && out.get(end - 1).isEmpty()) {
            end--;
        }
        return String.join("\n", out.subList(start, end));
    }
}
