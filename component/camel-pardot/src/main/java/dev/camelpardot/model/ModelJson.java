package dev.camelpardot.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.camelpardot.api.Json;

/**
 * The wire form of external activities. Written field by field rather than by reflection so the request carries
 * exactly the fields Account Engagement documents, with the date in the format it documents; read with a streaming
 * parser, as this runs once per message.
 */
public final class ModelJson {

    /** The component's one mapper ({@link Json#MAPPER}), here for callers that used it through this class. */
    public static final ObjectMapper MAPPER = Json.MAPPER;

    private static final JsonStringEncoder ENCODER = JsonStringEncoder.getInstance();

    private ModelJson() {
    }

    /** The create request body: extension, type, email, value and (when set) activityDate. */
    public static String toCreateRequest(ExternalActivity activity) {
        StringBuilder json = new StringBuilder(128).append('{');
        field(json, "extension", activity.extension()).append(',');
        field(json, "type", activity.type()).append(',');
        field(json, "email", activity.email()).append(',');
        field(json, "value", activity.value());
        if (activity.activityDate() != null) {
            field(json.append(','), "activityDate", ActivityDates.format(activity.activityDate()));
        }
        return json.append('}').toString();
    }

    private static StringBuilder field(StringBuilder json, String name, String value) {
        json.append('"').append(name).append("\":");
        if (value == null) {
            return json.append("null");
        }
        json.append('"');
        ENCODER.quoteAsString(value, json);
        return json.append('"');
    }

    /**
     * An activity from a create or read response. Dates that do not parse are dropped rather than failing a call
     * that succeeded.
     */
    public static ExternalActivity fromResponse(JsonNode node) {
        return ExternalActivity.builder()
                .id(text(node, "id"))
                .extension(text(node, "extension"))
                .type(text(node, "type"))
                .email(text(node, "email"))
                .value(text(node, "value"))
                .activityDate(lenientDate(text(node, "activityDate")))
                .createdAt(lenientDate(text(node, "createdAt")))
                .build();
    }

    /**
     * The same from the response text, or null when the text is not a JSON object.
     *
     * @throws UncheckedIOException when the text is not JSON
     */
    public static ExternalActivity fromResponse(String json) {
        try (JsonParser parser = Json.factory().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            ExternalActivity.Builder activity = ExternalActivity.builder();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    parser.skipChildren();
                    continue;
                }
                String text = value == JsonToken.VALUE_NULL ? null : parser.getText();
                switch (name) {
                    case "id" -> activity.id(text);
                    case "extension" -> activity.extension(text);
                    case "type" -> activity.type(text);
                    case "email" -> activity.email(text);
                    case "value" -> activity.value(text);
                    case "activityDate" -> activity.activityDate(lenientDate(text));
                    case "createdAt" -> activity.createdAt(lenientDate(text));
                    default -> {
                        // other fields are not part of the model
                    }
                }
            }
            return activity.build();
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + e.getMessage(), e);
        }
    }

    /** Parses JSON text; a blank text is null. */
    public static JsonNode parse(String json) {
        return Json.parse(json);
    }

    /** A JSON object as a mutable map of plain Java values (String, Number, Boolean, List, Map). */
    public static Map<String, Object> toMap(JsonNode node) {
        return Json.toMap(node);
    }

    public static String text(JsonNode node, String field) {
        return Json.text(node, field);
    }

    private static OffsetDateTime lenientDate(String text) {
        if (text == null) {
            return null;
        }
        try {
            return ActivityDates.toOffsetDateTime(text);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
