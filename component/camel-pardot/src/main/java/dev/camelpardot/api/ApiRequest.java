package dev.camelpardot.api;

/**
 * One logical call, before the base URL and token are known.
 *
 * @param label          what the call does, for messages ("create external activity")
 * @param method         the HTTP method
 * @param tooling        true for the Tooling API (base: instance URL), false for Account Engagement (base: pardotUrl)
 * @param path           the path and query below the base, starting with '/'
 * @param body           the JSON body, or null
 * @param businessUnitId the Pardot-Business-Unit-Id header (Account Engagement only); null sends none
 * @param repeatablePost a POST that is safe to send twice (an upsert)
 */
record ApiRequest(String label, String method, boolean tooling, String path, String body, String businessUnitId,
                  boolean repeatablePost) {

    /** A request whose POST, if any, creates again when repeated. */
    ApiRequest(String label, String method, boolean tooling, String path, String body, String businessUnitId) {
        this(label, method, tooling, path, body, businessUnitId, false);
    }

    /**
     * GET, PATCH (setting fields to given values) and DELETE can be repeated safely; a POST creates again, unless it is
     * an upsert ({@code repeatablePost}), which finds what the first one made.
     */
    boolean idempotent() {
        return !"POST".equals(method) || repeatablePost;
    }
}
