package dev.camelpardot.camel;

import java.math.BigInteger;
import java.time.OffsetDateTime;

import dev.camelpardot.api.PardotValidationException;
import dev.camelpardot.model.ActivityDates;
import dev.camelpardot.setup.DeveloperNames;

/**
 * The filters of an external-activity query, named as the Version 5 overview names every object's filters:
 * {@code <field>GreaterThan...} for ids, {@code <field>After...} for date-times, the bare field for equality. Each
 * has an endpoint option and a header of the same name (the extension and type filters are {@code filterExtension}
 * and {@code filterType}, because {@code extension} and {@code type} already fill the activities that create sends).
 * <p>
 * Which filters Account Engagement accepts on external activities is not documented (the object's page lists Read
 * and Query but no parameters): these follow the general v5 pattern, and the server has the last word.
 */
enum QueryFilter {

    ID_GREATER_THAN("idGreaterThan", Kind.ID, PardotConstants.ID_GREATER_THAN),
    ID_GREATER_THAN_OR_EQUAL_TO("idGreaterThanOrEqualTo", Kind.ID, PardotConstants.ID_GREATER_THAN_OR_EQUAL_TO),
    ID_LESS_THAN("idLessThan", Kind.ID, PardotConstants.ID_LESS_THAN),
    ID_LESS_THAN_OR_EQUAL_TO("idLessThanOrEqualTo", Kind.ID, PardotConstants.ID_LESS_THAN_OR_EQUAL_TO),
    PROSPECT_ID("prospectId", Kind.ID, PardotConstants.PROSPECT_ID),
    PROSPECT_ID_GREATER_THAN("prospectIdGreaterThan", Kind.ID, PardotConstants.PROSPECT_ID_GREATER_THAN),
    PROSPECT_ID_GREATER_THAN_OR_EQUAL_TO("prospectIdGreaterThanOrEqualTo", Kind.ID,
            PardotConstants.PROSPECT_ID_GREATER_THAN_OR_EQUAL_TO),
    PROSPECT_ID_LESS_THAN("prospectIdLessThan", Kind.ID, PardotConstants.PROSPECT_ID_LESS_THAN),
    PROSPECT_ID_LESS_THAN_OR_EQUAL_TO("prospectIdLessThanOrEqualTo", Kind.ID,
            PardotConstants.PROSPECT_ID_LESS_THAN_OR_EQUAL_TO),
    CREATED_AT_AFTER("createdAtAfter", Kind.DATE_TIME, PardotConstants.CREATED_AT_AFTER),
    CREATED_AT_AFTER_OR_EQUAL_TO("createdAtAfterOrEqualTo", Kind.DATE_TIME,
            PardotConstants.CREATED_AT_AFTER_OR_EQUAL_TO),
    CREATED_AT_BEFORE("createdAtBefore", Kind.DATE_TIME, PardotConstants.CREATED_AT_BEFORE),
    CREATED_AT_BEFORE_OR_EQUAL_TO("createdAtBeforeOrEqualTo", Kind.DATE_TIME,
            PardotConstants.CREATED_AT_BEFORE_OR_EQUAL_TO),
    UPDATED_AT_AFTER("updatedAtAfter", Kind.DATE_TIME, PardotConstants.UPDATED_AT_AFTER),
    UPDATED_AT_AFTER_OR_EQUAL_TO("updatedAtAfterOrEqualTo", Kind.DATE_TIME,
            PardotConstants.UPDATED_AT_AFTER_OR_EQUAL_TO),
    UPDATED_AT_BEFORE("updatedAtBefore", Kind.DATE_TIME, PardotConstants.UPDATED_AT_BEFORE),
    UPDATED_AT_BEFORE_OR_EQUAL_TO("updatedAtBeforeOrEqualTo", Kind.DATE_TIME,
            PardotConstants.UPDATED_AT_BEFORE_OR_EQUAL_TO),
    ACTIVITY_DATE_AFTER("activityDateAfter", Kind.DATE_TIME, PardotConstants.ACTIVITY_DATE_AFTER),
    ACTIVITY_DATE_AFTER_OR_EQUAL_TO("activityDateAfterOrEqualTo", Kind.DATE_TIME,
            PardotConstants.ACTIVITY_DATE_AFTER_OR_EQUAL_TO),
    ACTIVITY_DATE_BEFORE("activityDateBefore", Kind.DATE_TIME, PardotConstants.ACTIVITY_DATE_BEFORE),
    ACTIVITY_DATE_BEFORE_OR_EQUAL_TO("activityDateBeforeOrEqualTo", Kind.DATE_TIME,
            PardotConstants.ACTIVITY_DATE_BEFORE_OR_EQUAL_TO),
    EXTENSION("extension", "filterExtension", Kind.NAME, PardotConstants.FILTER_EXTENSION),
    TYPE("type", "filterType", Kind.NAME, PardotConstants.FILTER_TYPE);

    /** What a filter's value is: an id (a whole number), a date-time with an offset, or a DeveloperName. */
    enum Kind { ID, DATE_TIME, NAME }

    private final String parameter;
    private final String option;
    private final Kind kind;
    private final String header;

    QueryFilter(String parameter, Kind kind, String header) {
        this(parameter, parameter, kind, header);
    }

    QueryFilter(String parameter, String option, Kind kind, String header) {
        this.parameter = parameter;
        this.option = option;
        this.kind = kind;
        this.header = header;
    }

    /** The v5 query parameter. */
    String parameter() {
        return parameter;
    }

    /** The endpoint option. */
    String option() {
        return option;
    }

    String header() {
        return header;
    }

    Kind kind() {
        return kind;
    }

    /**
     * A header's value as this filter's type: a Long, an OffsetDateTime or a DeveloperName.
     *
     * @throws PardotValidationException naming the header and the fix
     */
    Object fromHeader(Object value) {
        return switch (kind) {
            case ID -> id(header, value);
            case DATE_TIME -> ActivityDates.toOffsetDateTime(value, header);
            case NAME -> DeveloperNames.validate(header, value.toString().strip());
        };
    }

    /** The value as the query string carries it (a date-time to the second with a numeric offset). */
    String wire(Object value) {
        return value instanceof OffsetDateTime date ? ActivityDates.format(date) : value.toString();
    }

    private static Long id(String name, Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger big && big.bitLength() < 64) {
            return big.longValue();
        }
        String text = value.toString().strip();
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException notWhole) {
            throw new PardotValidationException(name, name + " '" + text + "' is not a whole number: ids are numbers,"
                    + " e.g. 1000001 (the id field of an activity)");
        }
    }
}
