package dev.camelpardot.camel;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.camelpardot.api.PardotValidationException;
import dev.camelpardot.api.Json;
import org.apache.camel.Exchange;
import org.apache.camel.StreamCache;

/**
 * Reads message bodies: JSON text (String, byte[], InputStream) is parsed into maps and lists; collections, arrays
 * and iterators are recognised as batches.
 */
final class BodyReader {

    private BodyReader() {
    }

    /** True for bodies whose elements are submitted one by one. */
    static boolean isBatch(Object body) {
        return body instanceof Iterable<?> || body instanceof Iterator<?> || body instanceof Object[];
    }

    /** An iterator over a batch body's elements; read lazily, so a large or streamed batch is never copied. */
    static Iterator<?> elements(Object body) {
        if (body instanceof Iterable<?> iterable) {
            return iterable.iterator();
        }
        if (body instanceof Iterator<?> iterator) {
            return iterator;
        }
        return Arrays.asList((Object[]) body).iterator();
    }

    /** True for bodies that hold JSON text. */
    static boolean isText(Object body) {
        return body instanceof CharSequence || body instanceof byte[] || body instanceof InputStream
               || body instanceof StreamCache;
    }

    /**
     * Parses a JSON text body into plain Java values (a Map for an object, a List for an array); null for a blank
     * body. Streams are read with the exchange's type converter, which resets stream caches.
     *
     * @throws PardotValidationException when the text is not JSON
     */
    static Object parseJson(Exchange exchange, Object body) {
        String text;
        if (body instanceof CharSequence chars) {
            text = chars.toString();
        } else if (body instanceof byte[] bytes) {
            text = new String(bytes, StandardCharsets.UTF_8);
        } else {
            text = exchange.getContext().getTypeConverter().convertTo(String.class, exchange, body);
        }
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) {
            throw new PardotValidationException("body", "the body is text but not JSON (it starts with '"
                    + preview(trimmed) + "'): send a JSON object, a JSON array, a Map or a model object");
        }
        try {
            JsonNode node = Json.MAPPER.readTree(trimmed);
            return Json.toPlain(node);
        } catch (Exception e) {
            throw new PardotValidationException("body", "the body is not valid JSON: " + firstLine(e.getMessage())
                    + ": fix the JSON", e);
        }
    }

    /** A JSON object body as a map. */
    static Map<?, ?> parseJsonObject(Exchange exchange, Object body, String what) {
        Object parsed = parseJson(exchange, body);
        if (parsed == null || parsed instanceof Map<?, ?>) {
            return (Map<?, ?>) parsed;
        }
        throw new PardotValidationException("body", "the body is a JSON array but " + what + " takes one JSON"
                + " object");
    }

    private static String preview(String text) {
        return text.length() <= 10 ? text : text.substring(0, 10) + "...";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
