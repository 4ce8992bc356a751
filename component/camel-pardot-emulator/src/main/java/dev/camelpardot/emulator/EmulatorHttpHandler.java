package dev.camelpardot.emulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

/** Hands each request to the endpoint its path routes to; turns an unexpected failure into a plain 500. */
final class EmulatorHttpHandler implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(EmulatorHttpHandler.class.getName());

    private final Routes routes;
    private final Executor workers;
    private final ScheduledExecutorService timer;

    EmulatorHttpHandler(Routes routes, Executor workers, ScheduledExecutorService timer) {
        this.routes = routes;
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
            routes.route(request.path()).handle(request, response);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "emulator failed on " + request.method() + " " + request.path(), e);
            try {
                response.send(Reply.text(500, "emulator error: " + e));
            } catch (IllegalStateException alreadySent) {
                // the endpoint had replied before failing; nothing more to say
            }
        }
    }
}
