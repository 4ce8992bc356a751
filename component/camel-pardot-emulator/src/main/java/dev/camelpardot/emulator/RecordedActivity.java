package dev.camelpardot.emulator;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * One external activity the emulator accepted. {@code id} is the decimal id the API returned (JSON number there);
 * {@code activityDate} keeps the offset the client sent (or is the receipt time in UTC when none was sent);
 * {@code createdAt} is the receipt time in UTC, to the second, as Account Engagement writes it.
 * {@code prospectId} is the prospect the e-mail matched; {@code extensionSalesforceId} and
 * {@code typeSalesforceId} are the Tooling ids of the extension (0XM…) and activity type (0XN…).
 * {@code recordedAt} is when the emulator recorded it, to the nanosecond of the JVM's clock, for tests and
 * benchmarks that measure how long an event took to arrive (the API never shows it).
 */
public record RecordedActivity(String id, String businessUnitId, String extension, String type, String email,
        String value, OffsetDateTime activityDate, OffsetDateTime createdAt, long prospectId,
        String extensionSalesforceId, String typeSalesforceId, Instant recordedAt) {
}
