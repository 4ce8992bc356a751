package dev.camelpardot.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Date;
import java.util.TimeZone;

import dev.camelpardot.api.PardotValidationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActivityDatesTest {

    private static final OffsetDateTime WHEN = OffsetDateTime.of(2021, 1, 1, 11, 8, 0, 0, ZoneOffset.ofHours(-4));

    @Test
    void everyAcceptedTypeMeansTheSameInstant() {
        Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        calendar.setTime(Date.from(WHEN.toInstant()));
        Object[] forms = { WHEN, WHEN.atZoneSameInstant(ZoneId.of("Asia/Tokyo")), WHEN.toInstant(),
                           Date.from(WHEN.toInstant()), calendar, WHEN.toInstant().toEpochMilli(),
                           String.valueOf(WHEN.toInstant().toEpochMilli()), "2021-01-01T11:08:00-04:00",
                           "2021-01-01T15:08:00Z", "2021-01-01T16:08:00+01:00[Europe/Paris]" };
        for (Object form : forms) {
            assertThat(ActivityDates.toOffsetDateTime(form).toInstant()).as(form.toString()).isEqualTo(WHEN.toInstant());
        }
        assertThat(ActivityDates.toOffsetDateTime(null)).isNull();
        assertThat(ActivityDates.toOffsetDateTime(" ")).isNull();
    }

    @Test
    void theWireFormatHasSecondsAndANumericOffset() {
        assertThat(ActivityDates.format(WHEN)).isEqualTo("2021-01-01T11:08:00-04:00");
        assertThat(ActivityDates.format(Instant.parse("2021-01-01T15:08:00.123Z").atOffset(ZoneOffset.UTC)))
                .isEqualTo("2021-01-01T15:08:00+00:00");
        assertThat(ActivityDates.format(ZonedDateTime.of(2021, 7, 1, 12, 0, 0, 0, ZoneId.of("Europe/Paris"))
                .toOffsetDateTime())).isEqualTo("2021-07-01T12:00:00+02:00");
    }

    @Test
    void valuesWithoutAnOffsetAreRefused() {
        assertThatThrownBy(() -> ActivityDates.toOffsetDateTime("2021-01-01T11:08:00"))
                .isInstanceOf(PardotValidationException.class).hasMessageContaining("has no offset");
        assertThatThrownBy(() -> ActivityDates.toOffsetDateTime(LocalDate.of(2021, 1, 1)))
                .isInstanceOf(PardotValidationException.class).hasMessageContaining("has no offset");
        assertThatThrownBy(() -> ActivityDates.toOffsetDateTime("01/01/2021"))
                .isInstanceOf(PardotValidationException.class).hasMessageContaining("not an ISO-8601");
        assertThatThrownBy(() -> ActivityDates.toOffsetDateTime(new Object()))
                .isInstanceOf(PardotValidationException.class)
                .satisfies(e -> assertThat(((PardotValidationException) e).getField()).isEqualTo("activityDate"));
    }
}
