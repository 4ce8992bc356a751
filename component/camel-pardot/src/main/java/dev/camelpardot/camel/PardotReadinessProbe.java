package dev.camelpardot.camel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;

import dev.camelpardot.api.Futures;
import dev.camelpardot.api.PardotApiException;
import dev.camelpardot.api.PardotAuthenticationException;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * One readiness probe, asynchronous from start to end: (a) take a token from the connection's session, (b) send one
 * authenticated request for the business unit ({@link dev.camelpardot.api.PardotApi#probeExternalActivities}, no
 * retries). Account Engagement counts as answering when it returns any HTTP response that is not an authentication,
 * business-unit or availability failure: any 2xx, and also e.g. 404 or 405 (the external-activities query is newer
 * than create and may not exist on every org, yet the host, token and business unit were accepted) or 429 (busy or
 * out of daily allocation: deliveries wait, the service is there). Down: no token, HTTP 401/403 or code 184, the
 * business-unit codes 181, 182, 201 and 49, HTTP 5xx and no response at all.
 */
final class PardotReadinessProbe {

    /** Account Engagement codes that mean the token or the business unit is not accepted. */
    private static final Set<Integer> DOWN_CODES = Set.of(184, 181, 182, 201, 49);

    private PardotReadinessProbe() {
    }

    /** Starts a probe and returns at once; the future always completes normally, with the result. */
    static CompletableFuture<ProbeResult> run(PardotConnection connection, String businessUnitId, LongSupplier clock) {
        CompletableFuture<ProbeResult> probe;
        try {
            probe = connection.session().token()
                    .thenCompose(token -> connection.api().probeExternalActivities(businessUnitId))
                    .handle((response, failure) -> failure == null
                            ? new ProbeResult(true, null, Map.of(HealthCheck.HTTP_RESPONSE_CODE, response.status()), null,
                                    clock.getAsLong())
                            : outcome(Futures.unwrap(failure), clock.getAsLong()));
        } catch (RuntimeException e) {
            probe = CompletableFuture.completedFuture(outcome(e, clock.getAsLong()));
        }
        return probe;
    }

    /** The result of a probe that failed with {@code failure}: down, or up when Account Engagement still answered. */
    static ProbeResult outcome(Throwable failure, long finishedAt) {
        Map<String, Object> details = new LinkedHashMap<>();
        if (!(failure instanceof PardotApiException api)) {
            return new ProbeResult(false, String.valueOf(failure.getMessage()), details, failure, finishedAt);
        }
        if (api.getHttpStatus() > 0) {
            details.put(HealthCheck.HTTP_RESPONSE_CODE, api.getHttpStatus());
        }
        if (api.getErrorCode() != null) {
            details.put(AbstractHealthCheck.SERVICE_ERROR_CODE, api.getErrorCode());
        } else if (api.getSalesforceErrorCode() != null) {
            details.put(AbstractHealthCheck.SERVICE_ERROR_CODE, api.getSalesforceErrorCode());
        }
        if (accountEngagementAnswered(api)) {
            if (api.getHttpStatus() == 429 && api.getHint() != null) {
                // busy or out of daily allocation: up, but say so
                details.put("hint", api.getHint());
            }
            return new ProbeResult(true, "Account Engagement answered HTTP " + api.getHttpStatus()
                    + (api.getErrorCode() == null ? "" : ", code " + api.getErrorCode())
                    + " to the probe; the host, token and business unit were accepted", details, null, finishedAt);
        }
        if (api.getHint() != null) {
            details.put("hint", api.getHint());
        }
        return new ProbeResult(false, api.getMessage(), details, api, finishedAt);
    }

    static boolean accountEngagementAnswered(PardotApiException failure) {
        if (failure instanceof PardotAuthenticationException) {
            return false;
        }
        int status = failure.getHttpStatus();
        if (status == 0 || status == 401 || status == 403 || status >= 500) {
            return false;
        }
        return failure.getErrorCode() == null || !DOWN_CODES.contains(failure.getErrorCode());
    }
}
