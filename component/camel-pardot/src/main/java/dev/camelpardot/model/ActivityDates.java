package dev.camelpardot.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.Date;

import dev.camelpardot.api.PardotValidationException;

/**
 * Turns the date shapes a route may hold into the ISO-8601-with-offset value Account Engagement requires.
 * Anything without an offset is refused rather than guessed: a wrong zone silently moves the activity in time.
 */
public final class ActivityDates {

    /** Seconds precision and a numeric offset ({@code +00:00}, never {@code Z}), as in the API's own examples. */
    public static final DateTimeFormatter WIRE_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private static final String FIELD = "activityDate";
    private static final String EXAMPLE = "2021-01-01T11:08:00+00:00";

    private ActivityDates() {
    }

    /**
     * Accepts OffsetDateTime, ZonedDateTime, Instant, Date, Calendar, epoch milliseconds (any integral number or a
     * string of digits) and ISO-8601 strings with an offset. Null stays null.
     *
     * @throws PardotValidationException for a value without an offset or of another type
     */
    public static OffsetDateTime toOffsetDateTime(Object value) {
        return toOffsetDateTime(value, FIELD);
    }

    /**
     * The same for another date-time input (a query filter's option or header), whose name the error messages use.
     *
     * @param field the option, header or field the value came from
     */
    public static OffsetDateTime toOffsetDateTime(Object value, String field) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof ZonedDateTime zdt) {
            return zdt.toOffsetDateTime();
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Date date) {
            return date.toInstant().atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Calendar calendar) {
            return calendar.toInstant().atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            return Instant.ofEpochMilli(((Number) value).longValue()).atOffset(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime || value instanceof LocalDate) {
            throw noOffset(field, value.toString());
        }
        if (value instanceof CharSequence text) {
            return parse(field, text.toString().strip());
        }
        throw new PardotValidationException(field, field + " of type " + value.getClass().getName()
                + " is not supported: use an OffsetDateTime, ZonedDateTime, Instant, Date, epoch milliseconds (Long)"
                + " or an ISO-8601 string with an offset such as " + EXAMPLE);
    }

    /** The wire form, e.g. {@code 2021-01-01T11:08:00+00:00}. */
    public static String format(OffsetDateTime date) {
        return date == null ? null : WIRE_FORMAT.format(date.truncatedTo(ChronoUnit.SECONDS));
    }

    private static OffsetDateTime parse(String field, String text) {
        if (text.isEmpty()) {
            return null;
        }
        // the shape every Account Engagement response uses, read without a formatter
        OffsetDateTime common = IsoDateTimes.parseCommon(text);
        if (common != null) {
            return common;
        }
        if (text.length() <= 18 && text.chars().allMatch(Character::isDigit)) {
            return Instant.ofEpochMilli(Long.parseLong(text)).atOffset(ZoneOffset.UTC);
        }
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException notOffset) {
            try {
                return ZonedDateTime.parse(text, DateTimeFormatter.ISO_ZONED_DATE_TIME).toOffsetDateTime();
            } catch (DateTimeParseException notZoned) {
                if (looksLocal(text)) {
                    throw noOffset(field, text);
                }
                throw new PardotValidationException(field, field + " '" + text + "' is not an ISO-8601 date-time:"
                        + " write it like " + EXAMPLE, notZoned);
            }
        }
    }

    private static boolean looksLocal(String text) {
        try {
            LocalDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            try {
                LocalDate.parse(text);
                return true;
            } catch (DateTimeParseException e2) {
                return false;
            }
        }
    }

    private static PardotValidationException noOffset(String field, String text) {
        return new PardotValidationException(field, field + " '" + text + "' has no offset; Account Engagement"
                + " needs ISO-8601 with an offset: add one, e.g. " + EXAMPLE + ", or pass an OffsetDateTime or Instant");
    }
}
