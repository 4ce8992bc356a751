package dev.camelpardot.app.http;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelpardot.app.activity.Json;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refusals that Vert.x and Quarkus answer before a request reaches a route get a JSON body with a reason, like every
 * other answer of the app: 413 for a body over {@code pardot.ingress.max-body-size} (decided from Content-Length
 * ahead of Quarkus's own check, which answers with an empty body; a chunked body is stopped by the body handler,
 * whose failure lands here too), 404 for an unknown path and 405 for a method an endpoint does not take.
 */
@Singleton
public class JsonRefusals {

    /** Just before Quarkus's own Content-Length check (RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT is -2). */
    private static final int BEFORE_QUARKUS_UPLOAD_LIMIT = -3;

    private final long maxBodySize;
    private final String maxBodySetting;

    public JsonRefusals(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
                        @ConfigProperty(name = "pardot.ingress.max-body-size") String maxBodySetting) {
        this.maxBodySize = maxBodySize.asLongValue();
        this.maxBodySetting = maxBodySetting;
    }

    void install(@Observes Router router) {
        router.route().order(BEFORE_QUARKUS_UPLOAD_LIMIT).handler(this::refuseDeclaredOversize);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::refuseFailed);
        router.errorHandler(404, context -> answer(context, 404, "no such endpoint: " + context.request().method() + " "
                + context.request().path() + " (the app serves POST /activities, GET /dlq, POST /dlq/replay, GET /status,"
                + " /q/health and /q/metrics)"));
        router.errorHandler(405, this::refuseMethod);
    }

    private void refuseDeclaredOversize(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && parse(length) > maxBodySize) {
            // the rest of the body is not read: the connection closes after the answer
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            answer(context, 413, tooLarge());
            return;
        }
        context.next();
    }

    private void refuseFailed(RoutingContext context) {
        switch (context.statusCode()) {
            case 413 -> answer(context, 413, tooLarge());
            case 405 -> refuseMethod(context);
            default -> context.next();
        }
    }

    private void refuseMethod(RoutingContext context) {
        answer(context, 405, context.request().method() + " is not accepted on " + context.request().path()
                + ": POST /activities, GET /dlq, POST /dlq/replay, GET /status");
    }

    private String tooLarge() {
        return "the body is larger than pardot.ingress.max-body-size (" + maxBodySetting + "): split it into smaller"
                + " requests";
    }

    private static void answer(RoutingContext context, int status, String reason) {
        if (context.response().headWritten()) {
            return;
        }
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("error", reason);
        context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(body.toString());
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
