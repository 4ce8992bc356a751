package dev.camelpardot.emulator;

import java.time.OffsetDateTime;

/**
 * One external activity the emulator accepted. {@code id} is the decimal id the API returned (JSON number there);
 * {@code activityDate} keeps the offset the client sent (or is the receipt time in UTC when none was sent).
 */
public record RecordedActivity(String id, String businessUnitId, String extension, String type, String email,
        String value, OffsetDateTime activityDate, OffsetDateTime createdAt) {
}
