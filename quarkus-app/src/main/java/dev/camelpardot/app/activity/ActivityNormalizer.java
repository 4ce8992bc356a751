package dev.camelpardot.app.activity;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import com.fasterxml.jackson.databind.JsonNode;

import dev.camelpardot.api.PardotValidationException;
import dev.camelpardot.model.ActivityDates;
import dev.camelpardot.model.ExternalActivity;
import dev.camelpardot.model.ExternalActivityValidator;

/**
 * Turns a record from any source into an {@link ExternalActivity} checked by the component's own rules, so that
 * a bad record is refused at the door instead of after a queue and an API call. The configured default
 * extension and type fill in what a record leaves out. A missing activityDate becomes the time the record was
 * received: delivery may be delayed by an outage or the daily limit, and the activity keeps the time it happened.
 */
public final class ActivityNormalizer {

    private final String defaultExtension;
    private final String defaultType;

    public ActivityNormalizer(String defaultExtension, String defaultType) {
        this.defaultExtension = defaultExtension;
        this.defaultType = defaultType;
    }

    /** @throws PardotValidationException naming the field at fault */
    public ExternalActivity normalize(JsonNode node, Instant receivedAt) {
        if (node == null || !node.isObject()) {
            throw new PardotValidationException("body", "a record must be a JSON object with at least email and value");
        }
        OffsetDateTime date = ActivityDates.toOffsetDateTime(text(node, "activityDate"));
        ExternalActivity activity = ExternalActivity.builder()
                .extension(textOr(node, "extension", defaultExtension))
                .type(textOr(node, "type", defaultType))
                .email(text(node, "email"))
                .value(text(node, "value"))
                .activityDate(date != null ? date : receivedAt.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC))
                .build();
        return ExternalActivityValidator.validate(activity);
    }

    private static String textOr(JsonNode node, String field, String fallback) {
        String text = text(node, field);
        return text != null ? text : fallback;
    }

    /** Strings are trimmed; numbers and booleans are taken as their text; blank counts as missing. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isContainerNode()) {
            throw new PardotValidationException(field, field + " must be a string, not " + (value.isArray() ? "an array" : "an object"));
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }
}
