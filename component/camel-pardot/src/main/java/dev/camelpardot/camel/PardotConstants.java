package dev.camelpardot.camel;

import org.apache.camel.spi.Metadata;

/** The message headers of the {@code pardot:} endpoints. */
public final class PardotConstants {

    @Metadata(label = "common", javaType = "String",
              description = "The id of an external activity. external-activity read takes the id from this header;"
                            + " create sets it when Account Engagement returns one; the consumer sets it on every"
                            + " activity it emits.")
    public static final String ACTIVITY_ID = "CamelPardotActivityId";

    @Metadata(label = "producer", javaType = "String",
              description = "The extension's DeveloperName. Fills the external activity's extension when the body"
                            + " has none (before the endpoint option extension); for activity-type, the extension the"
                            + " type belongs to.")
    public static final String EXTENSION = "CamelPardotExtension";

    @Metadata(label = "producer", javaType = "String",
              description = "The activity type's DeveloperName. Fills the external activity's type when the body"
                            + " has none (before the endpoint option type).")
    public static final String TYPE = "CamelPardotType";

    @Metadata(label = "producer", javaType = "String",
              description = "The prospect's e-mail address. Fills the external activity's email when the body has"
                            + " none.")
    public static final String EMAIL = "CamelPardotEmail";

    @Metadata(label = "producer", javaType = "String",
              description = "Free text of at most 100 characters. Fills the external activity's value when the body"
                            + " has none.")
    public static final String VALUE = "CamelPardotValue";

    @Metadata(label = "producer", javaType = "Object",
              description = "When the activity happened: OffsetDateTime, ZonedDateTime, Instant, Date, epoch"
                            + " milliseconds (Long) or an ISO-8601 string with an offset. Fills the external"
                            + " activity's activityDate when the body has none; sent as ISO-8601 with an offset.")
    public static final String ACTIVITY_DATE = "CamelPardotActivityDate";

    @Metadata(label = "producer", javaType = "String",
              description = "external-activity query: the page to fetch (in), and the token of the next page (out;"
                            + " removed on the last page).")
    public static final String NEXT_PAGE_TOKEN = "CamelPardotNextPageToken";

    @Metadata(label = "producer", javaType = "Integer",
              description = "The HTTP status of the response (out).")
    public static final String HTTP_STATUS = "CamelPardotHttpStatus";

    @Metadata(label = "producer", javaType = "String",
              description = "The Tooling record id of an extension or activity type: get and update take it from"
                            + " this header (else they find the record by DeveloperName); create and ensure set it.")
    public static final String RECORD_ID = "CamelPardotRecordId";

    @Metadata(label = "producer", javaType = "String",
              description = "The DeveloperName of the extension or activity type to work on; overrides the endpoint"
                            + " option developerName (a body field overrides both).")
    public static final String DEVELOPER_NAME = "CamelPardotDeveloperName";

    @Metadata(label = "producer", javaType = "Integer",
              description = "Batch create: how many elements were delivered (out).")
    public static final String DELIVERED_COUNT = "CamelPardotDeliveredCount";

    @Metadata(label = "producer", javaType = "Integer",
              description = "Batch create: how many elements failed (out).")
    public static final String FAILED_COUNT = "CamelPardotFailedCount";

    @Metadata(label = "producer", javaType = "Boolean",
              description = "ensure, assign, unassign, activate, deactivate: true when something was created,"
                            + " updated or deleted; false when the org already matched (out).")
    public static final String SETUP_CHANGED = "CamelPardotSetupChanged";

    @Metadata(label = "producer", javaType = "String",
              description = "The business unit (the 18-character id starting 0Uv) this exchange is for, instead of the"
                            + " endpoint option businessUnitId: external-activity (every operation) and extension"
                            + " ensure, assign and unassign. Checked before any call; each business unit has its own"
                            + " in-flight cap.")
    public static final String BUSINESS_UNIT_ID = "CamelPardotBusinessUnitId";

    @Metadata(label = "producer", javaType = "Long",
              description = "external-activity query: only activities whose id is greater than this (v5 idGreaterThan); a"
                            + " whole number. Overrides the option idGreaterThan.")
    public static final String ID_GREATER_THAN = "CamelPardotIdGreaterThan";

    @Metadata(label = "producer", javaType = "Long",
              description = "external-activity query: only activities whose id is this or greater (v5"
                            + " idGreaterThanOrEqualTo); a whole number. Overrides the option of the same name.")
    public static final String ID_GREATER_THAN_OR_EQUAL_TO = "CamelPardotIdGreaterThanOrEqualTo";

