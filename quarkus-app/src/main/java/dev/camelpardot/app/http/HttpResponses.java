package dev.camelpardot.app.http;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelpardot.app.activity.Json;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

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

    /** True (and the 401 answer is set) when the request carries no accepted API key. */
    public boolean unauthorized(Exchange exchange) {
        if (apiKeys.accepts(exchange.getIn().getHeader(ApiKeys.HEADER, String.class))) {
            return false;
        }
        error(exchange, 401, "missing or unknown " + ApiKeys.HEADER + " header");
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
