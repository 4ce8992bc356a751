package dev.camelpardot.app.health;

import jakarta.enterprise.context.ApplicationScoped;

import dev.camelpardot.app.broker.EmbeddedBroker;
import dev.camelpardot.app.broker.JmsIngress;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness detail {@code pardot-jms-ingress}: whether other processes can publish over JMS, and where. It stays UP
 * when JMS ingress is off: files and HTTP are taken and delivery runs, and taking the instance out of a load balancer
 * would refuse those too; the state and the reason are in the data (and in /status).
 */
@Readiness
@ApplicationScoped
public class JmsIngressHealthCheck implements HealthCheck {

    private final EmbeddedBroker broker;

    public JmsIngressHealthCheck(EmbeddedBroker broker) {
        this.broker = broker;
    }

    @Override
    public HealthCheckResponse call() {
        JmsIngress ingress = broker.jmsIngress();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("pardot-jms-ingress").up()
                .withData("state", ingress.state());
        if (ingress.url() != null) {
            response.withData("url", ingress.url());
        }
        if (ingress.reason() != null) {
            response.withData("reason", ingress.reason());
        }
        return response.build();
    }
}
