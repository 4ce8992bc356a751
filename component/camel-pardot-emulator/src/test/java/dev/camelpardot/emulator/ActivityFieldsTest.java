package dev.camelpardot.emulator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ActivityFieldsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2021-01-01T11:08:00-04:00", "2021-12-31T23:59:59.999+00:00", "0999-02-03T04:05:06+05:30",
            "2024-02-29T00:00:00-09:30", "1970-01-01T00:00:00+14:00", "2021-06-01T10:00:00+01:02:03"})
    void handWrittenFormatMatchesTheFormatter(String text) {
        OffsetDateTime dateTime = OffsetDateTime.parse(text);
        assertThat(ActivityFields.format(dateTime))
                .isEqualTo(dateTime.truncatedTo(ChronoUnit.SECONDS).format(ActivityFields.DATETIME));
    }
}
