package dev.camelpardot.auth;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelpardot.api.Backoff;
import dev.camelpardot.api.FailureKind;
import dev.camelpardot.api.Futures;
import dev.camelpardot.api.HttpTransport;
import dev.camelpardot.api.Json;
import dev.camelpardot.api.PardotApiException;
import dev.camelpardot.api.PardotAuthenticationException;
import dev.camelpardot.api.RetryPolicy;
import dev.camelpardot.api.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts token requests and turns the answers into {@link TokenResult}s or {@link PardotAuthenticationException}s.
 * Retries, with a short jittered backoff, what a second try can fix: no connection, a lost connection, a 5xx, and
 * Salesforce's "token request is already being processed" (two refreshes with the same token at once).
 */
final class TokenClient {

    private static final Logger LOG = LoggerFactory.getLogger(TokenClient.class);

    private final OAuthSettings settings;
    private final AuthenticationType type;
    private final HttpTransport transport;
    private final RetryPolicy retry;
    private final URI tokenUrl;
    private final AtomicLong requests = new AtomicLong();

    TokenClient(OAuthSettings settings, AuthenticationType type, HttpTransport transport, RetryPolicy retry) {
        this.settings = settings;
        this.type = type;
        this.transport = transport;
        this.retry = retry;
        this.tokenUrl = settings.tokenUrl();
    }

    long requests() {
        return requests.get();
    }

    /** Fetches a token; {@code request} is asked for a fresh request per attempt. */
    CompletableFuture<TokenResult> fetch(Supplier<TokenRequest> request) {
        CompletableFuture<TokenResult> result = new CompletableFuture<>();
        attempt(request, 1, result);
        return result;
    }

