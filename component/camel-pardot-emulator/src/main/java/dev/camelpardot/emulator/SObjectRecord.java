package dev.camelpardot.emulator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One stored Tooling record: its object, id and field values (in the object's field order). Immutable. */
record SObjectRecord(ToolingObjectType type, String id, Map<String, Object> fields) {

    SObjectRecord {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    Object get(String field) {
        return fields.get(field);
    }

    String text(String field) {
        Object value = fields.get(field);
        return value == null ? null : value.toString();
    }

    boolean flag(String field) {
        return Boolean.TRUE.equals(fields.get(field));
    }

    SObjectRecord with(Map<String, Object> changes) {
        Map<String, Object> updated = new LinkedHashMap<>(fields);
        updated.putAll(changes);
        return new SObjectRecord(type, id, updated);
    }
}
