package dev.camelpardot.app.delivery;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness detail {@code pardot-delivery}: per business unit, whether delivery runs or is paused and why. It stays
 * UP while paused: ingress keeps accepting and keeping events, and taking the instance out of a load balancer would
 * only refuse them; the pause and its cause are in the data (and in /status and the metrics).
 */
@Readiness
@ApplicationScoped
public class DeliveryHealthCheck implements HealthCheck {

    private final DeliveryGates gates;

    public DeliveryHealthCheck(DeliveryGates gates) {
        this.gates = gates;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("pardot-delivery").up();
        for (DeliveryGate gate : gates.all()) {
            DeliveryGate.Pause pause = gate.pause();
            response.withData(gate.businessUnitId(), pause == null ? "running"
                    : "paused (" + pause.cause().name().toLowerCase(Locale.ROOT) + ") until " + pause.until() + ": "
                      + pause.reason());
        }
        return response.build();
    }
}
