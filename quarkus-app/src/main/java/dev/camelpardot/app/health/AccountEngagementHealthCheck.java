package dev.camelpardot.app.health;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness check {@code pardot-account-engagement}: the component's own checks, one per business unit (a token can
 * be had and Account Engagement answers), under one name that says what they are, each business unit's result in the
 * data. It only reads their last results: the component probes at most once a minute while UP (every 10 s while
 * DOWN). Camel's generic {@code camel-producers} entry, which held the same checks without saying so, is taken off
 * the list ({@link HealthListing}).
 */
@Readiness
@ApplicationScoped
public class AccountEngagementHealthCheck implements HealthCheck {

    static final String NAME = "pardot-account-engagement";
    /** The component's check ids: {@code producer:pardot-account-engagement-<businessUnitId>}. */
    static final String COMPONENT_ID_PREFIX = "producer:pardot-account-engagement-";

    private final CamelContext camel;

    public AccountEngagementHealthCheck(CamelContext camel) {
        this.camel = camel;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckRepository producers = HealthCheckHelper.getHealthCheckRepository(camel, "producers");
        List<org.apache.camel.health.HealthCheck> checks = producers == null ? List.of() : producers.stream()
                .filter(check -> check.getId().startsWith(COMPONENT_ID_PREFIX)).toList();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        if (checks.isEmpty()) {
            // before the first delivery route started: nothing has been asked of Account Engagement yet
            return response.down().withData("state", "starting").build();
        }
        boolean up = true;
        for (org.apache.camel.health.HealthCheck check : checks) {
            org.apache.camel.health.HealthCheck.Result result = check.call();
            boolean unitUp = result.getState() == org.apache.camel.health.HealthCheck.State.UP;
            up &= unitUp;
            response.withData(unit(check, result.getDetails()), describe(result, unitUp));
        }
        return response.status(up).build();
    }

    private static String unit(org.apache.camel.health.HealthCheck check, Map<String, Object> details) {
        Object unit = details.get("business.unit.id");
        return unit != null ? unit.toString() : check.getId().substring(COMPONENT_ID_PREFIX.length());
    }

    /** UP, or DOWN with the component's message, HTTP status, error code and hint (never a secret). */
    private static String describe(org.apache.camel.health.HealthCheck.Result result, boolean up) {
        StringBuilder text = new StringBuilder(up ? "UP" : "DOWN");
        result.getMessage().filter(m -> !up).ifPresent(m -> text.append(": ").append(m));
        Map<String, Object> details = result.getDetails();
        if (!up) {
            append(text, "HTTP ", details.get(org.apache.camel.health.HealthCheck.HTTP_RESPONSE_CODE));
            append(text, "code ", details.get("service.error.code"));
            append(text, "hint: ", details.get("hint"));
        }
        return text.toString();
    }

    private static void append(StringBuilder text, String label, Object value) {
        if (value != null) {
            text.append("; ").append(label).append(value);
        }
    }
}
