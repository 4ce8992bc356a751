package dev.camelpardot.api;

/** What to check for the errors whose cause is usually configuration rather than the data sent. */
final class ErrorHints {

    static final String HOSTS = "production business units are served by pi.pardot.com, demo, developer and sandbox "
                                + "ones by pi.demo.pardot.com: check environment / pardotUrl";

    /** Every token this call got was refused, but never right after its own refresh: tokens outlive too few calls. */
    static final String TOKEN_KEPT_EXPIRING = "the access token expired again each time this call waited for its turn "
            + "(the org's session timeout or token policy is shorter than the time calls wait): lengthen the connected "
            + "app's session timeout, or send fewer calls at once";

    private ErrorHints() {
    }

    /** A hint for this error, or null when the server's message says enough. */
    static String forError(int status, ErrorBody error) {
        Integer code = error.code();
        if (code != null) {
            switch (code) {
                case 181:
                    return "send the Pardot-Business-Unit-Id header: set businessUnitId (18 characters starting with 0Uv, "
                           + "see Setup > Business Unit Setup)";
                case 182:
                case 201:
                    return "the business unit id is wrong or inactive, or the host does not match it: " + HOSTS
                           + ", and businessUnitId";
                case 184:
                    return "the access token was refused even after a refresh: check that the connected app has the "
                           + "pardot_api scope and that the token's user is an Account Engagement user synced to this "
                           + "business unit";
                case 49:
                    return "the user of the token is not allowed in that business unit: assign the user to the business "
                           + "unit set in businessUnitId, or use another business unit";
                case 66:
                    return "more concurrent requests than the business unit allows: other clients share the limit, or "
                           + "maxConcurrentRequests is above the business unit's Concurrent API Request Limit";
                case 122:
                    return "the business unit's daily API allocation is used up; it resets at the start of the day in the "
                           + "account's time zone (see Account Engagement Settings > Usage and Limits)";
                case 183:
                    return "an internal error in Account Engagement; try again later";
                case 4:
                    return "no prospect has this e-mail address, or the address is malformed: create the prospect first,"
                           + " or set unknownProspect=CREATE to have the component create it";
                case 209:
                    return "the query filters on more fields than Account Engagement allows at once (the consumer's"
                           + " position counts as a filter on id): filter on fewer fields";
                case 210:
                case 211:
                    return "the page token expired (tokens live 4 hours) or is not valid here: start the query again"
                           + " without the token";
                default:
                    break;
            }
        }
        String sfCode = error.salesforceErrorCode();
        if ("INVALID_SESSION_ID".equals(sfCode)) {
            return "the access token was refused by the Tooling API even after a refresh: check that the connected app "
                   + "has the api scope and that instanceUrl (if set) is the org's My Domain URL";
        }
        if ("INVALID_TYPE".equals(sfCode) || "NOT_FOUND".equals(sfCode) && status == 404 && error.message() != null
                                                  && error.message().contains("requested resource does not exist")) {
            return "the object is not available: apiVersion must be 56.0 or later and the org needs Account Engagement "
                   + "Plus, Advanced or Premium";
        }
        if (status == 407) {
            return "the proxy refused the credentials: check proxyUsername and proxyPassword";
        }
        if (status == 401 || status == 403) {
            return "the token was refused: check the connected app's scopes (api, pardot_api) and the user's permissions";
        }
        if (status == 429) {
            return "rate limited by the server; retries are used up (maxRetries)";
        }
        return null;
    }

    /** A hint for a request that got no response. */
    static String forFailure(FailureKind kind, RetryPolicy retry) {
        switch (kind) {
            case NOT_SENT:
                return "could not connect: check pardotUrl / loginUrl / instanceUrl, the proxy options and the network";
            case TIMED_OUT:
                return retry.retryOnTimeout()
                        ? "no answer within requestTimeout, also after retries"
                        : "no answer within requestTimeout; the request may have been processed, so it was not repeated "
                          + "(retryOnTimeout=false)";
            case CONNECTION_LOST:
                return "the connection was lost before an answer came; the request may have been processed";
            default:
                return null;
        }
    }
}
