package dev.camelpardot.app.activity;

import java.util.Locale;

/**
 * What a record was written in. A refused record keeps it, so that a replay reads the record again the way ingress
 * read it: a CSV row means nothing without its file's header line (as written) and separator.
 */
public record RecordFormat(Kind kind, String csvHeader, Character csvSeparator) {

    public enum Kind {
        /** A row of a CSV file with a header line. */
        CSV,
        /** One line of NDJSON (a file or a request body read line by line). */
        NDJSON,
        /** A JSON object: an element of an array, a document, or a JMS message. */
        JSON
    }

    public static final RecordFormat NDJSON = new RecordFormat(Kind.NDJSON, null, null);
    public static final RecordFormat JSON = new RecordFormat(Kind.JSON, null, null);

    public RecordFormat {
        if (kind == Kind.CSV && (csvHeader == null || csvSeparator == null)) {
            throw new IllegalArgumentException("a CSV record needs its header line and separator");
        }
    }

    public static RecordFormat csv(String header, char separator) {
        return new RecordFormat(Kind.CSV, header, separator);
    }

    /** csv, ndjson or json, as in the {@link ActivityHeaders#FORMAT} property. */
    public String label() {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** The format of a {@link #label()}, or null for an unknown one. */
    public static Kind kindOf(String label) {
        for (Kind kind : Kind.values()) {
            if (kind.name().equalsIgnoreCase(label)) {
                return kind;
            }
        }
        return null;
    }
}
