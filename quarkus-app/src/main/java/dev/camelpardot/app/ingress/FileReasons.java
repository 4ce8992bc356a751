package dev.camelpardot.app.ingress;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.camelpardot.app.activity.RecordFormat;
import dev.camelpardot.app.activity.RecordProblem;

/**
 * Reasons in the words of someone who wrote a file. The component's checks speak to route authors ("set it in the
 * body or the CamelPardotEmail header"); a file has neither, only columns (CSV) or fields (JSON, NDJSON), and the
 * app's defaults for extension and type.
 */
public final class FileReasons {

    private static final Map<String, String> JSON_EXAMPLES = Map.of(
            "email", "\"email\": \"jane@example.com\"",
            "value", "\"value\": \"Registered for the webinar\"",
            "extension", "\"extension\": \"<the extension's DeveloperName>\"",
            "type", "\"type\": \"<the activity type's DeveloperName>\"");

    private static final Map<String, String> DEFAULTS = Map.of(
            "extension", "pardot.activity.default-extension",
            "type", "pardot.activity.default-type");

    private FileReasons() {
    }

    /** The problem's reason, reworded for a record of a file when it came from the component. */
    public static String of(RawRecord record, RecordProblem problem) {
        String field = problem.field();
        if (field != null && JSON_EXAMPLES.containsKey(field) && record.format() != null && isMissing(record.node(), field)) {
            return missing(field, record.format());
        }
        return withoutJavaTypes(problem.reason());
    }

    private static String missing(String field, RecordFormat format) {
        String orDefault = DEFAULTS.containsKey(field) ? ", or set " + DEFAULTS.get(field) : "";
        if (format.kind() == RecordFormat.Kind.CSV) {
            return switch (field) {
                case "email" -> "email is missing: fill in the email column of this row, e.g. jane@example.com";
                case "value" -> "value is missing: fill in the value column of this row";
                case "extension" -> "extension is missing: add an extension column (the extension's DeveloperName)"
                        + orDefault;
                default -> "type is missing: add a type column (the activity type's DeveloperName)" + orDefault;
            };
        }
        return field + " is missing: add " + JSON_EXAMPLES.get(field) + " to the record" + orDefault;
    }

    /** A file holds text, not Java objects: the component's advice to pass an OffsetDateTime does not apply. */
    public static String withoutJavaTypes(String reason) {
        return reason == null ? null : reason.replace(", or pass an OffsetDateTime or Instant", "");
    }

    static boolean isMissing(JsonNode node, String field) {
        if (node == null || !node.isObject()) {
            return false;
        }
        JsonNode value = node.get(field);
        return value == null || value.isNull() || (value.isValueNode() && value.asText().isBlank());
    }
}
