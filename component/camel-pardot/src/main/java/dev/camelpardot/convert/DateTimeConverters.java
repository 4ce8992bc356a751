package dev.camelpardot.convert;

import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.camelpardot.model.ActivityDates;
import org.apache.camel.Converter;

/**
 * Text to {@link OffsetDateTime}, for the date-time options of an endpoint URI ({@code createdAtAfter=...}): Camel
 * core has no converter for it. Strict where it matters, as everywhere in the component: a value without an offset is
 * refused rather than read in some zone. Liberal where URIs get in the way: Camel decodes a {@code +} in a query to
 * a space, so a space where a positive offset's sign belongs is read as {@code +}. The loader is generated.
 */
@Converter(generateLoader = true)
public final class DateTimeConverters {

    /** A date-time whose offset lost its + to URL decoding: "2025-01-01T10:00:00 01:00". */
    private static final Pattern SPACE_FOR_PLUS = Pattern.compile("(.*T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?) (\\d{2}:\\d{2})");

    private DateTimeConverters() {
    }

    /** @throws dev.camelpardot.api.PardotValidationException naming the value and the fix */
    @Converter
    public static OffsetDateTime toOffsetDateTime(String text) {
        String value = text.strip();
        Matcher lostPlus = SPACE_FOR_PLUS.matcher(value);
        if (lostPlus.matches()) {
            value = lostPlus.group(1) + "+" + lostPlus.group(2);
        }
        return ActivityDates.toOffsetDateTime(value, "the date-time");
    }
}
