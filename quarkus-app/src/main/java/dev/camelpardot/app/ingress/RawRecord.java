package dev.camelpardot.app.ingress;

import com.fasterxml.jackson.databind.JsonNode;

import dev.camelpardot.app.activity.RecordFormat;

/**
 * One record as read from a file or a request, before it is checked: either its fields ({@code node}) or
 * why it could not be read ({@code unreadable}), with its line, original text and format for the dead-letter queue.
 */
public record RawRecord(long line, String raw, JsonNode node, String unreadable, RecordFormat format) {

    public static RawRecord parsed(long line, String raw, JsonNode node, RecordFormat format) {
        return new RawRecord(line, raw, node, null, format);
    }

    public static RawRecord unreadable(long line, String raw, String reason, RecordFormat format) {
        return new RawRecord(line, raw, null, reason, format);
    }

    public boolean isReadable() {
        return unreadable == null;
    }
}
