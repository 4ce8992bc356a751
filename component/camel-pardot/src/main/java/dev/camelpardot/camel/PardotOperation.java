package dev.camelpardot.camel;

/** What a {@code pardot:} endpoint does; which ones apply depends on the resource (see {@link PardotResource}). */
public enum PardotOperation {
    /** external-activity: submit one activity (or a batch); extension / activity-type: create a record. */
    CREATE,
    /** external-activity: read one by id (header CamelPardotActivityId). */
    READ,
    /** external-activity: one page of activities, or all of them lazily with streamResults. */
    QUERY,
    /** extension / activity-type: one record by id (header CamelPardotRecordId) or by DeveloperName. */
    GET,
    /** extension: all extensions; activity-type: the types of one extension. */
    LIST,
    /** extension / activity-type: PATCH label, description or active of an existing record. */
    UPDATE,
    /** extension / activity-type: create when missing, update what differs, report what changed. */
    ENSURE,
    /** extension: assign it to the business unit (idempotent). */
    ASSIGN,
    /** extension: remove its assignment to the business unit (idempotent). */
    UNASSIGN,
    /** activity-type: set "Active in Automations" (idempotent). */
    ACTIVATE,
    /** activity-type: clear "Active in Automations" (idempotent). */
    DEACTIVATE;

    @Override
    public String toString() {
        return PardotResource.lower(this);
    }
}