    @Metadata(label = "producer", javaType = "Long",
              description = "external-activity query: only activities whose id is less than this (v5 idLessThan); a whole"
                            + " number. Overrides the option of the same name.")
    public static final String ID_LESS_THAN = "CamelPardotIdLessThan";

    @Metadata(label = "producer", javaType = "Long",
              description = "external-activity query: only activities whose id is this or less (v5 idLessThanOrEqualTo); a"
                            + " whole number. Overrides the option of the same name.")
    public static final String ID_LESS_THAN_OR_EQUAL_TO = "CamelPardotIdLessThanOrEqualTo";

    @Metadata(label = "producer", javaType = "Long",
              description = "external-activity query: only the activities of this prospect (v5 prospectId); a whole number."
                            + " Overrides the option prospectId.")
    public static final String PROSPECT_ID = "CamelPardotProspectId";

    @Metadata(label = "producer", javaType = "Long",
              description = "external-activity query: only activities whose prospectId is greater than this; a whole number."
                            + " Overrides the option of the same name.")
    public static final String PROSPECT_ID_GREATER_THAN = "CamelPardotProspectIdGreaterThan";

    @Metadata(label = "producer", javaType = "Long",
              description = "external-activity query: only activities whose prospectId is this or greater; a whole number."
                            + " Overrides the option of the same name.")
    public static final String PROSPECT_ID_GREATER_THAN_OR_EQUAL_TO = "CamelPardotProspectIdGreaterThanOrEqualTo";

    @Metadata(label = "producer", javaType = "Long",
              description = "external-activity query: only activities whose prospectId is less than this; a whole number."
                            + " Overrides the option of the same name.")
    public static final String PROSPECT_ID_LESS_THAN = "CamelPardotProspectIdLessThan";

    @Metadata(label = "producer", javaType = "Long",
              description = "external-activity query: only activities whose prospectId is this or less; a whole number."
                            + " Overrides the option of the same name.")
    public static final String PROSPECT_ID_LESS_THAN_OR_EQUAL_TO = "CamelPardotProspectIdLessThanOrEqualTo";

    @Metadata(label = "producer", javaType = "java.time.OffsetDateTime",
              description = "external-activity query: only activities whose createdAt is after this (v5 createdAtAfter):"
                            + " OffsetDateTime, ZonedDateTime, Instant, Date, epoch milliseconds or an ISO-8601 string with an"
                            + " offset; sent to the second. Overrides the option of the same name.")
    public static final String CREATED_AT_AFTER = "CamelPardotCreatedAtAfter";

    @Metadata(label = "producer", javaType = "java.time.OffsetDateTime",
              description = "external-activity query: only activities whose createdAt is at or after this (v5"
                            + " createdAtAfterOrEqualTo): OffsetDateTime, ZonedDateTime, Instant, Date, epoch milliseconds or an"
                            + " ISO-8601 string with an offset; sent to the second. Overrides the option of the same name.")
    public static final String CREATED_AT_AFTER_OR_EQUAL_TO = "CamelPardotCreatedAtAfterOrEqualTo";

    @Metadata(label = "producer", javaType = "java.time.OffsetDateTime",
              description = "external-activity query: only activities whose createdAt is before this (v5 createdAtBefore):"
                            + " OffsetDateTime, ZonedDateTime, Instant, Date, epoch milliseconds or an ISO-8601 string with an"
                            + " offset; sent to the second. Overrides the option of the same name.")
    public static final String CREATED_AT_BEFORE = "CamelPardotCreatedAtBefore";

    @Metadata(label = "producer", javaType = "java.time.OffsetDateTime",
              description = "external-activity query: only activities whose createdAt is at or before this (v5"
                            + " createdAtBeforeOrEqualTo): OffsetDateTime, ZonedDateTime, Instant, Date, epoch milliseconds or"
                            + " an ISO-8601 string with an offset; sent to the second. Overrides the option of the same name.")
    public static final String CREATED_AT_BEFORE_OR_EQUAL_TO = "CamelPardotCreatedAtBeforeOrEqualTo";

    @Metadata(label = "producer", javaType = "java.time.OffsetDateTime",
              description = "external-activity query: only activities whose updatedAt is after this (v5 updatedAtAfter):"
                            + " OffsetDateTime, ZonedDateTime, Instant, Date, epoch milliseconds or an ISO-8601 string with an"
                            + " offset; sent to the second. Overrides the option of the same name.")
    public static final String UPDATED_AT_AFTER = "CamelPardotUpdatedAtAfter";

    @Metadata(label = "producer", javaType = "java.time.OffsetDateTime",
              description = "external-activity query: only activities whose updatedAt is at or after this (v5"
                            + " updatedAtAfterOrEqualTo): OffsetDateTime, ZonedDateTime, Instant, Date, epoch milliseconds or an"
                            + " ISO-8601 string with an offset; sent to the second. Overrides the option of the same name.")
    public static final String UPDATED_AT_AFTER_OR_EQUAL_TO = "CamelPardotUpdatedAtAfterOrEqualTo";

