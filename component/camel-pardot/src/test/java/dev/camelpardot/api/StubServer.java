package dev.camelpardot.api;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A scripted HTTP server on 127.0.0.1 for answers the emulator does not give (a plain 429, a 184 that survives a
 * refresh, error 49, a proxy challenge). Serves a valid token on /services/oauth2/token unless the script handles it;
 * records every request.
 */
public final class StubServer implements AutoCloseable {

    /** One recorded request. */
    public record Seen(String method, String uri, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst().orElse(null);
        }
    }

    /** A scripted answer. */
    public record Answer(int status, String body, Map<String, String> headers) {
        public static Answer json(int status, String body) {
            return new Answer(status, body, Map.of("Content-Type", "application/json"));
        }

        public static Answer text(int status, String body) {
            return new Answer(status, body, Map.of("Content-Type", "text/plain"));
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final List<Seen> tokenRequests = new CopyOnWriteArrayList<>();
    private volatile Function<Seen, Answer> script;

    private StubServer(Function<Seen, Answer> script) throws IOException {
        this.script = script;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** A loopback port nothing listens on: bound, then released. */
    public static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    public static StubServer start(Function<Seen, Answer> script) throws IOException {
        return new StubServer(script);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Seen> requests() {
        return List.copyOf(seen);
    }

    public List<Seen> tokenRequests() {
        return List.copyOf(tokenRequests);
    }

    public void script(Function<Seen, Answer> script) {
        this.script = script;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Seen request = new Seen(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                Map.copyOf(exchange.getRequestHeaders()), body);
        Answer answer = script.apply(request);
        if (answer == null && exchange.getRequestURI().getPath().equals("/services/oauth2/token")) {
            tokenRequests.add(request);
            answer = Answer.json(200, "{\"access_token\":\"stub-token-" + tokenRequests.size() + "\",\"instance_url\":\""
                                      + baseUrl() + "\",\"token_type\":\"Bearer\",\"issued_at\":\"1700000000000\"}");
        } else {
            seen.add(request);
        }
        if (answer == null) {
            answer = Answer.text(404, "not scripted");
        }
        byte[] bytes = answer.body() == null ? new byte[0] : answer.body().getBytes(StandardCharsets.UTF_8);
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
