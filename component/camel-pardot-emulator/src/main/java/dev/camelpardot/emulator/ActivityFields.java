package dev.camelpardot.emulator;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code fields} parameter of external-activity reads and queries (v5 has no default field set: it is
 * required) and the rendering of an activity with the chosen fields.
 */
final class ActivityFields {

    static final List<String> ALL = List.of("id", "extension", "type", "email", "value", "activityDate", "createdAt",
            "updatedAt", "prospectId", "extensionSalesforceId", "typeSalesforceId", "createdById");
    /** What a create returns. */
    static final List<String> CREATED = List.of("id", "extension", "type", "email", "value", "activityDate", "createdAt");

    /** Account Engagement writes datetimes with seconds and a numeric offset, e.g. 2021-01-01T11:08:00-04:00. */
    static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private ActivityFields() {
    }

    /** @throws AccountEngagementError 180 when the parameter is missing or names an unknown field */
    static List<String> parse(String fields) {
        if (fields == null || fields.isBlank()) {
            throw AccountEngagementError.badRequest(AccountEngagementError.INVALID_FIELDS,
                    "The fields parameter is required: a comma-separated list of " + String.join(", ", ALL));
        }
        List<String> chosen = new ArrayList<>();
        for (String name : fields.split(",")) {
            String field = canonical(name.trim());
            if (field == null) {
                throw AccountEngagementError.badRequest(AccountEngagementError.INVALID_FIELDS,
                        "Invalid field: '" + name.trim() + "' is not a field of external activity (fields: "
                                + String.join(", ", ALL) + ")");
            }
            if (!chosen.contains(field)) {
                chosen.add(field);
            }
        }
        return chosen;
    }

    static Map<String, Object> render(RecordedActivity activity, List<String> fields) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (String field : fields) {
            json.put(field, value(activity, field));
        }
        return json;
    }

    /** Same output as {@link #DATETIME}, written by hand: this runs twice per create, on the hot path. */
    static String format(OffsetDateTime dateTime) {
        int year = dateTime.getYear();
        if (year < 0 || year > 9999) {
            return dateTime.truncatedTo(ChronoUnit.SECONDS).format(DATETIME);
        }
        StringBuilder out = new StringBuilder(25);
        pad(out, year, 4).append('-');
        pad(out, dateTime.getMonthValue(), 2).append('-');
        pad(out, dateTime.getDayOfMonth(), 2).append('T');
        pad(out, dateTime.getHour(), 2).append(':');
        pad(out, dateTime.getMinute(), 2).append(':');
        pad(out, dateTime.getSecond(), 2);
        int offsetSeconds = dateTime.getOffset().getTotalSeconds();
        out.append(offsetSeconds < 0 ? '-' : '+');
        int absolute = Math.abs(offsetSeconds);
        pad(out, absolute / 3600, 2).append(':');
        pad(out, absolute / 60 % 60, 2); // like the pattern's "xxx": seconds of an offset are not written
        return out.toString();
    }

    private static StringBuilder pad(StringBuilder out, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(digits);
    }

    private static Object value(RecordedActivity activity, String field) {
        switch (field) {
            case "id":
                return Long.parseLong(activity.id());
            case "extension":
                return activity.extension();
            case "type":
                return activity.type();
            case "email":
                return activity.email();
            case "value":
                return activity.value();
            case "activityDate":
                return format(activity.activityDate());
            case "createdAt":
            case "updatedAt":
                // an activity never changes after it is recorded
                return format(activity.createdAt());
            case "prospectId":
                return activity.prospectId();
            case "extensionSalesforceId":
                return activity.extensionSalesforceId();
            case "typeSalesforceId":
                return activity.typeSalesforceId();
            case "createdById":
                return EmulatorDefaults.ACCOUNT_ENGAGEMENT_USER_ID;
            default:
                throw new IllegalArgumentException(field);
        }
    }

    private static String canonical(String name) {
        for (String field : ALL) {
            if (field.equalsIgnoreCase(name)) {
                return field;
            }
        }
        return null;
    }
}
