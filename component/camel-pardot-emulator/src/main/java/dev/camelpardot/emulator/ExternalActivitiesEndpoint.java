package dev.camelpardot.emulator;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.camelpardot.emulator.AccountEngagementError.badRequest;

/**
 * {@code /api/v5/external-activities}: create (POST), read ({@code GET /{id}}) and query (GET). A request passes,
 * in this order: injected transport faults (dropped connection, 503), the business-unit header (181, 182, 201),
 * the access token (184), the in-flight limit (66, answered at once), the daily limit (122), the injected
 * internal error (183), then the request's own checks. Every answer except 66 waits the configured latency,
 * during which the request keeps its in-flight slot.
 */
final class ExternalActivitiesEndpoint implements Endpoint {

    static final String PATH = "/api/v5/external-activities";
    static final String BUSINESS_UNIT_HEADER = "Pardot-Business-Unit-Id";
    static final int DEFAULT_LIMIT = 200;
    static final int MAX_LIMIT = 1000;

    private final EmulatorConfig config;
    private final String baseUrl;
    private final ToolingStore tooling;
    private final ActivityLog activities;
    private final AccessTokens accessTokens;
    private final InFlightLimiter inFlight;
    private final DailyLimit dailyLimit;
    private final Faults faults;
    private final TrafficStats traffic;
    private final ExternalActivityRules rules;

    ExternalActivitiesEndpoint(EmulatorConfig config, String baseUrl, ToolingStore tooling, ActivityLog activities,
            Prospects prospects, AccessTokens accessTokens, InFlightLimiter inFlight, DailyLimit dailyLimit,
            Faults faults, TrafficStats traffic) {
        this.config = config;
        this.baseUrl = baseUrl;
        this.tooling = tooling;
        this.activities = activities;
        this.accessTokens = accessTokens;
        this.inFlight = inFlight;
        this.dailyLimit = dailyLimit;
        this.faults = faults;
        this.traffic = traffic;
        this.rules = new ExternalActivityRules(config, tooling, prospects);
    }

    @Override
    public void handle(EmulatorRequest request, ResponseChannel response) {
        String path = request.path();
        String id = null;
        if (path.startsWith(PATH + "/") && path.length() > PATH.length() + 1) {
            id = path.substring(PATH.length() + 1);
            if (id.endsWith("/")) {
                id = id.substring(0, id.length() - 1);
            }
        } else if (!path.equals(PATH) && !path.equals(PATH + "/")) {
            reply(response, Reply.json(404, Map.of("message", "Unknown endpoint " + path
                    + " (the emulator serves " + PATH + ")")), Duration.ZERO);
            return;
        }
        boolean allowed = id == null ? request.method().equals("POST") || request.method().equals("GET")
                : request.method().equals("GET");
        if (!allowed) {
            reply(response, Reply.json(405, Map.of("message", "Method " + request.method() + " is not allowed on "
                    + path)).withHeader("Allow", id == null ? "GET, POST" : "GET"), Duration.ZERO);
            return;
        }
        Duration delay = faults.responseDelay();
        if (faults.dropConnection()) {
            reply(response, Reply.dropConnection(), delay);
            return;
        }
        if (faults.serviceUnavailable()) {
            reply(response, Reply.text(503, "Service Unavailable"), delay);
            return;
        }
        String businessUnitId;
        try {
            businessUnitId = businessUnit(request.header(BUSINESS_UNIT_HEADER));
            authenticate(request.bearerToken());
        } catch (AccountEngagementError e) {
            reply(response, e.toReply(), delay);
            return;
        }
        if (!inFlight.tryAcquire(businessUnitId)) {
            reply(response, Reply.accountEngagementError(429, AccountEngagementError.CONCURRENT_REQUEST_LIMIT,
                    "You have exceeded your concurrent request limit. Please wait, before trying again."), Duration.ZERO);
            return;
        }
        response.beforeSend(() -> inFlight.release(businessUnitId));
        reply(response, process(request, businessUnitId, id), delay);
    }

    private Reply process(EmulatorRequest request, String businessUnitId, String id) {
        try {
            if (!dailyLimit.tryConsume(businessUnitId)) {
                return Reply.accountEngagementError(429, AccountEngagementError.DAILY_LIMIT, "Daily API rate limit met.");
            }
            if (faults.internalError()) {
                return Reply.accountEngagementError(500, AccountEngagementError.INTERNAL_ERROR,
                        "Internal error occurred. Please try again.");
            }
            if (request.method().equals("POST")) {
                return create(request, businessUnitId);
            }
            return id == null ? query(request, businessUnitId) : read(request, businessUnitId, id);
        } catch (AccountEngagementError e) {
            return e.toReply();
        } catch (IllegalArgumentException malformedQueryString) {
            return Reply.accountEngagementError(400, AccountEngagementError.INVALID_PARAMETER,
                    "Malformed query string: " + malformedQueryString.getMessage());
        }
    }

