package dev.camelpardot.app.activity;

/**
 * Properties carried by queued messages (JMS property names, so plain identifiers). A message without
 * {@link #SOURCE} was published to the queue directly and counts as source {@code jms}.
 */
public final class ActivityHeaders {

    /** file, http or jms: tags the metrics and says where a dead letter came from. */
    public static final String SOURCE = "PardotSource";
    /** The file name, or the HTTP client's address. */
    public static final String ORIGIN = "PardotOrigin";
    /** Line (file) or record number (HTTP) of the record in what it arrived in. */
    public static final String LINE = "PardotLine";
    /** When the app accepted the record, ISO-8601. */
    public static final String RECEIVED_AT = "PardotReceivedAt";
    /** The business unit the event goes to. */
    public static final String BUSINESS_UNIT = "PardotBusinessUnitId";
    /** Failed deliveries of the event so far that count against pardot.delivery.max-attempts. */
    public static final String ATTEMPTS = "PardotAttempts";
    /** Times the event was replayed from the dead-letter queue; absent when never. */
    public static final String REPLAYS = "PardotReplays";

    /** A refused record's format (csv, ndjson, json), so that a replay reads it again the same way. */
    public static final String FORMAT = "PardotFormat";
    /** A refused CSV row's header line, as written in its file. */
    public static final String CSV_HEADER = "PardotCsvHeader";
    /** A refused CSV row's separator (one character). */
    public static final String CSV_SEPARATOR = "PardotCsvSeparator";

    /** Why the message is a dead letter, in words. */
    public static final String DLQ_REASON = "PardotDlqReason";
    /** The field at fault, when there is one. */
    public static final String DLQ_FIELD = "PardotDlqField";
    /** ingress (refused on arrival) or delivery (refused or failed at Account Engagement). */
    public static final String DLQ_STAGE = "PardotDlqStage";
    /** HTTP status of the last Account Engagement response (0 when none arrived). */
    public static final String DLQ_HTTP_STATUS = "PardotDlqHttpStatus";
    /** Account Engagement error code, or the Salesforce error code. */
    public static final String DLQ_ERROR_CODE = "PardotDlqErrorCode";
    /** HTTP requests the component made on the last delivery. */
    public static final String DLQ_ATTEMPTS = "PardotDlqAttempts";
    /** Failed deliveries that counted against pardot.delivery.max-attempts. */
    public static final String DLQ_DELIVERIES = "PardotDlqDeliveries";
    /** The exception type behind the reason. */
    public static final String DLQ_EXCEPTION = "PardotDlqException";
    /** When it was dead-lettered, ISO-8601. */
    public static final String DLQ_AT = "PardotDlqAt";

    public static final String SOURCE_FILE = "file";
    public static final String SOURCE_HTTP = "http";
    public static final String SOURCE_JMS = "jms";

    private ActivityHeaders() {
    }
}
