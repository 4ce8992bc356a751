package dev.camelpardot.app.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import dev.camelpardot.app.AppConfig;

/**
 * When delivery resumes after the daily limit: at the reset time, or after {@code pardot.daily-limit.retry-after} if
 * that comes first (the reset time is only known approximately: it is the start of the day in the account's time
 * zone).
 */
public final class DailyReset {

    private final LocalTime resetTime;
    private final ZoneId zone;
    private final Duration retryAfter;

    public DailyReset(AppConfig.DailyLimit settings) {
        this(settings.resetTime(), ZoneId.of(settings.zone()), settings.retryAfter());
    }

    DailyReset(LocalTime resetTime, ZoneId zone, Duration retryAfter) {
        this.resetTime = resetTime;
        this.zone = zone;
        this.retryAfter = retryAfter;
    }

    /** The earlier of the next daily reset and now + retry-after. */
    public Instant resumeTime(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime reset = ZonedDateTime.of(LocalDate.from(local), resetTime, zone);
        if (!reset.isAfter(local)) {
            reset = reset.plusDays(1);
        }
        Instant probe = now.plus(retryAfter);
        return probe.isBefore(reset.toInstant()) ? probe : reset.toInstant();
    }
}