    private void attempt(Supplier<TokenRequest> requests, int attempt, CompletableFuture<TokenResult> result) {
        TokenRequest request;
        HttpRequest http;
        try {
            request = requests.get();
            http = transport.newRequest(tokenUrl)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(request.formBody()))
                    .build();
        } catch (RuntimeException e) {
            result.completeExceptionally(failure("cannot build the token request: " + e.getMessage(), 0, null, null, attempt,
                    false, null, e, null));
            return;
        }
        this.requests.incrementAndGet();
        LOG.debug("Requesting an access token: {} flow, POST {} (attempt {})", request.type(), tokenUrl, attempt);
        transport.send(http).whenComplete((response, error) -> {
            if (error != null) {
                onFailure(requests, request, attempt, Futures.unwrap(error), result);
            } else {
                onResponse(requests, request, attempt, response, result);
            }
        });
    }

    private void onResponse(Supplier<TokenRequest> requests, TokenRequest request, int attempt,
                            HttpResponse<String> response, CompletableFuture<TokenResult> result) {
        int status = response.statusCode();
        JsonNode json = Json.parseOrNull(response.body());
        if (status == 200 && json != null && Json.text(json, "access_token") != null) {
            TokenResult token = parse(json);
            LOG.debug("Access token obtained with the {} flow (instance {}{})", request.type(), token.token().instanceUrl(),
                    token.refreshToken() == null ? "" : ", refresh token returned");
            result.complete(token);
            return;
        }
        String error = Json.text(json, "error");
        String description = scrub(Json.text(json, "error_description"), request);
        boolean busy = "invalid_grant".equals(error) && description != null
                       && description.toLowerCase(Locale.ROOT).contains("already being processed");
        boolean transientStatus = status == 500 || status == 502 || status == 503 || status == 504;
        if ((busy || transientStatus) && attempt <= retry.maxRetries()) {
            LOG.debug("Token endpoint answered HTTP {} {}: retrying", status, busy ? "(request already being processed)" : "");
            retryLater(requests, attempt, result);
            return;
        }
        String hint;
        String what;
        if (status == 200) {
            what = "HTTP 200 without an access_token";
            hint = "loginUrl (" + settings.loginUrl() + ") does not look like a Salesforce login host";
        } else if (error == null) {
            what = "HTTP " + status;
            hint = status == 404 || status == 405
                    ? "loginUrl (" + settings.loginUrl() + ") must be a Salesforce login host such as https://login.salesforce.com,"
                      + " without a path"
                    : "the token endpoint " + tokenUrl + " did not answer with an OAuth error";
        } else {
            what = "HTTP " + status + ", " + error + (description == null ? "" : ": " + description);
            hint = LoginHints.forError(request.type(), error, description, settings);
        }
        result.completeExceptionally(failure(what, status, error, hint, attempt, busy || transientStatus,
                scrub(response.body(), request), null, request));
    }

    private void onFailure(Supplier<TokenRequest> requests, TokenRequest request, int attempt, Throwable error,
                           CompletableFuture<TokenResult> result) {
        FailureKind kind = FailureKind.classify(error);
        if (kind != FailureKind.OTHER && attempt <= retry.maxRetries()) {
            // asking twice for a token does no harm, so every transport failure is worth another try
            LOG.debug("Token request failed ({}): retrying", error.getClass().getSimpleName());
            retryLater(requests, attempt, result);
            return;
        }
        String what = kind == FailureKind.OTHER ? error.getClass().getSimpleName()
                : "no answer (" + error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": "
                  + error.getMessage()) + ")";
        result.completeExceptionally(failure(what, 0, null, "check loginUrl (" + settings.loginUrl()
                                                            + "), the proxy options and the network", attempt,
                kind != FailureKind.OTHER, null, error, request));
    }

    private void retryLater(Supplier<TokenRequest> requests, int attempt, CompletableFuture<TokenResult> result) {
        Duration delay = retryDelay(retry, attempt);
        transport.delay(delay).whenComplete((ignored, error) -> {
            if (error != null) {
                result.completeExceptionally(failure("the transport was closed", 0, null, null, attempt, false, null, error,
                        null));
            } else {
                attempt(requests, attempt + 1, result);
            }
        });
    }

    /** The wait before retrying after attempt {@code attempt} (1 for the first): the component's one backoff. */
    static Duration retryDelay(RetryPolicy retry, int attempt) {
        return Backoff.delay(retry, attempt - 1, null);
    }

    private PardotAuthenticationException failure(String what, int status, String error, String hint, int attempts,
                                                  boolean retryable, String body, Throwable cause, TokenRequest request) {
        String message = "Salesforce login failed (" + type + " flow, POST " + tokenUrl + "): " + what
                         + (attempts > 1 ? " (after " + attempts + " attempts)" : "")
                         + (hint == null ? "" : ". Hint: " + hint);
        return PardotApiException.builder(scrub(message, request)).httpStatus(status).salesforceErrorCode(error).hint(hint)
                .attempts(attempts).retryable(retryable).responseBody(body).cause(cause).buildAuthentication();
    }

    private TokenResult parse(JsonNode json) {
        String instance = Json.text(json, "instance_url");
        Instant issuedAt = Instant.now();
        String issued = Json.text(json, "issued_at");
        if (issued != null && issued.matches("\\d{1,19}")) {
            issuedAt = Instant.ofEpochMilli(Long.parseLong(issued));
        }
        URI instanceUrl = null;
        if (instance != null && !instance.isBlank()) {
            try {
                instanceUrl = URI.create(instance);
            } catch (IllegalArgumentException e) {
                LOG.debug("Ignoring an instance_url that is not a URI");
            }
        }
        return new TokenResult(new AccessToken(Json.text(json, "access_token"), instanceUrl, issuedAt),
                Json.text(json, "refresh_token"));
    }

    /** Masks the configured secrets and those of the request (a rotated refresh token, the signed assertion). */
    private String scrub(String text, TokenRequest request) {
        String scrubbed = Secrets.scrub(text, settings.secrets());
        return request == null ? scrubbed : Secrets.scrub(scrubbed, request.secretValues());
    }
}
