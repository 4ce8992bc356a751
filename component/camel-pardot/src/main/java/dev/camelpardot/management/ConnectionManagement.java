package dev.camelpardot.management;

import java.time.Clock;

import javax.management.ObjectName;

import dev.camelpardot.api.PardotApi;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.ManagementAgent;
import org.apache.camel.spi.ManagementStrategy;
import org.apache.camel.util.ObjectHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows one connection where the runtime looks: as an MBean when the context has JMX (camel-management), and as
 * Micrometer meters when micrometer-core is on the class path and the registry holds a {@code MeterRegistry}
 * (camel-micrometer binds one as {@value #CAMEL_MICROMETER_REGISTRY}; Quarkus and Spring Boot provide theirs). Both
 * are optional: without them this does nothing.
 */
public final class ConnectionManagement implements AutoCloseable {

    /** The name camel-micrometer binds its registry under. */
    public static final String CAMEL_MICROMETER_REGISTRY = "metricsRegistry";

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionManagement.class);
    private static final boolean MICROMETER = isPresent("io.micrometer.core.instrument.MeterRegistry");

    private final ManagedPardotConnection managed;
    private final ManagementAgent agent;
    private final ObjectName name;
    private final AutoCloseable meters;

    private ConnectionManagement(ManagedPardotConnection managed, ManagementAgent agent, ObjectName name,
                                 AutoCloseable meters) {
        this.managed = managed;
        this.agent = agent;
        this.name = name;
        this.meters = meters;
    }

    /** Registers the connection {@code id} of {@code context}; never fails the connection. */
    public static ConnectionManagement register(CamelContext context, String id, PardotApi api) {
        ManagedPardotConnection managed = new ManagedPardotConnection(id, api, Clock.systemUTC());
        ManagementAgent agent = null;
        ObjectName name = null;
        ManagementStrategy strategy = context.getManagementStrategy();
        if (strategy != null && strategy.getManagementAgent() != null) {
            try {
                agent = strategy.getManagementAgent();
                name = objectName(context, agent, id);
                agent.register(managed, name);
            } catch (Exception e) {
                LOG.warn("The pardot connection {} could not be registered over JMX: {}", id, e.getMessage());
                agent = null;
            }
        }
        AutoCloseable meters = MICROMETER ? MicrometerBinding.bind(context, managed, api) : null;
        return new ConnectionManagement(managed, agent, name, meters);
    }

    /** {@code <domain>:context=<management name>,type=pardot,name="<id>"}. */
    public static ObjectName objectName(CamelContext context, ManagementAgent agent, String id) throws Exception {
        return new ObjectName(agent.getMBeanObjectDomainName() + ":context=" + context.getManagementName()
                              + ",type=pardot,name=" + ObjectName.quote(id));
    }

    public ManagedPardotConnection managed() {
        return managed;
    }

    @Override
    public void close() {
        if (agent != null) {
            try {
                agent.unregister(name);
            } catch (Exception e) {
                LOG.debug("Unregistering {} failed: {}", name, e.getMessage());
            }
        }
        if (meters != null) {
            try {
                meters.close();
            } catch (Exception e) {
                LOG.debug("Removing the meters of {} failed: {}", managed.getId(), e.getMessage());
            }
        }
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, ConnectionManagement.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Touches Micrometer types only when Micrometer is there. */
    private static final class MicrometerBinding {

        static AutoCloseable bind(CamelContext context, ManagedPardotConnection managed, PardotApi api) {
            io.micrometer.core.instrument.MeterRegistry registry = context.getRegistry()
                    .lookupByNameAndType(CAMEL_MICROMETER_REGISTRY, io.micrometer.core.instrument.MeterRegistry.class);
            if (registry == null) {
                registry = context.getRegistry().findSingleByType(io.micrometer.core.instrument.MeterRegistry.class);
            }
            if (registry == null) {
                return null;
            }
            LOG.debug("Binding the meters of pardot connection {} to {}", managed.getId(),
                    ObjectHelper.className(registry));
            return PardotMeters.bind(registry, managed, api);
        }
    }
}
