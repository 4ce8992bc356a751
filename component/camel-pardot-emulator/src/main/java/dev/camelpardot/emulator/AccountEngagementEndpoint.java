package dev.camelpardot.emulator;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.camelpardot.emulator.AccountEngagementError.badRequest;

/**
 * {@code /api/v5/}: the gates every Account Engagement v5 request passes, in this order: injected transport faults
 * (dropped connection, 503), the business-unit header (181, 182, 201), the access token (184), the in-flight limit
 * (66, answered at once), the daily limit (122), the injected internal error (183); then the resource that serves
 * the path answers. Every answer except 66 waits the configured latency, during which the request keeps its
 * in-flight slot. An unknown path is a 404, a method the path does not allow a 405, before any gate.
 */
final class AccountEngagementEndpoint implements Endpoint {

    static final String BUSINESS_UNIT_HEADER = "Pardot-Business-Unit-Id";

    private final EmulatorConfig config;
    private final ToolingStore tooling;
    private final AccessTokens accessTokens;
    private final InFlightLimiter inFlight;
    private final DailyLimit dailyLimit;
    private final Faults faults;
    private final TrafficStats traffic;
    private final List<AccountEngagementResource> resources;

    AccountEngagementEndpoint(EmulatorConfig config, ToolingStore tooling, AccessTokens accessTokens,
            InFlightLimiter inFlight, DailyLimit dailyLimit, Faults faults, TrafficStats traffic,
            List<AccountEngagementResource> resources) {
        this.config = config;
        this.tooling = tooling;
        this.accessTokens = accessTokens;
        this.inFlight = inFlight;
        this.dailyLimit = dailyLimit;
        this.faults = faults;
        this.traffic = traffic;
        this.resources = List.copyOf(resources);
    }

    @Override
    public void handle(EmulatorRequest request, ResponseChannel response) {
        AccountEngagementResource resource = resource(request.path());
        if (resource == null) {
            reply(response, Reply.json(404, Map.of("message", "Unknown endpoint " + request.path()
                    + " (the emulator serves " + ExternalActivitiesResource.PATH + " and "
                    + ProspectUpsertResource.PATH + ")")), Duration.ZERO);
            return;
        }
        List<String> methods = resource.methods(request.path());
        if (!methods.contains(request.method())) {
            reply(response, Reply.json(405, Map.of("message", "Method " + request.method() + " is not allowed on "
                    + request.path())).withHeader("Allow", String.join(", ", methods)), Duration.ZERO);
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
        reply(response, process(resource, request, businessUnitId), delay);
    }

    private Reply process(AccountEngagementResource resource, EmulatorRequest request, String businessUnitId) {
        try {
            if (!dailyLimit.tryConsume(businessUnitId)) {
                return Reply.accountEngagementError(429, AccountEngagementError.DAILY_LIMIT, "Daily API rate limit met.");
            }
            if (faults.internalError()) {
                return Reply.accountEngagementError(500, AccountEngagementError.INTERNAL_ERROR,
                        "Internal error occurred. Please try again.");
            }
            return resource.handle(request, businessUnitId);
        } catch (AccountEngagementError e) {
            return e.toReply();
        } catch (IllegalArgumentException malformedQueryString) {
            return Reply.accountEngagementError(400, AccountEngagementError.INVALID_PARAMETER,
                    "Malformed query string: " + malformedQueryString.getMessage());
        }
    }

    private AccountEngagementResource resource(String path) {
        for (AccountEngagementResource resource : resources) {
            if (resource.serves(path)) {
                return resource;
            }
        }
        return null;
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
}
