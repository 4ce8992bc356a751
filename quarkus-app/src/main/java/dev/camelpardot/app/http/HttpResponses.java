package dev.camelpardot.app.http;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelpardot.app.activity.Json;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.platform.http.vertx.HttpMessage;

/**
 * Answers of the app's HTTP routes. Each answer first drops every request header, because platform-http sends
 * the message headers back as response headers and the request's X-Api-Key must not be echoed.
 */
@Singleton
public class HttpResponses {

    private final ApiKeys apiKeys;

    public HttpResponses(ApiKeys apiKeys) {
        this.apiKeys = apiKeys;
    }

    /**
     * True (and the 401 answer is set) when the request carries no accepted API key in its headers, or carries a
     * key in its URL at all.
     */
    public boolean unauthorized(Exchange exchange) {
        HttpMessage http = exchange.getIn(HttpMessage.class);
        if (http == null) {
            return refuse(exchange, "this endpoint is for HTTP requests");
        }
        if (PresentedKey.inQuery(http.getRequest(), apiKeys)) {
            return refuse(exchange, "an API key in the URL is refused, because URLs end up in proxy and access logs:"
                    + " send it in the " + ApiKeys.HEADER + " header, and replace the key if it was a real one");
        }
        String key = PresentedKey.fromHeaders(http.getRequest());
        if (key == null) {
            return refuse(exchange, "missing " + ApiKeys.HEADER + " header (or Authorization: Bearer <key>)");
        }
        if (!apiKeys.accepts(key)) {
            return refuse(exchange, "unknown API key in the " + ApiKeys.HEADER + " header");
        }
        return false;
    }

    private boolean refuse(Exchange exchange, String reason) {
        error(exchange, 401, reason);
        exchange.getMessage().setHeader("WWW-Authenticate", "ApiKey header=\"" + ApiKeys.HEADER + "\"");
        return true;
    }

    public void error(Exchange exchange, int status, String reason) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("error", reason);
        json(exchange, status, body);
    }

    public void json(Exchange exchange, int status, JsonNode body) {
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, "application/json");
        message.setBody(body.toString());
    }
}
