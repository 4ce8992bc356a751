package dev.camelpardot.app.activity;

import java.time.Instant;

/** Where and when a record arrived. */
public record Provenance(String source, String origin, long line, Instant receivedAt) {

    public Provenance atLine(long number) {
        return new Provenance(source, origin, number, receivedAt);
    }
}
