package dev.camelpardot.camel;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One external-activity query, resolved from options and headers and checked: the fields to return, the page size,
 * the order and the filters (typed values: Long, OffsetDateTime, DeveloperName).
 *
 * @param fields  the comma-separated fields (never blank)
 * @param limit   the page size, or null for Account Engagement's default
 * @param orderBy the v5 orderBy, or null for Account Engagement's default (id asc)
 * @param filters the filters that are set
 */
record ActivityQuery(String fields, Integer limit, String orderBy, Map<QueryFilter, Object> filters) {

    ActivityQuery {
        filters = filters.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(filters));
    }

    /** The query parameters besides fields, limit and nextPageToken: the filters in a fixed order, then orderBy. */
    Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        filters.forEach((filter, value) -> parameters.put(filter.parameter(), filter.wire(value)));
        if (orderBy != null) {
            parameters.put("orderBy", orderBy);
        }
        return parameters;
    }

    /** This query with one filter set (or removed, for a null value). */
    ActivityQuery with(QueryFilter filter, Object value) {
        Map<QueryFilter, Object> changed = new EnumMap<>(QueryFilter.class);
        changed.putAll(filters);
        if (value == null) {
            changed.remove(filter);
        } else {
            changed.put(filter, value);
        }
        return new ActivityQuery(fields, limit, orderBy, changed);
    }
}
