package dev.camelpardot.emulator;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for Salesforce OAuth, the Tooling API objects of external activities and the Account
 * Engagement v5 external-activities API, on one base URL. Start it, point the component's loginUrl and
 * pardotUrl at {@link #baseUrl()}, seed and inspect it through {@link #state()}, change its behaviour at run
 * time through {@link #config()}.
 *
 * <pre>{@code
 * try (PardotEmulator emulator = PardotEmulator.start()) {
 *     emulator.state().seedReadySetup("Webinar", "Registered");
 *     ... // run the code under test against emulator.baseUrl()
 *     assertEquals(1, emulator.state().activityCount());
 * }
 * }</pre>
 */
public final class PardotEmulator implements AutoCloseable {

    static {
        // The JDK server writes response headers and body separately; with Nagle's algorithm on, a keep-alive
        // client's delayed ACK then stalls every small response by ~40 ms. Read once, when the server classes load.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    /** Enough workers for 50+ concurrent clients; latency waits on a timer, not on these threads. */
    private static final int WORKER_THREADS = 32;
    private static final int ACCEPT_BACKLOG = 1024;

    private final EmulatorConfig config;
    /** The settings as they were at start: what reset() and resetAll() go back to. */
    private final EmulatorConfig startConfig;
    private final HttpServer server;
    private final ExecutorService workers;
    private final ScheduledExecutorService timer;
    private final String baseUrl;
    private final EmulatorState state;
    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;

    private PardotEmulator(EmulatorConfig config) throws IOException {
        this.config = config;
        this.startConfig = config.copy();
        this.server = HttpServer.create(new InetSocketAddress(config.host(), config.port()), ACCEPT_BACKLOG);
        this.baseUrl = "http://" + hostForUrl(config.host()) + ":" + server.getAddress().getPort();
        this.workers = Executors.newFixedThreadPool(WORKER_THREADS, daemonThreads("pardot-emulator-worker"));
        this.timer = Executors.newSingleThreadScheduledExecutor(daemonThreads("pardot-emulator-timer"));

        ToolingStore tooling = new ToolingStore();
        ActivityLog activities = new ActivityLog();
        Prospects prospects = new Prospects();
        TrafficStats traffic = new TrafficStats();
        InFlightLimiter inFlight = new InFlightLimiter(config);
        DailyLimit dailyLimit = new DailyLimit(config);
        this.accessTokens = new AccessTokens(config);
        this.refreshTokens = new RefreshTokens(config);
        Faults faults = new Faults(config);
        this.state = new EmulatorState(tooling, activities, prospects, traffic, inFlight, dailyLimit, accessTokens);

        Endpoint accountEngagement = new AccountEngagementEndpoint(config, tooling, accessTokens, inFlight, dailyLimit,
                faults, traffic, List.of(new ExternalActivitiesResource(config, baseUrl, tooling, activities, prospects),
                        new ProspectUpsertResource(prospects)));
        Endpoint identity = new IdentityServiceEndpoint(accessTokens, new UserProfile(config, baseUrl));
        Endpoint dataApi = new DataApiEndpoint(tooling, accessTokens, faults);
        Endpoint admin = new AdminEndpoint(this);
        Routes routes = new Routes()
                .exact("/services/oauth2/token", new OAuthEndpoint(config, baseUrl, accessTokens, refreshTokens, traffic))
                .exact(RevokeEndpoint.PATH, new RevokeEndpoint(accessTokens, refreshTokens, traffic))
                .exact(IdentityServiceEndpoint.USER_INFO_PATH, identity)
                .prefix(IdentityServiceEndpoint.IDENTITY_PREFIX, identity)
                .exact(DataApiEndpoint.PREFIX, dataApi)
                .prefix(DataApiEndpoint.PREFIX + "/", dataApi)
                .prefix("/api/v5/", accountEngagement)
                .exact("/emulator", admin)
                .prefix("/emulator/", admin);
        server.createContext("/", new EmulatorHttpHandler(routes, workers, timer));
        server.setExecutor(workers);
        server.start();
    }

    /** Starts with the defaults on a free port of 127.0.0.1. */
    public static PardotEmulator start() {
        return start(EmulatorConfig.defaults());
    }

    public static PardotEmulator start(EmulatorConfig config) {
        try {
            return new PardotEmulator(config);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the emulator on " + config.host() + ":" + config.port(), e);
        }
    }

    /** E.g. {@code http://127.0.0.1:41234}: the login URL, the Account Engagement URL and the instance_url. */
    public String baseUrl() {
        return baseUrl;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The live configuration: changes apply to the next request. */
    public EmulatorConfig config() {
        return config;
    }

    public EmulatorState state() {
        return state;
    }

    /**
     * Between two tests: back to the default seed and to the fault injection the emulator started with, so that one
     * test's data, faults or refresh-token rotation cannot leak into the next.
     * <ul>
     * <li>Cleared: extensions, activity types, assignments, added business units, prospects, activities, recorded
     * traffic (responses, token requests, in-flight peaks, dropped connections) and the daily-limit count.</li>
     * <li>Restored to the values at start: latency, jitter, failureRate503, failureRate183, dropConnectionRate and
     * tokenEndpointLatency; every refresh token that rotation invalidated is valid again (the configured one
     * included).</li>
     * <li>Kept: the port, the credentials (client id and secret, refresh token, user and password, JWT key), the
     * limits and token behaviour (tokenTtl, tokenMaxCalls, rotateRefreshTokens, maxInFlightPerBusinessUnit,
     * dailyLimit, expiredTokenStatus, unknownEmailPolicy), and issued access tokens as they are (a client's cached
     * token keeps working; one expired by {@link EmulatorState#expireAccessTokens()} stays expired).</li>
     * </ul>
     * {@link #resetAll()} restores every setting too.
     */
    public void reset() {
        state.clear();
        config.restoreFaults(startConfig);
        refreshTokens.revalidate();
    }

    /**
     * As if restarted on the same port: {@link #reset()}, every setting but port and host back to its value at start
     * (credentials and limits too), and every issued access token and rotated refresh token forgotten (a client's
     * cached access token then gets 401 / error 184 and must log in again).
     */
    public void resetAll() {
        state.clear();
        config.restoreSettings(startConfig);
        refreshTokens.forgetIssued();
        accessTokens.forgetAll();
    }

    @Override
    public void close() {
        server.stop(0);
        timer.shutdownNow();
        workers.shutdownNow();
    }

    @Override
    public String toString() {
        return "PardotEmulator[" + baseUrl + "]";
    }

    private static String hostForUrl(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
