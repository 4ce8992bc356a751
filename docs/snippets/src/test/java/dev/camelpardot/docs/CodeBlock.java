package dev.camelpardot.docs;

/**
 * A fenced block of a Markdown page, with the marker comment on the line before it (null when there is none):
 * {@code <!-- snippet: path#tag -->} or {@code <!-- unchecked: reason -->}.
 */
record CodeBlock(String page, int line, String language, String content, String markerKind, String markerValue) {

    String where() {
        return page + ":" + line;
    }
}
