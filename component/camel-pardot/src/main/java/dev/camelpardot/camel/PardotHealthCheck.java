package dev.camelpardot.camel;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.camelpardot.api.Futures;
import dev.camelpardot.api.PardotApiException;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Readiness of a {@code pardot:} producer: a token can be had and Account Engagement answers an authenticated
 * request for the endpoint's business unit (a one-record external-activity query). A success is reused for
 * {@link #SUCCESS_REUSE_MILLIS} so that frequent probes do not eat into the org's daily API allocation; a failure is
 * always re-checked. Details carry the HTTP status and error codes, never a secret.
 */
public class PardotHealthCheck extends AbstractHealthCheck {

    /** How long a successful check stands before the next probe calls the API again. */
    public static final long SUCCESS_REUSE_MILLIS = 60_000;

    private final PardotEndpoint endpoint;
    private volatile long lastSuccess;

    public PardotHealthCheck(PardotEndpoint endpoint, String endpointId) {
        super("camel", "producer:pardot-" + endpointId);
        this.endpoint = endpoint;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        String businessUnitId = endpoint.getConfiguration().getBusinessUnitId();
        builder.detail(HealthCheck.ENDPOINT_URI, endpoint.getEndpointBaseUri());
        builder.detail("business.unit.id", businessUnitId);
        if (System.currentTimeMillis() - lastSuccess < SUCCESS_REUSE_MILLIS) {
            builder.up();
            return;
        }
        PardotConnection connection;
        try {
            connection = endpoint.getConnection();
        } catch (IllegalStateException notStarted) {
            builder.message(notStarted.getMessage()).down();
            return;
        }
        long timeout = Math.max(connection.settings().requestTimeout(), connection.settings().connectTimeout()) * 3 + 5_000;
        try {
            connection.session().token().get(timeout, TimeUnit.MILLISECONDS);
            connection.api().queryExternalActivities(businessUnitId, "id", 1, null).get(timeout, TimeUnit.MILLISECONDS);
            lastSuccess = System.currentTimeMillis();
            builder.up();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            builder.message("interrupted").down();
        } catch (Exception e) {
            Throwable cause = Futures.unwrap(e);
            builder.message(cause.getMessage());
            builder.error(cause);
            if (cause instanceof PardotApiException api) {
                if (api.getHttpStatus() > 0) {
                    builder.detail(HealthCheck.HTTP_RESPONSE_CODE, api.getHttpStatus());
                }
                if (api.getErrorCode() != null) {
                    builder.detail(SERVICE_ERROR_CODE, api.getErrorCode());
                } else if (api.getSalesforceErrorCode() != null) {
                    builder.detail(SERVICE_ERROR_CODE, api.getSalesforceErrorCode());
                }
                if (api.getHint() != null) {
                    builder.detail("hint", api.getHint());
                }
            }
            builder.down();
        }
    }
}
