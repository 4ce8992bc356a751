package dev.camelpardot.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /services/data/}: the list of API versions (no token needed), and under {@code vNN.N/} (any version from
 * 53.0) the Tooling API ({@code tooling/...}) and the REST data API ({@code query}, {@code sobjects}, for
 * PardotTenant), both answered by {@link SObjectResources}. Salesforce-shaped: errors are arrays of
 * {@code {"message","errorCode","fields"}}, a bad or expired token gets 401 INVALID_SESSION_ID before anything
 * else. Responses wait the configured latency.
 */
final class DataApiEndpoint implements Endpoint {

    static final String PREFIX = "/services/data";
    private static final Pattern VERSIONED = Pattern.compile("^/services/data/v([^/]+)(/.*)?$");

    private final ToolingStore store;
    private final AccessTokens accessTokens;
    private final Faults faults;

    DataApiEndpoint(ToolingStore store, AccessTokens accessTokens, Faults faults) {
        this.store = store;
        this.accessTokens = accessTokens;
        this.faults = faults;
    }

    @Override
    public void handle(EmulatorRequest request, ResponseChannel response) {
        response.send(reply(request), faults.responseDelay());
    }

    private Reply reply(EmulatorRequest request) {
        if (request.path().equals(PREFIX) || request.path().equals(PREFIX + "/")) {
            if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
                return new ToolingError(405, "METHOD_NOT_ALLOWED", "HTTP Method '" + request.method()
                        + "' not allowed. Allowed are GET,HEAD", List.of()).toReply();
            }
            return Reply.json(200, ApiVersions.listing());
        }
        if (accessTokens.use(request.bearerToken()) != AccessTokens.Check.VALID) {
            return Reply.salesforceError(401, "INVALID_SESSION_ID", "Session expired or invalid", List.of());
        }
        try {
            Matcher path = VERSIONED.matcher(request.path());
            String version = path.matches() ? ApiVersions.normalize(path.group(1)) : null;
            if (version == null) {
                throw ToolingError.notFound();
            }
            List<String> segments = segments(path.group(2));
            if (!segments.isEmpty() && segments.get(0).equals("tooling")) {
                return new SObjectResources(store, ApiSurface.TOOLING, version)
                        .answer(request, segments.subList(1, segments.size()));
            }
            return new SObjectResources(store, ApiSurface.DATA, version).answer(request, segments);
        } catch (ToolingError e) {
            return e.toReply();
        } catch (IllegalArgumentException malformedQueryString) {
            return Reply.salesforceError(400, "MALFORMED_QUERY", "Malformed query string: "
                    + malformedQueryString.getMessage(), List.of());
        }
    }

    private static List<String> segments(String rest) {
        List<String> segments = new ArrayList<>();
        if (rest != null) {
            for (String segment : rest.split("/")) {
                if (!segment.isEmpty()) {
                    segments.add(segment);
                }
            }
        }
        return segments;
    }
}
