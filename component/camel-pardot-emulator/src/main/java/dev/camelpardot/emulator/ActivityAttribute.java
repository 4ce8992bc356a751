package dev.camelpardot.emulator;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import static dev.camelpardot.emulator.AccountEngagementError.badRequest;

/**
 * The external-activity fields a query can filter or sort on, each with the kind of value it holds: a number
 * (ids), a datetime (compared as instants, whatever offset was written) or text (compared ignoring case, as the
 * setup's API names are).
 */
enum ActivityAttribute {

    ID("id", Kind.NUMBER, activity -> Long.parseLong(activity.id())),
    PROSPECT_ID("prospectId", Kind.NUMBER, RecordedActivity::prospectId),
    CREATED_AT("createdAt", Kind.DATETIME, activity -> activity.createdAt().toInstant()),
    // activities never change after they are recorded, so updatedAt is createdAt
    UPDATED_AT("updatedAt", Kind.DATETIME, activity -> activity.createdAt().toInstant()),
    ACTIVITY_DATE("activityDate", Kind.DATETIME, activity -> activity.activityDate().toInstant()),
    EXTENSION("extension", Kind.TEXT, activity -> activity.extension().toLowerCase(Locale.ROOT)),
    TYPE("type", Kind.TEXT, activity -> activity.type().toLowerCase(Locale.ROOT));

    /** How a filter value of the attribute is written, and which comparisons it allows. */
    enum Kind { NUMBER, DATETIME, TEXT }

    private final String fieldName;
    private final Kind kind;
    private final Function<RecordedActivity, Comparable<?>> value;

    ActivityAttribute(String fieldName, Kind kind, Function<RecordedActivity, Comparable<?>> value) {
        this.fieldName = fieldName;
        this.kind = kind;
        this.value = value;
    }

    String fieldName() {
        return fieldName;
    }

    Kind kind() {
        return kind;
    }

    /** What filters and sorting compare: a Long, an Instant or lower-case text. */
    Comparable<?> valueOf(RecordedActivity activity) {
        return value.apply(activity);
    }

    /**
     * A query-string value as {@link #valueOf} would give it.
     *
     * @throws AccountEngagementError 16 for a malformed number, 7 for a datetime that is not ISO 8601 with an offset
     *         (a positive offset whose "+" was not URL-encoded as %2B arrives as a space and fails here too)
     */
    Comparable<?> parse(String parameter, String text) {
        switch (kind) {
            case NUMBER:
                try {
                    return Long.parseLong(text.trim());
                } catch (NumberFormatException e) {
                    throw badRequest(AccountEngagementError.INVALID_ID, "Invalid ID: " + parameter
                            + " must be a whole number, was '" + text + "'");
                }
            case DATETIME:
                try {
                    return OffsetDateTime.parse(text.trim(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
                } catch (DateTimeParseException e) {
                    throw badRequest(AccountEngagementError.INVALID_TIMESTAMP, "Invalid timestamp: " + parameter
                            + " must be an ISO 8601 datetime with an offset, e.g. 2021-01-01T11:08:00-04:00 (write a"
                            + " positive offset's '+' as %2B), was '" + text + "'");
                }
            default:
                return text.trim().toLowerCase(Locale.ROOT);
        }
    }

    /** By field name, ignoring case as the fields parameter does. */
    static Optional<ActivityAttribute> byFieldName(String name) {
        for (ActivityAttribute attribute : values()) {
            if (attribute.fieldName.equalsIgnoreCase(name)) {
                return Optional.of(attribute);
            }
        }
        return Optional.empty();
    }
}
