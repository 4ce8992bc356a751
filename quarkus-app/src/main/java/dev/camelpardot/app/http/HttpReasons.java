package dev.camelpardot.app.http;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.camelpardot.app.activity.RecordProblem;
import dev.camelpardot.app.ingress.FileReasons;
import dev.camelpardot.app.ingress.RawRecord;

/**
 * Reasons in the words of an HTTP client. The component's checks speak to route authors ("set it in the body or the
 * CamelPardotEmail header"); a client posting JSON has neither Camel headers nor endpoint options, only the fields
 * of its record.
 */
final class HttpReasons {

    private static final Map<String, String> EXAMPLES = Map.of(
            "email", "\"email\": \"jane@example.com\"",
            "value", "\"value\": \"Registered for the webinar\"",
            "extension", "\"extension\": \"<the extension's DeveloperName>\"",
            "type", "\"type\": \"<the activity type's DeveloperName>\"");

    private HttpReasons() {
    }

    static String of(RawRecord record, RecordProblem problem) {
        String field = problem.field();
        if (field != null && EXAMPLES.containsKey(field) && isMissing(record.node(), field)) {
            return field + " is missing: add " + EXAMPLES.get(field) + " to the JSON record";
        }
        return FileReasons.withoutJavaTypes(problem.reason());
    }

    private static boolean isMissing(JsonNode node, String field) {
        if (node == null || !node.isObject()) {
            return false;
        }
        JsonNode value = node.get(field);
        return value == null || value.isNull() || (value.isValueNode() && value.asText().isBlank());
    }
}
