package dev.camelpardot.app.http;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.vertx.core.http.HttpServerRequest;

/**
 * Where a request may carry its API key: the {@code X-Api-Key} header, or {@code Authorization: Bearer <key>}.
 * Read from the HTTP request itself, because platform-http also copies query parameters into message headers,
 * and a key in the URL must not count: URLs end up in proxy and access logs.
 */
final class PresentedKey {

    /** Query parameter names that say "this is a key", whatever their value. */
    private static final Set<String> KEY_PARAMETERS = Set.of("x-api-key", "api-key", "api_key", "apikey", "key",
            "token", "access_token", "authorization");

    private PresentedKey() {
    }

    /** The key in the request's headers, or null. */
    static String fromHeaders(HttpServerRequest request) {
        String key = request.getHeader(ApiKeys.HEADER);
        if (key != null && !key.isBlank()) {
            return key.strip();
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).strip();
        }
        return null;
    }

    /** True when a query parameter is named like a key or holds an accepted one. */
    static boolean inQuery(HttpServerRequest request, ApiKeys keys) {
        for (Map.Entry<String, String> parameter : request.params()) {
            if (KEY_PARAMETERS.contains(parameter.getKey().toLowerCase(Locale.ROOT)) || keys.accepts(parameter.getValue())) {
                return true;
            }
        }
        return false;
    }
}
