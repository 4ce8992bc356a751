package dev.camelpardot.app.activity;

/** A record refused on arrival: its line (or record number), the field at fault and the reason. */
public record RecordProblem(long line, String field, String reason, String raw) {
}