    private void reply(ResponseChannel response, Reply reply, Duration delay) {
        traffic.response(reply);
        response.send(reply, delay);
    }

    private String businessUnit(String header) {
        if (header == null || header.isBlank()) {
            throw badRequest(AccountEngagementError.MISSING_HEADER,
                    "Required header is missing: " + BUSINESS_UNIT_HEADER);
        }
        String id = header.trim();
        if (!BusinessUnitIds.isWellFormed(id)) {
            throw badRequest(AccountEngagementError.INVALID_HEADER, "Invalid header value: " + BUSINESS_UNIT_HEADER
                    + " must be an 18-character business unit id starting with 0Uv");
        }
        if (tooling.get(ToolingObjectType.PARDOT_TENANT, id).isEmpty()) {
            throw badRequest(AccountEngagementError.UNKNOWN_BUSINESS_UNIT,
                    "Business Unit specified in " + BUSINESS_UNIT_HEADER + " header not found or inactive.");
        }
        return id;
    }

    private void authenticate(String token) {
        if (accessTokens.use(token) != AccessTokens.Check.VALID) {
            throw new AccountEngagementError(config.expiredTokenStatus(), AccountEngagementError.INVALID_TOKEN,
                    "access_token is invalid, unknown, or malformed: Inactive token");
        }
    }

    private Reply create(EmulatorRequest request, String businessUnitId) {
        if (!request.mediaType().equals("application/json")) {
            throw badRequest(AccountEngagementError.UNSUPPORTED_CONTENT_TYPE, "Unsupported Content-Type: '"
                    + request.mediaType() + "'. The request body must be sent as application/json.");
        }
        String text = request.bodyText();
        if (text.isBlank()) {
            throw badRequest(AccountEngagementError.EMPTY_BODY, "The request body is empty.");
        }
        Object json;
        try {
            json = Json.parse(text);
        } catch (Json.JsonException e) {
            throw badRequest(AccountEngagementError.INVALID_JSON, "Invalid JSON in the request body: " + e.getMessage());
        }
        if (!(json instanceof Map)) {
            throw badRequest(AccountEngagementError.INVALID_JSON, "Invalid JSON in the request body: an object is expected");
        }
        @SuppressWarnings("unchecked")
        ExternalActivityRules.Accepted accepted = rules.check((Map<String, Object>) json, businessUnitId);
        RecordedActivity activity = activities.record(businessUnitId, accepted.extension(), accepted.type(),
                accepted.email(), accepted.value(), accepted.activityDate(), OffsetDateTime.now(ZoneOffset.UTC));
        return Reply.json(201, ActivityFields.render(activity, ActivityFields.CREATED))
                .withHeader("Location", baseUrl + PATH + "/" + activity.id());
    }

    private Reply read(EmulatorRequest request, String businessUnitId, String id) {
        List<String> fields = ActivityFields.parse(request.query().get("fields"));
        RecordedActivity activity = activities.find(businessUnitId, id).orElseThrow(() -> new AccountEngagementError(404,
                AccountEngagementError.OBJECT_NOT_FOUND, "Invalid ID: no external activity " + id + " in this business unit"));
        return Reply.json(200, ActivityFields.render(activity, fields));
    }

    private Reply query(EmulatorRequest request, String businessUnitId) {
        Map<String, String> params = request.query();
        String fieldsParam = params.get("fields");
        List<String> fields = ActivityFields.parse(fieldsParam);
        PageTokens.Page page;
        String token = params.get("nextPageToken");
        if (token != null && !token.isEmpty()) {
            page = PageTokens.decode(token, businessUnitId); // the token carries the page size; limit is ignored
        } else {
            page = new PageTokens.Page(businessUnitId, 0, limit(params.get("limit")));
        }
        List<RecordedActivity> found = activities.page(businessUnitId, page.offset(), page.limit());
        List<Object> values = new ArrayList<>(found.size());
        found.forEach(activity -> values.add(ActivityFields.render(activity, fields)));
        int next = page.offset() + found.size();
        String nextToken = next < activities.count(businessUnitId)
                ? PageTokens.encode(new PageTokens.Page(businessUnitId, next, page.limit())) : null;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("values", values);
        body.put("nextPageToken", nextToken);
        body.put("nextPageUrl", nextToken == null ? null : baseUrl + PATH + "?fields="
                + URLEncoder.encode(fieldsParam, StandardCharsets.UTF_8) + "&nextPageToken=" + nextToken);
        return Reply.json(200, body);
    }

    private static int limit(String limit) {
        if (limit == null || limit.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.trim());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw badRequest(AccountEngagementError.INVALID_PARAMETER,
                "Invalid value for parameter limit: a whole number from 1 to " + MAX_LIMIT + " is expected");
    }
}
