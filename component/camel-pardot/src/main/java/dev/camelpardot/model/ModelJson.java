package dev.camelpardot.model;

import java.io.UncheckedIOException;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The wire form of external activities. Written by hand rather than by reflection so the request carries exactly
 * the fields Account Engagement documents, with the date in the format it documents.
 */
public final class ModelJson {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, false);

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private ModelJson() {
    }

    /** The create request body: extension, type, email, value and (when set) activityDate. */
    public static String toCreateRequest(ExternalActivity activity) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("extension", activity.extension());
        node.put("type", activity.type());
        node.put("email", activity.email());
        node.put("value", activity.value());
        if (activity.activityDate() != null) {
            node.put("activityDate", ActivityDates.format(activity.activityDate()));
        }
        return node.toString();
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

    /** Parses JSON text; a blank text is null. */
    public static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A JSON object as a mutable map of plain Java values (String, Number, Boolean, List, Map). */
    public static Map<String, Object> toMap(JsonNode node) {
        return MAPPER.convertValue(node, MAP);
    }

    public static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static java.time.OffsetDateTime lenientDate(String text) {
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
