package dev.camelpardot.emulator;

/** An Account Engagement v5 error: HTTP status plus the {@code {"code","message"}} body. */
final class AccountEngagementError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    static final int INVALID_PROSPECT_EMAIL = 4;
    /** "Invalid query parameters": the emulator's choice for an unknown query parameter. */
    static final int INVALID_QUERY_PARAMETERS = 5;
    /** "Invalid timestamp": the emulator's choice for a malformed datetime filter. */
    static final int INVALID_TIMESTAMP = 7;
    /** "Invalid ID": the emulator's choice for a malformed id filter. */
    static final int INVALID_ID = 16;
    /** "Invalid value specified for sort_by": the emulator's choice for a bad orderBy. */
    static final int INVALID_SORT = 19;
    static final int CONCURRENT_REQUEST_LIMIT = 66;
    static final int DAILY_LIMIT = 122;
    static final int INVALID_JSON = 150;
    static final int UNSUPPORTED_CONTENT_TYPE = 151;
    static final int EMPTY_BODY = 152;
    static final int MISSING_PROPERTY = 153;
    static final int INVALID_PROPERTY = 154;
    static final int INVALID_FIELDS = 180;
    static final int MISSING_HEADER = 181;
    static final int INVALID_HEADER = 182;
    static final int INTERNAL_ERROR = 183;
    static final int INVALID_TOKEN = 184;
    static final int OBJECT_NOT_FOUND = 192;
    static final int UNKNOWN_BUSINESS_UNIT = 201;
    static final int TOO_MANY_FILTERED_FIELDS = 209;
    static final int EXPIRED_PAGE_TOKEN = 210;
    static final int INVALID_PAGE_TOKEN = 211;
    /** Emulator's choice for a bad query parameter value; the real code is UNCONFIRMED. */
    static final int INVALID_PARAMETER = 13;

    private final int status;
    private final int code;

    AccountEngagementError(int status, int code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static AccountEngagementError badRequest(int code, String message) {
        return new AccountEngagementError(400, code, message);
    }

    int status() {
        return status;
    }

    int code() {
        return code;
    }

    Reply toReply() {
        return Reply.accountEngagementError(status, code, getMessage());
    }
}
