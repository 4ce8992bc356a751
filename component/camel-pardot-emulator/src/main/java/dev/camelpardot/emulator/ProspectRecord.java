package dev.camelpardot.emulator;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A prospect the emulator knows: seeded, or created or updated by {@code upsertLatestByEmail}. {@code fields} are
 * the other prospect fields an upsert set (firstName, company, ...), as sent; {@code createdAt} and
 * {@code updatedAt} are UTC, to the second.
 */
public record ProspectRecord(long id, String email, Map<String, Object> fields, OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public ProspectRecord {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
