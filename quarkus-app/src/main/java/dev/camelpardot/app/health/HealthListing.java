package dev.camelpardot.app.health;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.HealthRegistry;
import io.smallrye.health.api.HealthType;
import io.smallrye.health.registry.HealthRegistries;

/**
 * Each check listed once in {@code /q/health}, which joins liveness and readiness. Camel lists its {@code context}
 * check in both (it is of kind ALL), so it appeared twice: it stays a liveness check, its natural place (readiness has
 * the routes, the consumers and the app's own checks). Camel's {@code camel-producers} entry held the component's
 * Account Engagement checks under a generic name: {@link AccountEngagementHealthCheck} lists them by business unit.
 * Both entries are added by Camel when its context starts, which is over by the time Quarkus reports started.
 */
@Singleton
public class HealthListing {

    /** Camel's ids in SmallRye's readiness registry: the context check, and the producers repository. */
    static final String CONTEXT = "context";
    static final String PRODUCERS = "producers";

    void onStart(@Observes StartupEvent started) {
        HealthRegistry readiness = HealthRegistries.getRegistry(HealthType.READINESS);
        for (String id : new String[] {CONTEXT, PRODUCERS}) {
            try {
                readiness.remove(id);
            } catch (IllegalStateException notListed) {
                // Camel did not list it (its health checks turned off): nothing is listed twice
            }
        }
    }
}
