package dev.camelpardot.model;

import java.util.List;

/**
 * One thing {@code ensure} (or assign, activate, ...) did, or found already right.
 *
 * @param kind          what kind of record
 * @param developerName the record's DeveloperName (for an assignment: the extension's; the business unit id is in
 *                      {@code detail})
 * @param action        what happened
 * @param id            the record id
 * @param fields        the fields that were set (on UPDATED), else empty
 * @param detail        a sentence for people, e.g. "label 'Old' -> 'New'"
 */
public record SetupChange(Kind kind, String developerName, Action action, String id, List<String> fields,
                          String detail) {

    public SetupChange {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** The kinds of setup records. */
    public enum Kind {
        EXTENSION, ACTIVITY_TYPE, ASSIGNMENT
    }

    /** What was done to a record. */
    public enum Action {
        CREATED, UPDATED, DELETED, UNCHANGED
    }

    public boolean changed() {
        return action != Action.UNCHANGED;
    }

    @Override
    public String toString() {
        return kind + " " + developerName + ": " + action + (detail == null || detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
