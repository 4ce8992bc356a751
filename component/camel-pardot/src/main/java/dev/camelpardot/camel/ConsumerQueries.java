package dev.camelpardot.camel;

import java.util.Map;
import java.util.StringJoiner;

/**
 * The consumer's query, derived from the endpoint's: the same filters and fields (with {@code id} added), in id order,
 * with the lower id bound replaced by the consumer's position, and the default key its position is stored under.
 */
final class ConsumerQueries {

    /** Sent explicitly: the consumer's position is an id, and Account Engagement's default order is not documented. */
    static final String ORDER = "id asc";

    private ConsumerQueries() {
    }

    /** The id the options start after: idGreaterThan, or idGreaterThanOrEqualTo minus one; null when neither is set. */
    static Long startAfter(ActivityQuery options) {
        Long greaterThan = (Long) options.filters().get(QueryFilter.ID_GREATER_THAN);
        Long atLeast = (Long) options.filters().get(QueryFilter.ID_GREATER_THAN_OR_EQUAL_TO);
        Long fromAtLeast = atLeast == null ? null : atLeast - 1;
        if (greaterThan == null) {
            return fromAtLeast;
        }
        return fromAtLeast == null ? greaterThan : Math.max(greaterThan, fromAtLeast);
    }

    /** The options' query without its lower id bounds (the position takes their place), in id order, with id. */
    static ActivityQuery base(ActivityQuery options) {
        ActivityQuery query = options.with(QueryFilter.ID_GREATER_THAN, null)
                .with(QueryFilter.ID_GREATER_THAN_OR_EQUAL_TO, null);
        return new ActivityQuery(QuerySyntax.withId(query.fields()), query.limit(), ORDER, query.filters());
    }

    /** The query for the activities after {@code lastId} (all of them for null). */
    static ActivityQuery after(ActivityQuery base, Long lastId) {
        return lastId == null ? base : base.with(QueryFilter.ID_GREATER_THAN, lastId);
    }

    /**
     * The key of the position when offsetKey is not set: the business unit and the filters, so that consumers with
     * different selections can share one repository without moving each other, and a changed selection starts
     * afresh rather than skip what it did not select before. Free of '=' and line breaks, which a
     * FileStateRepository cannot store in a key.
     */
    static String defaultKey(String businessUnitId, ActivityQuery options) {
        StringJoiner key = new StringJoiner(" ");
        key.add("external-activity").add(businessUnitId);
        options.filters().forEach((filter, value) -> key.add(filter.parameter() + ":" + filter.wire(value)));
        return key.toString();
    }

    /** The record's id as a number. @throws IllegalStateException when it has none */
    static long id(Map<String, Object> record) {
        Object id = record.get("id");
        if (id instanceof Number number) {
            return number.longValue();
        }
        if (id != null) {
            try {
                return Long.parseLong(id.toString().strip());
            } catch (NumberFormatException notNumber) {
                // reported below
            }
        }
        throw new IllegalStateException("Account Engagement returned an external activity whose id is " + id
                + ", not a number: the consumer needs numeric ids to resume after the last one");
    }
}