    @Metadata(label = "producer", javaType = "java.time.OffsetDateTime",
              description = "external-activity query: only activities whose updatedAt is before this (v5 updatedAtBefore):"
                            + " OffsetDateTime, ZonedDateTime, Instant, Date, epoch milliseconds or an ISO-8601 string with an"
                            + " offset; sent to the second. Overrides the option of the same name.")
    public static final String UPDATED_AT_BEFORE = "CamelPardotUpdatedAtBefore";

    @Metadata(label = "producer", javaType = "java.time.OffsetDateTime",
              description = "external-activity query: only activities whose updatedAt is at or before this (v5"
                            + " updatedAtBeforeOrEqualTo): OffsetDateTime, ZonedDateTime, Instant, Date, epoch milliseconds or"
                            + " an ISO-8601 string with an offset; sent to the second. Overrides the option of the same name.")
    public static final String UPDATED_AT_BEFORE_OR_EQUAL_TO = "CamelPardotUpdatedAtBeforeOrEqualTo";

    @Metadata(label = "producer", javaType = "java.time.OffsetDateTime",
              description = "external-activity query: only activities whose activityDate is after this (v5"
                            + " activityDateAfter): OffsetDateTime, ZonedDateTime, Instant, Date, epoch milliseconds or an"
                            + " ISO-8601 string with an offset; sent to the second. Overrides the option of the same name.")
    public static final String ACTIVITY_DATE_AFTER = "CamelPardotActivityDateAfter";

    @Metadata(label = "producer", javaType = "java.time.OffsetDateTime",
              description = "external-activity query: only activities whose activityDate is at or after this (v5"
                            + " activityDateAfterOrEqualTo): OffsetDateTime, ZonedDateTime, Instant, Date, epoch milliseconds or"
                            + " an ISO-8601 string with an offset; sent to the second. Overrides the option of the same name.")
    public static final String ACTIVITY_DATE_AFTER_OR_EQUAL_TO = "CamelPardotActivityDateAfterOrEqualTo";

    @Metadata(label = "producer", javaType = "java.time.OffsetDateTime",
              description = "external-activity query: only activities whose activityDate is before this (v5"
                            + " activityDateBefore): OffsetDateTime, ZonedDateTime, Instant, Date, epoch milliseconds or an"
                            + " ISO-8601 string with an offset; sent to the second. Overrides the option of the same name.")
    public static final String ACTIVITY_DATE_BEFORE = "CamelPardotActivityDateBefore";

    @Metadata(label = "producer", javaType = "java.time.OffsetDateTime",
              description = "external-activity query: only activities whose activityDate is at or before this (v5"
                            + " activityDateBeforeOrEqualTo): OffsetDateTime, ZonedDateTime, Instant, Date, epoch milliseconds"
                            + " or an ISO-8601 string with an offset; sent to the second. Overrides the option of the same name.")
    public static final String ACTIVITY_DATE_BEFORE_OR_EQUAL_TO = "CamelPardotActivityDateBeforeOrEqualTo";

    @Metadata(label = "producer", javaType = "String",
              description = "external-activity query: only activities of the extension with this DeveloperName (sent as the"
                            + " v5 parameter extension). Overrides the option filterExtension.")
    public static final String FILTER_EXTENSION = "CamelPardotFilterExtension";

    @Metadata(label = "producer", javaType = "String",
              description = "external-activity query: only activities of the activity type with this DeveloperName (sent as"
                            + " the v5 parameter type). Overrides the option filterType.")
    public static final String FILTER_TYPE = "CamelPardotFilterType";

    @Metadata(label = "producer", javaType = "String",
              description = "external-activity query: the order, e.g. createdAt desc (v5 orderBy: comma-separated fields,"
                            + " each optionally asc or desc). Overrides the option orderBy.")
    public static final String ORDER_BY = "CamelPardotOrderBy";

    @Metadata(label = "producer", javaType = "String",
              description = "external-activity read and query: the fields to return for this exchange, comma separated (a"
                            + " Collection of names also works). Overrides the option fields.")
    public static final String FIELDS = "CamelPardotFields";

    @Metadata(label = "producer", javaType = "Boolean",
              description = "external-activity create with unknownProspect=CREATE: true when Account Engagement knew no"
                            + " prospect with the e-mail, so one was created (upsertLatestByEmail) and the activity sent"
                            + " again (out).")
    public static final String PROSPECT_CREATED = "CamelPardotProspectCreated";

    private PardotConstants() {
    }
}
