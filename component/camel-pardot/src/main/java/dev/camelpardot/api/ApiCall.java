package dev.camelpardot.api;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.camelpardot.auth.AccessToken;
import dev.camelpardot.auth.TokenSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One logical call from start to its single outcome: per attempt it takes a concurrency permit (Account Engagement
 * only), takes the session's token, sends, and returns the permit as soon as the answer is in. Then it succeeds on
 * any 2xx; on an invalid-token answer refreshes, keeping its permit, and sends again with the new token; waits out
 * transient failures with backoff, holding no permit while it waits; and maps everything else to a
 * {@link PardotApiException}.
 * <p>
 * A call can still find a new token already expired (a token that serves few calls, many calls at once), so it may
 * refresh again, up to {@link #MAX_REFRESHES} times. Only a token refused right after this call's
 * own refresh returned it says the credentials themselves are wrong.
 * Each step continues on whichever transport thread completed the previous one; none blocks.
 */
final class ApiCall {

    private static final Logger LOG = LoggerFactory.getLogger(ApiCall.class);

    /** Refreshes one call may ask for; bounds a call whose tokens keep expiring while it waits. */
    static final int MAX_REFRESHES = 3;

    private final ApiRequest request;
    private final TokenSession session;
    private final HttpTransport transport;
    private final RetryPolicy retry;
    private final ApiStats stats;
    private final PermitQueue permits;
    private final Function<AccessToken, URI> target;
    private final CompletableFuture<ApiResponse> result = new CompletableFuture<>();

    // touched by one step at a time; the future hand-offs between steps order the accesses
    private int attempts;
    private int retries;
    private int refreshes;
    // the token this call's own last refresh returned: refused again, it is a credentials problem, not expiry
    private String ownRefreshResult;
    private boolean holdingPermit;
    private String lastToken;

    ApiCall(ApiRequest request, TokenSession session, HttpTransport transport, RetryPolicy retry, ApiStats stats,
            PermitQueue permits, Function<AccessToken, URI> target) {
        this.request = request;
        this.session = session;
        this.transport = transport;
        this.retry = retry;
        this.stats = stats;
        this.permits = permits;
        this.target = target;
    }

    CompletableFuture<ApiResponse> start() {
        attempt();
        return result;
    }

    private void attempt() {
        if (permits == null) {
            withPermit();
            return;
        }
        permits.acquire().whenComplete((ignored, error) -> {
            if (error != null) {
                fail(plainFailure("the Pardot API client is closed", error));
                return;
            }
            holdingPermit = true;
            stats.permitTaken();
            withPermit();
        });
    }

    private void withPermit() {
        session.token().whenComplete((token, error) -> {
            if (error != null) {
                releasePermit();
                Throwable cause = Futures.unwrap(error);
                fail(cause instanceof PardotApiException ? (PardotApiException) cause
                        : plainFailure("no access token (" + cause.getMessage() + ")", cause));
                return;
            }
            send(token);
        });
    }

    private void send(AccessToken token) {
        URI uri;
        HttpRequest http;
        try {
            uri = target.apply(token);
            http = build(uri, token);
        } catch (PardotApiException e) {
            releasePermit();
            fail(e);
            return;
        } catch (RuntimeException e) {
            releasePermit();
            fail(plainFailure("cannot build the request (" + e.getMessage() + ")", e));
            return;
        }
        attempts++;
        lastToken = token.value();
        stats.requestSent();
        if (LOG.isDebugEnabled()) {
            LOG.debug("{}: {} {} (attempt {})", request.label(), request.method(), withoutQuery(uri), attempts);
        }
        transport.send(http).whenComplete((response, error) -> {
            if (error != null) {
                onFailure(uri, Futures.unwrap(error));
            } else {
                onResponse(uri, token, response);
            }
        });
    }

    private HttpRequest build(URI uri, AccessToken token) {
        HttpRequest.Builder builder = transport.newRequest(uri)
                .header("Authorization", token.authorizationHeader())
                .header("Accept", "application/json");
        if (!request.tooling() && request.businessUnitId() != null) {
            builder.header("Pardot-Business-Unit-Id", request.businessUnitId());
        }
        if (request.body() != null) {
            builder.header("Content-Type", "application/json");
            builder.method(request.method(), HttpRequest.BodyPublishers.ofString(request.body()));
        } else {
            builder.method(request.method(), HttpRequest.BodyPublishers.noBody());
        }
        return builder.build();
    }

    private void onResponse(URI uri, AccessToken token, HttpResponse<String> response) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            session.worked(token);
            releasePermit();
            stats.succeeded();
            if (LOG.isDebugEnabled()) {
                LOG.debug("{}: HTTP {}", request.label(), status);
            }
            complete(new ApiResponse(status, response.body(), response.headers(), attempts));
            return;
        }
        ErrorBody error = ErrorBody.parse(response.body());
        LOG.debug("{}: HTTP {}, code {}, {}", request.label(), status, error.code(), error.salesforceErrorCode());
        if (error.hasCode(66)) {
            stats.concurrencyLimitError();
        }
        boolean invalidToken = isInvalidToken(status, error);
        boolean credentialsRefused = invalidToken && token.value().equals(ownRefreshResult)
                                         && session.isUnproven(token);
        if (invalidToken && !credentialsRefused && refreshes < MAX_REFRESHES) {
            refreshes++;
            stats.refreshed();
            // the permit is kept while the token is refreshed: the calls queued behind would only wait for the same
            // refresh, and this call then sends first, before others can use the new token up
            session.refresh(token).whenComplete((fresh, failure) -> {
                if (failure != null) {
                    releasePermit();
                    Throwable cause = Futures.unwrap(failure);
                    fail(cause instanceof PardotApiException ? (PardotApiException) cause
                            : plainFailure("the token refresh failed (" + cause.getMessage() + ")", cause));
                } else {
                    ownRefreshResult = fresh.value();
                    withPermit();
                }
            });
            return;
        }
        releasePermit();
        if (error.hasCode(122)) {
            stats.dailyLimitError();
            String hint = ErrorHints.forError(status, error);
            fail(PardotApiException.builder(httpMessage(uri, status, error, hint)).httpStatus(status).hint(hint)
                    .attempts(attempts).responseBody(scrub(response.body())).buildDailyLimit());
            return;
        }
        boolean transientError = isTransient(status, error);
        String hint = invalidToken && !credentialsRefused ? ErrorHints.TOKEN_KEPT_EXPIRING
                : ErrorHints.forError(status, error);
        Supplier<PardotApiException> failure = () -> PardotApiException.builder(httpMessage(uri, status, error, hint))
                .httpStatus(status).errorCode(error.code()).salesforceErrorCode(error.salesforceErrorCode()).hint(hint)
                .attempts(attempts).retryable(transientError).responseBody(scrub(response.body())).build();
        if (transientError) {
            retryOrFail(response.headers(), failure);
        } else {
            fail(failure.get());
        }
    }

    private void onFailure(URI uri, Throwable error) {
        releasePermit();
        FailureKind kind = FailureKind.classify(error);
        boolean again;
        switch (kind) {
            case NOT_SENT:
                again = true;
                break;
            case TIMED_OUT:
                again = retry.retryOnTimeout();
                break;
            case CONNECTION_LOST:
                again = request.idempotent() || retry.retryOnTimeout();
                break;
            default:
                again = false;
        }
        LOG.debug("{}: no response ({}, {}){}", request.label(), kind, error.getClass().getSimpleName(), again ? ", retrying" : "");
        Supplier<PardotApiException> failure = () -> {
            String hint = ErrorHints.forFailure(kind, retry);
            String message = what(uri) + " failed: no response (" + error.getClass().getSimpleName()
                             + (error.getMessage() == null ? "" : ": " + error.getMessage()) + ")" + attemptsText()
                             + (hint == null ? "" : ". Hint: " + hint);
            return PardotApiException.builder(scrub(message)).hint(hint).attempts(attempts)
                    .retryable(kind != FailureKind.OTHER).cause(error).build();
        };
        if (again) {
            retryOrFail(null, failure);
        } else {
            fail(failure.get());
        }
    }

    private void retryOrFail(HttpHeaders headers, Supplier<PardotApiException> failure) {
        if (retries >= retry.maxRetries()) {
            fail(failure.get());
            return;
        }
        Duration delay = Backoff.delay(retry, retries, headers);
        retries++;
        stats.retried();
        LOG.debug("{}: retry {} of {} in {} ms", request.label(), retries, retry.maxRetries(), delay.toMillis());
        transport.delay(delay).whenComplete((ignored, error) -> {
            if (error != null) {
                fail(failure.get());
            } else {
                attempt();
            }
        });
    }

    private static boolean isInvalidToken(int status, ErrorBody error) {
        if (error.hasCode(184) || "INVALID_SESSION_ID".equals(error.salesforceErrorCode())) {
            return true;
        }
        // a 401 carrying another Account Engagement code (e.g. 49) is not cured by a new token
        return status == 401 && error.code() == null;
    }

    private static boolean isTransient(int status, ErrorBody error) {
        if (error.hasCode(66) || error.hasCode(183) || error.hasCode(202)) {
            return true;
        }
        String sfCode = error.salesforceErrorCode();
        if ("SERVER_UNAVAILABLE".equals(sfCode) || "UNABLE_TO_LOCK_ROW".equals(sfCode)) {
            return true;
        }
        return status == 429 || status == 502 || status == 503 || status == 504;
    }

    private String httpMessage(URI uri, int status, ErrorBody error, String hint) {
        String message = what(uri) + " failed: HTTP " + status
                         + (error.code() == null ? "" : ", code " + error.code())
                         + (error.salesforceErrorCode() == null ? "" : ", " + error.salesforceErrorCode())
                         + (error.message() == null ? "" : ": " + error.message())
                         + attemptsText()
                         + (hint == null ? "" : ". Hint: " + hint);
        return scrub(message);
    }

    private String what(URI uri) {
        return request.label() + " (" + request.method() + " " + withoutQuery(uri) + ")";
    }

    private String attemptsText() {
        return attempts > 1 ? " (after " + attempts + " attempts)" : "";
    }

    private PardotApiException plainFailure(String why, Throwable cause) {
        return PardotApiException.builder(scrub(request.label() + " failed: " + why)).attempts(attempts).cause(cause)
                .build();
    }

    private String scrub(String text) {
        return Secrets.scrub(text, lastToken);
    }

    private static String withoutQuery(URI uri) {
        String text = uri.toString();
        int query = text.indexOf('?');
        return query < 0 ? text : text.substring(0, query);
    }

    private void releasePermit() {
        if (holdingPermit) {
            holdingPermit = false;
            stats.permitReturned();
            permits.release();
        }
    }

    private void complete(ApiResponse response) {
        onWorker(() -> result.complete(response));
    }

    private void fail(PardotApiException failure) {
        stats.failed();
        onWorker(() -> result.completeExceptionally(failure));
    }

    /** The caller's future always completes on a transport thread, never on the thread that called the API. */
    private void onWorker(Runnable completion) {
        if (transport.isWorkerThread()) {
            completion.run();
            return;
        }
        try {
            transport.executor().execute(completion);
        } catch (RejectedExecutionException closed) {
            // the transport is shutting down: deliver the outcome here rather than lose it
            completion.run();
        }
    }
}
