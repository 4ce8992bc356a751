package dev.camelpardot.benchmark;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/**
 * Contender B's hand-made token handling, as a competent user writes it: fetch a token through the same camel-http
 * component, cache it, and on a 401 refresh it once however many requests saw the same stale token.
 */
final class CamelHttpTokenCache {

    private final ProducerTemplate template;
    private final Target target;
    private final ObjectMapper mapper = new ObjectMapper();
    private String authorization; // guarded by this

    CamelHttpTokenCache(ProducerTemplate template, Target target) {
        this.template = template;
        this.target = target;
    }

    /** The cached "Bearer ..." value, fetched on first use. */
    synchronized String authorization() throws Exception {
        if (authorization == null) {
            authorization = fetch();
        }
        return authorization;
    }

    /** A fresh value if {@code stale} is still the cached one, else the value another request already fetched. */
    synchronized String refresh(String stale) throws Exception {
        if (authorization == null || authorization.equals(stale)) {
            authorization = fetch();
        }
        return authorization;
    }

    private String fetch() throws Exception {
        String form = "grant_type=refresh_token&client_id=" + encode(target.clientId()) + "&client_secret="
                + encode(target.clientSecret()) + "&refresh_token=" + encode(target.refreshToken());
        String response = template.requestBodyAndHeaders(target.tokenUrl(), form, Map.of(Exchange.HTTP_METHOD, "POST",
                        Exchange.CONTENT_TYPE, "application/x-www-form-urlencoded"), String.class);
        JsonNode token = mapper.readTree(response).get("access_token");
        if (token == null) {
            throw new IllegalStateException("no access_token in the token response");
        }
        return "Bearer " + token.asText();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
