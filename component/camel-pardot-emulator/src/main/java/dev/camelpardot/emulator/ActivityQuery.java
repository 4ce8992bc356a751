package dev.camelpardot.emulator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static dev.camelpardot.emulator.AccountEngagementError.badRequest;

/**
 * What an external-activity query selects and how it pages, from its query parameters (all but {@code fields} and
 * {@code nextPageToken}): the filters of {@link ActivityFilter}, {@code orderBy}, {@code limit} (1..1000, default
 * 200), the deprecated {@code offset} (0..2000) and {@code deleted} (external activities have no recycle bin:
 * {@code true} selects nothing). An unknown parameter is refused (5), and so are filters on more than three
 * distinct fields (209), as the Version 5 overview documents.
 */
record ActivityQuery(List<ActivityFilter> filters, ActivityOrder order, int limit, int offset, boolean onlyDeleted,
        Map<String, String> parameters) {

    static final int DEFAULT_LIMIT = 200;
    static final int MAX_LIMIT = 1000;
    static final int MAX_OFFSET = 2000;
    static final int MAX_FILTERED_FIELDS = 3;
    static final Set<String> PAGING_PARAMETERS = Set.of("limit", "offset", "orderBy", "deleted");

    /** @throws AccountEngagementError for an unknown parameter or a value it cannot use */
    static ActivityQuery parse(Map<String, String> parameters) {
        for (String name : parameters.keySet()) {
            if (!PAGING_PARAMETERS.contains(name) && !ActivityFilter.isParameter(name)) {
                throw badRequest(AccountEngagementError.INVALID_QUERY_PARAMETERS, "Invalid query parameters: '" + name
                        + "' is not a parameter of an external-activity query (fields, limit, nextPageToken, orderBy,"
                        + " offset, deleted, and the filters " + String.join(", ", ActivityFilter.parameterNames()) + ")");
            }
        }
        List<ActivityFilter> filters = new ArrayList<>();
        Set<ActivityAttribute> filtered = EnumSet.noneOf(ActivityAttribute.class);
        parameters.forEach((name, value) -> ActivityFilter.parse(name, value).ifPresent(filter -> {
            filters.add(filter);
            filtered.add(filter.attribute());
        }));
        if (filtered.size() > MAX_FILTERED_FIELDS) {
            throw badRequest(AccountEngagementError.TOO_MANY_FILTERED_FIELDS, "Too many fields have filters: The max"
                    + " number of " + MAX_FILTERED_FIELDS + " distinct fields with filters was exceeded for this query.");
        }
        return new ActivityQuery(List.copyOf(filters), ActivityOrder.parse(parameters.get("orderBy")),
                number(parameters.get("limit"), "limit", 1, MAX_LIMIT, DEFAULT_LIMIT),
                number(parameters.get("offset"), "offset", 0, MAX_OFFSET, 0),
                onlyDeleted(parameters.get("deleted")), new LinkedHashMap<>(parameters));
    }

    boolean matches(RecordedActivity activity) {
        if (onlyDeleted) {
            return false;
        }
        for (ActivityFilter filter : filters) {
            if (!filter.matches(activity)) {
                return false;
            }
        }
        return true;
    }

    Comparator<RecordedActivity> comparator() {
        return order.comparator();
    }

    private static int number(String text, String name, int min, int max, int absent) {
        if (text == null || text.isEmpty()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw badRequest(AccountEngagementError.INVALID_PARAMETER, "Invalid value for parameter " + name
                + ": a whole number from " + min + " to " + max + " is expected");
    }

    private static boolean onlyDeleted(String deleted) {
        if (deleted == null) {
            return false;
        }
        switch (deleted.trim().toLowerCase(Locale.ROOT)) {
            case "true":
                return true;
            case "false":
            case "all":
                return false;
            default:
                throw badRequest(AccountEngagementError.INVALID_PARAMETER,
                        "Invalid value for parameter deleted: true, false or all is expected");
        }
    }
}
