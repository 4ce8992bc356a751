package dev.camelpardot.app.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class DailyResetTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void resumesAtTheNextResetWhenThatComesFirst() {
        // 22:30 in Paris (UTC+1 in January): the reset at midnight is 90 minutes away
        Instant now = Instant.parse("2025-01-15T21:30:00Z");
        assertThat(new DailyReset(LocalTime.MIDNIGHT, PARIS, Duration.ofHours(3)).resumeTime(now))
                .isEqualTo(Instant.parse("2025-01-15T23:00:00Z"));
    }

    @Test
    void probesAfterRetryAfterWhenTheResetIsFurther() {
        Instant now = Instant.parse("2025-01-15T09:00:00Z");
        assertThat(new DailyReset(LocalTime.MIDNIGHT, PARIS, Duration.ofHours(1)).resumeTime(now))
                .isEqualTo(Instant.parse("2025-01-15T10:00:00Z"));
    }

    @Test
    void aResetTimeAlreadyPassedTodayMeansTomorrow() {
        Instant now = Instant.parse("2025-01-15T07:00:00Z"); // 08:00 in Paris
        assertThat(new DailyReset(LocalTime.of(6, 0), PARIS, Duration.ofDays(2)).resumeTime(now))
                .isEqualTo(Instant.parse("2025-01-16T05:00:00Z"));
    }
}
