package dev.camelpardot.api;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelpardot.auth.AccessToken;
import dev.camelpardot.auth.TokenSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Account Engagement v5 external-activity calls and Salesforce Tooling calls, with authentication, the per-business-unit
 * concurrency cap, retries and error mapping. One per component, shared by all its endpoints.
 * <p>
 * <b>Concurrency cap.</b> At most {@code maxConcurrentRequests} Account Engagement requests per business unit are in
 * flight; more wait in a first-come-first-served queue of futures, so no thread blocks and our own traffic never
 * causes error 66. A permit is held only while a request is on the wire: not while waiting for a token or a backoff.
 * Tooling calls are not counted: the Tooling API is a Salesforce platform API on the org's instance, outside Account
 * Engagement's concurrent-request limit, and setup calls are few.
 * <p>
 * <b>Authentication.</b> On HTTP 401, Account Engagement code 184 (any status) or Tooling {@code INVALID_SESSION_ID},
 * the call asks {@link TokenSession#refresh(AccessToken)} (one token request however many calls fail together) and
 * tries once more.
 * <p>
 * <b>Retries.</b> Code 66, 183, 202, HTTP 429 (except code 122), 502, 503, 504 and requests that never reached the
 * server are retried up to {@code maxRetries} times with exponential backoff and full jitter, scheduled, not slept.
 * A request that timed out, or a POST whose connection broke after sending, may have landed: it is retried only with
 * {@code retryOnTimeout}. Code 122 fails at once with {@link PardotDailyLimitException}.
 * <p>
 * <b>Threads.</b> Every returned future completes on a transport worker thread, with an {@link ApiResponse} for any
 * 2xx or exceptionally with a {@link PardotApiException} (or subclass) - never on the calling thread.
 * <p>
 * {@link #withRetryPolicy(RetryPolicy)} gives a client with other retries over the same session, cap and counters:
 * how often to retry is a caller's choice, not part of the connection.
 */
public final class PardotApi implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PardotApi.class);
    private static final String EXTERNAL_ACTIVITIES = "/api/v5/external-activities";
    private static final String PROSPECT_UPSERT = "/api/v5/objects/prospects/do/upsertLatestByEmail";

    private final URI pardotUrl;
    private final URI instanceUrlOverride;
    private final String apiVersion;
    private final int maxConcurrentRequests;
    private final RetryPolicy retry;
    private final TokenSession session;
    private final HttpTransport transport;
    private final ApiStats stats;
    private final ConcurrentMap<String, PermitQueue> permitsByBusinessUnit;
    private final AtomicBoolean closed;
    // the create call's URI never changes: parsed once, not per message
    private final URI createUri;

    /**
     * The options arrive checked (the component's OptionRules own every rule); only the API version is normalized.
     *
     * @param pardotUrl             the Account Engagement host, e.g. https://pi.pardot.com
     * @param instanceUrlOverride   the Tooling API host; null to use the token's instance_url
     * @param apiVersion            the Salesforce API version for Tooling calls (see {@link ApiVersion})
     * @param maxConcurrentRequests Account Engagement requests in flight per business unit, 1 or more
     */
    public PardotApi(URI pardotUrl, URI instanceUrlOverride, String apiVersion, int maxConcurrentRequests, RetryPolicy retry,
                     TokenSession session, HttpTransport transport) {
        this.pardotUrl = withoutTrailingSlash(Objects.requireNonNull(pardotUrl, "pardotUrl"));
        this.instanceUrlOverride = instanceUrlOverride == null ? null : withoutTrailingSlash(instanceUrlOverride);
        this.apiVersion = ApiVersion.normalize(apiVersion);
        this.maxConcurrentRequests = maxConcurrentRequests;
        this.retry = Objects.requireNonNull(retry, "retry");
        this.session = Objects.requireNonNull(session, "session");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.stats = new ApiStats();
        this.permitsByBusinessUnit = new ConcurrentHashMap<>();
        this.closed = new AtomicBoolean();
        this.createUri = URI.create(this.pardotUrl + EXTERNAL_ACTIVITIES);
        LOG.debug("Pardot API client: pardotUrl={}, instanceUrl={}, apiVersion={}, maxConcurrentRequests={}, {}", pardotUrl,
                instanceUrlOverride == null ? "from token" : instanceUrlOverride, this.apiVersion, maxConcurrentRequests, retry);
    }

    private PardotApi(PardotApi shared, RetryPolicy retry) {
        this.pardotUrl = shared.pardotUrl;
        this.instanceUrlOverride = shared.instanceUrlOverride;
        this.apiVersion = shared.apiVersion;
        this.maxConcurrentRequests = shared.maxConcurrentRequests;
        this.retry = Objects.requireNonNull(retry, "retry");
        this.session = shared.session;
        this.transport = shared.transport;
        this.stats = shared.stats;
        this.permitsByBusinessUnit = shared.permitsByBusinessUnit;
        this.closed = shared.closed;
        this.createUri = shared.createUri;
    }

    /** This client with other retries: same session, in-flight cap, counters and lifecycle. */
    public PardotApi withRetryPolicy(RetryPolicy policy) {
        return policy.equals(retry) ? this : new PardotApi(this, policy);
    }

    // ---- Account Engagement v5 --------------------------------------------------------------------------------

    /** POST /api/v5/external-activities with a JSON body {@code {"extension","type","email","value"[,"activityDate"]}}. */
    public CompletableFuture<ApiResponse> createExternalActivity(String businessUnitId, String jsonBody) {
        if (jsonBody == null) {
            return invalid("body", "an external activity needs a JSON body");
        }
        return pardot(new ApiRequest("create external activity", "POST", false, EXTERNAL_ACTIVITIES, jsonBody, businessUnitId));
    }

    /** GET /api/v5/external-activities/{id}?fields=... */
    public CompletableFuture<ApiResponse> readExternalActivity(String businessUnitId, String id, String fields) {
        if (id == null || id.isBlank()) {
            return invalid("id", "reading an external activity needs its id");
        }
        String path = EXTERNAL_ACTIVITIES + "/" + encode(id) + query("fields", fields);
        return pardot(new ApiRequest("read external activity", "GET", false, path, null, businessUnitId));
    }

    /** GET /api/v5/external-activities?fields=...&limit=...&nextPageToken=... (null arguments are left out). */
    public CompletableFuture<ApiResponse> queryExternalActivities(String businessUnitId, String fields, Integer limit,
                                                                  String nextPageToken) {
        return queryExternalActivities(businessUnitId, fields, limit, nextPageToken, Map.of());
    }

    /**
     * The same with more query parameters (filters such as {@code createdAtAfter}, and {@code orderBy}), sent in the
     * map's order. Account Engagement takes only {@code fields} beside a page token, so the caller leaves them out
     * then.
     */
    public CompletableFuture<ApiResponse> queryExternalActivities(String businessUnitId, String fields, Integer limit,
                                                                  String nextPageToken, Map<String, String> parameters) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("fields", fields);
        all.put("limit", limit == null ? null : String.valueOf(limit));
        all.put("nextPageToken", nextPageToken);
        all.putAll(parameters);
        return pardot(new ApiRequest("query external activities", "GET", false, EXTERNAL_ACTIVITIES + query(all), null,
                businessUnitId));
    }

    /**
     * POST /api/v5/objects/prospects/do/upsertLatestByEmail: creates a prospect with this e-mail, or updates the most
     * recently updated one that has it (then changing nothing but its e-mail, which is the same). Answers 201 or 200
     * with the prospect's id and e-mail. Safe to repeat, unlike other POSTs: a second upsert finds the first one's
     * prospect.
     */
    public CompletableFuture<ApiResponse> upsertProspectByEmail(String businessUnitId, String email) {
        if (email == null || email.isBlank()) {
            return invalid("email", "upserting a prospect needs its e-mail address");
        }
        ObjectNode body = Json.MAPPER.createObjectNode().put("matchEmail", email);
        body.putObject("prospect").put("email", email);
        body.putArray("fields").add("id").add("email");
        return pardot(new ApiRequest("upsert prospect by e-mail", "POST", false, PROSPECT_UPSERT, body.toString(),
                businessUnitId, true));
    }

    /**
     * GET /api/v5/external-activities?fields=id&limit=1, once: no retries (an invalid token is still refreshed once),
     * so that a readiness probe reports an outage instead of riding it out. Takes a permit like every Account
     * Engagement call.
     */
    public CompletableFuture<ApiResponse> probeExternalActivities(String businessUnitId) {
        return pardot(new ApiRequest("readiness probe", "GET", false, EXTERNAL_ACTIVITIES + query("fields", "id", "limit", "1"),
                null, businessUnitId), RetryPolicy.none());
    }

    // ---- Tooling API ----------------------------------------------------------------------------------------------

    /** POST /services/data/vXX.X/tooling/sobjects/{sobject}; 201 {@code {"id","success","errors"}}. */
    public CompletableFuture<ApiResponse> toolingCreate(String sobject, String jsonBody) {
        if (jsonBody == null) {
            return invalid("body", "creating a " + sobject + " needs a JSON body");
        }
        return tooling(sobject, null, "create " + sobject, "POST", jsonBody);
    }

    /** GET /services/data/vXX.X/tooling/sobjects/{sobject}/{id}. */
    public CompletableFuture<ApiResponse> toolingGet(String sobject, String id) {
        return tooling(sobject, id, "get " + sobject, "GET", null);
    }

    /** PATCH /services/data/vXX.X/tooling/sobjects/{sobject}/{id}; usually 204. */
    public CompletableFuture<ApiResponse> toolingUpdate(String sobject, String id, String jsonBody) {
        if (jsonBody == null) {
            return invalid("body", "updating a " + sobject + " needs a JSON body");
        }
        return tooling(sobject, id, "update " + sobject, "PATCH", jsonBody);
    }

    /** DELETE /services/data/vXX.X/tooling/sobjects/{sobject}/{id}; 204. */
    public CompletableFuture<ApiResponse> toolingDelete(String sobject, String id) {
        return tooling(sobject, id, "delete " + sobject, "DELETE", null);
    }

    /** GET /services/data/vXX.X/tooling/query/?q={soql}; 200 {@code {"size","totalSize","done","records"[,"nextRecordsUrl"]}}. */
    public CompletableFuture<ApiResponse> toolingQuery(String soql) {
        if (soql == null || soql.isBlank()) {
            return invalid("soql", "a Tooling query needs a SOQL statement");
        }
        return toolingCall(new ApiRequest("Tooling query", "GET", true, toolingPath("/query/") + query("q", soql), null, null));
    }

    /** GET the {@code nextRecordsUrl} of a Tooling query result (a path starting with /services/data/). */
    public CompletableFuture<ApiResponse> toolingQueryMore(String nextRecordsUrl) {
        if (nextRecordsUrl == null || !nextRecordsUrl.startsWith("/services/data/")) {
            return invalid("nextRecordsUrl", "expected the nextRecordsUrl of a Tooling query, a path starting with "
                                             + "/services/data/");
        }
        return toolingCall(new ApiRequest("Tooling query (next records)", "GET", true, nextRecordsUrl, null, null));
    }

    // ---- state ---------------------------------------------------------------------------------------------------

    public ApiStats stats() {
        return stats;
    }

    /** Account Engagement requests of this business unit in flight now. */
    public int inFlight(String businessUnitId) {
        PermitQueue queue = permitsByBusinessUnit.get(key(businessUnitId));
        return queue == null ? 0 : queue.inUse();
    }

    /** Account Engagement requests of this business unit waiting for a permit now. */
    public int waiting(String businessUnitId) {
        PermitQueue queue = permitsByBusinessUnit.get(key(businessUnitId));
        return queue == null ? 0 : queue.waiting();
    }

    /** Account Engagement requests waiting for a permit now, over all business units. */
    public int waiting() {
        int sum = 0;
        for (PermitQueue queue : permitsByBusinessUnit.values()) {
            sum += queue.waiting();
        }
        return sum;
    }

    /** The permits of each business unit seen so far, by business unit id: in use, waiting, the cap. */
    public Map<String, Permits> permits() {
        Map<String, Permits> snapshot = new TreeMap<>();
        permitsByBusinessUnit.forEach((unit, queue) -> snapshot.put(unit, new Permits(queue.inUse(), queue.waiting(),
                queue.permits())));
        return snapshot;
    }

    /** The permits of one business unit at one moment. */
    public record Permits(int inUse, int waiting, int max) {
    }

    public URI pardotUrl() {
        return pardotUrl;
    }

    public String apiVersion() {
        return apiVersion;
    }

    public int maxConcurrentRequests() {
        return maxConcurrentRequests;
    }

    public RetryPolicy retryPolicy() {
        return retry;
    }

    public TokenSession session() {
        return session;
    }

    /** Fails the calls waiting for a permit and refuses new ones. The session and transport are closed by their owner. */
    @Override
    public void close() {
        closed.set(true);
        permitsByBusinessUnit.values().forEach(PermitQueue::close);
    }

    @Override
    public String toString() {
        return "PardotApi[" + pardotUrl + ", apiVersion=" + apiVersion + ", maxConcurrentRequests=" + maxConcurrentRequests
               + "]";
    }

    // ---- internals -------------------------------------------------------------------------------------------------

    private CompletableFuture<ApiResponse> pardot(ApiRequest request) {
        return pardot(request, retry);
    }

    private CompletableFuture<ApiResponse> pardot(ApiRequest request, RetryPolicy retryPolicy) {
        if (closed.get()) {
            return closedFailure(request);
        }
        PermitQueue permits = permitsByBusinessUnit.computeIfAbsent(key(request.businessUnitId()),
                ignored -> new PermitQueue(maxConcurrentRequests));
        URI uri = EXTERNAL_ACTIVITIES.equals(request.path()) ? createUri : URI.create(pardotUrl + request.path());
        return new ApiCall(request, session, transport, retryPolicy, stats, permits, token -> uri).start();
    }

    private CompletableFuture<ApiResponse> tooling(String sobject, String id, String label, String method, String body) {
        if (sobject == null || !sobject.matches("[A-Za-z][A-Za-z0-9_]*")) {
            return invalid("sobject", "a Tooling sObject name such as MarketingAppExtension, was " + sobject);
        }
        if (id == null && !"POST".equals(method)) {
            return invalid("id", label + " needs the record id");
        }
        String path = toolingPath("/sobjects/" + sobject) + (id == null ? "" : "/" + encode(id));
        return toolingCall(new ApiRequest(label, method, true, path, body, null));
    }

    private CompletableFuture<ApiResponse> toolingCall(ApiRequest request) {
        if (closed.get()) {
            return closedFailure(request);
        }
        return new ApiCall(request, session, transport, retry, stats, null, token -> toolingUri(request, token)).start();
    }

    private URI toolingUri(ApiRequest request, AccessToken token) {
        URI base = instanceUrlOverride != null ? instanceUrlOverride : token.instanceUrl();
        if (base == null) {
            throw PardotApiException.builder(request.label() + " failed: the token response had no instance_url, so the"
                                             + " Tooling API base is unknown. Hint: set instanceUrl")
                    .hint("set instanceUrl").build();
        }
        String text = base.toString();
        return URI.create((text.endsWith("/") ? text.substring(0, text.length() - 1) : text) + request.path());
    }

    private String toolingPath(String rest) {
        return "/services/data/v" + apiVersion + "/tooling" + rest;
    }

    private static String key(String businessUnitId) {
        return businessUnitId == null ? "" : businessUnitId;
    }

    private static CompletableFuture<ApiResponse> invalid(String field, String message) {
        return CompletableFuture.failedFuture(new PardotValidationException(field, message));
    }

    private static CompletableFuture<ApiResponse> closedFailure(ApiRequest request) {
        return CompletableFuture.failedFuture(
                PardotApiException.builder(request.label() + " failed: the Pardot API client is closed").build());
    }

    /** {@code ?name=value&...} of the non-null pairs, or "" when all values are null. */
    private static String query(String... namesAndValues) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            parameters.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return query(parameters);
    }

    /** The query string of the parameters that have a value, in the map's order; empty when none has. */
    private static String query(Map<String, String> parameters) {
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> {
            if (value != null && !value.isEmpty()) {
                query.append(query.length() == 0 ? '?' : '&').append(encode(name)).append('=').append(encode(value));
            }
        });
        return query.toString();
    }

    /** Percent-encoding valid in a path segment and a query value (a space is %20, never '+'). */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static URI withoutTrailingSlash(URI url) {
        String text = url.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : url;
    }
}
