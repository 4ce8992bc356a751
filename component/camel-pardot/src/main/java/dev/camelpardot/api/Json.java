package dev.camelpardot.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The component's one Jackson mapper, for everything it reads and writes: requests, responses, error bodies,
 * token answers, JWT claims and JSON message bodies. Thread-safe once configured; nobody configures it later.
 * Unknown fields are ignored, so a richer answer from a newer API version never fails a call.
 */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private Json() {
    }

    /** The factory for streaming reads and writes of the same mapper. */
    public static JsonFactory factory() {
        return MAPPER.getFactory();
    }

    /** The parsed body, or null when it is empty or not JSON. */
    public static JsonNode parseOrNull(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        char first = body.strip().charAt(0);
        if (first != '{' && first != '[') {
            return null;
        }
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Parses JSON text; a blank text is null.
     *
     * @throws UncheckedIOException when it is not JSON
     */
    public static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + e.getMessage(), e);
        }
    }

    /** A JSON object as a mutable map of plain Java values (String, Number, Boolean, List, Map). */
    public static Map<String, Object> toMap(JsonNode node) {
        return MAPPER.convertValue(node, MAP);
    }

    /** Plain Java values (a Map for an object, a List for an array) of a tree. */
    public static Object toPlain(JsonNode node) {
        return MAPPER.convertValue(node, Object.class);
    }

    /** The text of {@code node.field}, or null when it is missing or JSON null. */
    public static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
