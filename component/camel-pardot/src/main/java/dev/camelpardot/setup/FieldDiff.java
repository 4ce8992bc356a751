package dev.camelpardot.setup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Tooling fields whose desired value differs from the record's. A null desired value means "not managed"
 * and is never a difference; an empty description equals a missing one (Salesforce stores blanks as null).
 */
final class FieldDiff {

    private final Map<String, Object> patch = new LinkedHashMap<>();
    private final List<String> fields = new ArrayList<>();
    private final List<String> details = new ArrayList<>();

    FieldDiff compare(String modelField, String toolingField, Object desired, Object actual) {
        if (desired == null) {
            return this;
        }
        Object have = normalize(actual);
        Object want = normalize(desired);
        if (!Objects.equals(want, have)) {
            patch.put(toolingField, desired);
            fields.add(modelField);
            details.add(modelField + " " + show(actual) + " -> " + show(desired));
        }
        return this;
    }

    boolean isEmpty() {
        return patch.isEmpty();
    }

    Map<String, Object> patch() {
        return patch;
    }

    List<String> fields() {
        return fields;
    }

    String detail() {
        return String.join(", ", details);
    }

    private static Object normalize(Object value) {
        return value instanceof String s && s.isEmpty() ? null : value;
    }

    private static String show(Object value) {
        return value instanceof String ? "'" + value + "'" : String.valueOf(value);
    }
}
