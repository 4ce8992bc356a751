package dev.camelpardot.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import dev.camelpardot.api.Futures;
import dev.camelpardot.api.HttpTransport;
import dev.camelpardot.api.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one access token of a component, shared by every caller.
 * <ul>
 * <li>{@link #token()} returns the cached token; before the first login, or while a refresh is running, callers
 * share that one token request.</li>
 * <li>{@link #refresh(AccessToken)} is single-flight: however many callers report the same stale token, exactly one
 * token request is made and all of them get its result; a caller reporting a token that was already replaced gets
 * the current one at once.</li>
 * <li>A refresh token returned by a refresh (rotation) replaces the old one for the next refresh.</li>
 * </ul>
 * Nothing here blocks: the lock guards a few fields, never I/O, and the futures complete on the transport's threads.
 * A failed token request is not cached: the next call tries again.
 */
public final class TokenSession implements AutoCloseable {

    /** Token requests are cheap to repeat: a few quick retries ride out a blip or Salesforce's "already being processed". */
    public static final RetryPolicy DEFAULT_TOKEN_RETRY = new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(2), true);

    private static final Logger LOG = LoggerFactory.getLogger(TokenSession.class);

    private final OAuthSettings settings;
    private final AuthenticationType type;
    private final TokenClient client;
    private final Clock clock;

    private final Object lock = new Object();
    private AccessToken current;
    private CompletableFuture<AccessToken> pending;
    private String refreshToken;
    private boolean closed;
    // the value of the last token a call got a 2xx with
    private volatile String lastWorking;
    private volatile Consumer<String> rotationListener;

    /**
     * @throws IllegalArgumentException when the settings are incomplete or ambiguous (see {@link OAuthSettings#resolve()})
     */
    public TokenSession(OAuthSettings settings, HttpTransport transport) {
        this(settings, transport, DEFAULT_TOKEN_RETRY);
    }

    public TokenSession(OAuthSettings settings, HttpTransport transport, RetryPolicy tokenRetry) {
        this(settings, transport, tokenRetry, Clock.systemUTC());
    }

    TokenSession(OAuthSettings settings, HttpTransport transport, RetryPolicy tokenRetry, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.type = settings.resolve();
        this.client = new TokenClient(settings, type, Objects.requireNonNull(transport, "transport"),
                Objects.requireNonNull(tokenRetry, "tokenRetry"));
        this.clock = clock;
        this.refreshToken = settings.refreshToken();
        LOG.debug("Token session for {} with the {} flow", settings.loginUrl(), type);
    }

    /** The cached token, or the result of the login (or refresh) in progress, or of a new login. */
    public CompletableFuture<AccessToken> token() {
        CompletableFuture<AccessToken> started;
        synchronized (lock) {
            if (closed) {
                return closedFuture();
            }
            if (pending != null) {
                return pending.copy();
            }
            if (current != null) {
                return CompletableFuture.completedFuture(current);
            }
            started = pending = new CompletableFuture<>();
        }
        return request(started, "login");
    }

    /**
     * A token newer than {@code stale}: joins the token request in progress, returns the current token when
     * {@code stale} was already replaced, or starts the one token request.
     */
    public CompletableFuture<AccessToken> refresh(AccessToken stale) {
        CompletableFuture<AccessToken> started;
        synchronized (lock) {
            if (closed) {
                return closedFuture();
            }
            if (pending != null) {
                return pending.copy();
            }
            if (current != null && stale != null && !current.value().equals(stale.value())) {
                return CompletableFuture.completedFuture(current);
            }
            started = pending = new CompletableFuture<>();
        }
        return request(started, "refresh");
    }

    private CompletableFuture<AccessToken> request(CompletableFuture<AccessToken> started, String why) {
        LOG.debug("Token {} with the {} flow", why, type);
        client.fetch(this::nextRequest).whenComplete((result, error) -> {
            // the state is updated before any waiter runs, so a waiter that fails again with the new token and
            // reports it as stale starts a new refresh rather than joining this finished one
            Consumer<String> rotated = null;
            synchronized (lock) {
                if (pending == started) {
                    pending = null;
                }
                if (error == null) {
                    current = result.token();
                    if (result.refreshToken() != null && !result.refreshToken().equals(refreshToken)) {
                        refreshToken = result.refreshToken();
                        rotated = type == AuthenticationType.REFRESH_TOKEN ? rotationListener : null;
                        LOG.debug("Keeping the refresh token returned by the {}", why);
                    }
                }
            }
            if (error != null) {
                started.completeExceptionally(Futures.unwrap(error));
                return;
            }
            if (rotated != null) {
                notifyRotation(rotated, result.refreshToken());
            }
            started.complete(result.token());
        });
        return started.copy();
    }

    private TokenRequest nextRequest() {
        String refresh;
        synchronized (lock) {
            refresh = refreshToken;
        }
        return TokenRequest.of(type, settings, refresh, clock.instant());
    }

    private static void notifyRotation(Consumer<String> listener, String newRefreshToken) {
        try {
            listener.accept(newRefreshToken);
        } catch (RuntimeException e) {
            LOG.warn("The refresh token rotation listener failed ({}); the new refresh token is kept in memory",
                    e.getClass().getSimpleName());
        }
    }

    /**
     * Called with the new refresh token whenever a refresh returns one (refresh token rotation), so an application
     * can store it; the session itself keeps it in memory either way. Runs on a transport thread: do not block long.
     */
    public void onRefreshTokenRotated(Consumer<String> listener) {
        this.rotationListener = listener;
    }

    /** A call succeeded with this token: its refusal later means it expired, not that the credentials are wrong. */
    public void worked(AccessToken token) {
        if (!token.value().equals(lastWorking)) {
            lastWorking = token.value();
        }
    }

    /**
     * True when this token is the session's current one and no call has succeeded with it yet: refused now, it says
     * the credentials (scopes, user) are wrong rather than that it expired. A token that worked, or that another
     * refresh already replaced, was refused because it expired.
     */
    public boolean isUnproven(AccessToken token) {
        synchronized (lock) {
            if (current == null || !current.value().equals(token.value())) {
                return false;
            }
        }
        return !token.value().equals(lastWorking);
    }

    /** The flow in use (given or inferred). */
    public AuthenticationType authenticationType() {
        return type;
    }

    /** The cached token, if a login has succeeded. */
    public Optional<AccessToken> currentToken() {
        synchronized (lock) {
            return Optional.ofNullable(current);
        }
    }

    /** HTTP requests made to the token endpoint (retries included), for health, metrics and tests. */
    public long tokenRequests() {
        return client.requests();
    }

    public OAuthSettings settings() {
        return settings;
    }

    /** Forgets the token; later calls fail. The transport is not closed (it is not ours). */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            current = null;
        }
    }

    private static CompletableFuture<AccessToken> closedFuture() {
        return CompletableFuture.failedFuture(new IllegalStateException("the token session is closed"));
    }

    @Override
    public String toString() {
        return "TokenSession[" + type + ", " + settings.loginUrl() + "]";
    }
}
