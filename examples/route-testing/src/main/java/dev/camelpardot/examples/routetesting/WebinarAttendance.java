package dev.camelpardot.examples.routetesting;

import java.time.OffsetDateTime;

/** An event of the application's own domain: someone attended a webinar. */
public record WebinarAttendance(String email, String webinar, int minutes, OffsetDateTime joinedAt) {
}
