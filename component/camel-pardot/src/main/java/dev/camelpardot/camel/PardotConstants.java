package dev.camelpardot.camel;

import org.apache.camel.spi.Metadata;

/** The message headers of the {@code pardot:} endpoints. */
public final class PardotConstants {

    @Metadata(label = "producer", javaType = "String",
              description = "The id of an external activity. external-activity read takes the id from this header;"
                            + " create sets it when Account Engagement returns one.")
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

    private PardotConstants() {
    }
}
