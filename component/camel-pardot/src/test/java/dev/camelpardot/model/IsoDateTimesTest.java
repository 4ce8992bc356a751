package dev.camelpardot.model;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-read date shape: exactly what OffsetDateTime would parse, and null for anything else. */
class IsoDateTimesTest {

    @Test
    void readsTheShapeAccountEngagementWrites() {
        assertThat(IsoDateTimes.parseCommon("2021-01-01T11:08:00Z"))
                .isEqualTo(OffsetDateTime.of(2021, 1, 1, 11, 8, 0, 0, ZoneOffset.UTC));
        assertThat(IsoDateTimes.parseCommon("2021-12-31T23:59:59+02:30"))
                .isEqualTo(OffsetDateTime.of(2021, 12, 31, 23, 59, 59, 0, ZoneOffset.ofHoursMinutes(2, 30)));
        assertThat(IsoDateTimes.parseCommon("2021-06-15T08:07:06-04:00"))
                .isEqualTo(OffsetDateTime.of(2021, 6, 15, 8, 7, 6, 0, ZoneOffset.ofHours(-4)));
        assertThat(IsoDateTimes.parseCommon("2021-06-15T08:07:06.5Z").getNano()).isEqualTo(500_000_000);
        assertThat(IsoDateTimes.parseCommon("2021-06-15T08:07:06.123456Z").getNano()).isEqualTo(123_456_000);
        assertThat(IsoDateTimes.parseCommon("2021-06-15T08:07:06.123456789+01:00").getNano()).isEqualTo(123_456_789);
        assertThat(IsoDateTimes.parseCommon("0000-01-01T00:00:00Z")).as("all zero digits")
                .isEqualTo(OffsetDateTime.of(0, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        for (String text : new String[] { "2021-01-01T11:08:00Z", "2024-02-29T23:59:59.999-11:30",
                                          "1999-07-04T00:00:00.000000001+14:00" }) {
            assertThat(IsoDateTimes.parseCommon(text)).as(text).isEqualTo(OffsetDateTime.parse(text));
        }
    }

    @Test
    void anythingElseIsLeftToTheFormatter() {
        for (String text : new String[] { "2021-01-01T11:08:0Z", "2021/01-01T11:08:00Z", "2021-01/01T11:08:00Z",
                                          "2021-01-01 11:08:00Z", "2021-01-01T11-08:00Z", "2021-01-01T11:08-00Z",
                                          "202a-01-01T11:08:00Z", "2021-0b-01T11:08:00Z", "2021-01-0cT11:08:00Z",
                                          "2021-01-01Td1:08:00Z", "2021-01-01T11:e8:00Z", "2021-01-01T11:08:0fZ",
                                          "2021-01-01T11:08:00.Z", "2021-01-01T11:08:00.1234567890Z",
                                          "2021-01-01T11:08:00", "2021-01-01T11:08:00+0200", "2021-01-01T11:08:00+02:3",
                                          "2021-01-01T11:08:00X", "2021-01-01T11:08:00Zz", "2021-01-01T11:08:00*02:00",
                                          "2021-01-01T11:08:00+02-00", "2021-01-01T11:08:00+a2:00",
                                          "2021-01-01T11:08:00+02:0b", "2021-01-01T11:08:00+19:00",
                                          "2021-13-01T11:08:00Z", "2021-02-30T11:08:00Z", "2021-01-01T24:00:00Z",
                                          "2021-01-01T11:08:00[Europe/Paris]", "short" }) {
            assertThat(IsoDateTimes.parseCommon(text)).as(text).isNull();
        }
    }
}
