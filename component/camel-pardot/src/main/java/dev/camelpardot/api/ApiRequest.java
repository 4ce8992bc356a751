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
 */
record ApiRequest(String label, String method, boolean tooling, String path, String body, String businessUnitId) {

    /** GET, PATCH (setting fields to given values) and DELETE can be repeated safely; POST creates again. */
    boolean idempotent() {
        return !"POST".equals(method);
    }
}
