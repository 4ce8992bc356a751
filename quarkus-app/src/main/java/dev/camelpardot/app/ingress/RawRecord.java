package dev.camelpardot.app.ingress;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One record as read from a file or a request, before it is checked: either its fields ({@code node}) or
 * why it could not be read ({@code unreadable}), with its line and original text for the dead-letter queue.
 */
public record RawRecord(long line, String raw, JsonNode node, String unreadable) {

    public static RawRecord parsed(long line, String raw, JsonNode node) {
        return new RawRecord(line, raw, node, null);
    }

    public static RawRecord unreadable(long line, String raw, String reason) {
        return new RawRecord(line, raw, null, reason);
    }

    public boolean isReadable() {
        return unreadable == null;
    }
}
