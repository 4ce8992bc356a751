package dev.camelpardot.emulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

/** Routes each request by path prefix to its endpoint; turns an unexpected failure into a plain 500. */
final class EmulatorHttpHandler implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(EmulatorHttpHandler.class.getName());

    private final Endpoint oauth;
    private final Endpoint tooling;
    private final Endpoint externalActivities;
    private final Endpoint admin;
    private final Executor workers;
    private final ScheduledExecutorService timer;

    EmulatorHttpHandler(Endpoint oauth, Endpoint tooling, Endpoint externalActivities, Endpoint admin,
            Executor workers, ScheduledExecutorService timer) {
        this.oauth = oauth;
        this.tooling = tooling;
        this.externalActivities = externalActivities;
        this.admin = admin;
        this.workers = workers;
        this.timer = timer;
    }

    @Override
    public void handle(HttpExchange exchange) {
        ResponseChannel response = new ResponseChannel(exchange, workers, timer);
        EmulatorRequest request;
        try {
            request = EmulatorRequest.read(exchange);
        } catch (IOException e) {
            response.send(Reply.dropConnection());
            return;
        }
        try {
            route(request.path()).handle(request, response);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "emulator failed on " + request.method() + " " + request.path(), e);
            try {
                response.send(Reply.text(500, "emulator error: " + e));
            } catch (IllegalStateException alreadySent) {
                // the endpoint had replied before failing; nothing more to say
            }
        }
    }

    private Endpoint route(String path) {
        if (path.equals("/services/oauth2/token")) {
            return oauth;
        }
        if (path.startsWith("/services/data/")) {
            return tooling;
        }
        if (path.startsWith("/api/v5/")) {
            return externalActivities;
        }
        if (path.startsWith("/emulator/") || path.equals("/emulator")) {
            return admin;
        }
        return (request, response) -> response.send(Reply.text(404, "Not found: " + request.path()
                + " (the emulator serves /services/oauth2/token, /services/data/vNN.N/tooling/, /api/v5/ and /emulator/)"));
    }
}
