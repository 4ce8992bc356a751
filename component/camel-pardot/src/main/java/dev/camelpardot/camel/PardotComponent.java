package dev.camelpardot.camel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code pardot:} component: one configuration of defaults, copied into each endpoint, and the connections
 * (token session, transport, in-flight cap) that endpoints share. The component's own connection is opened and
 * checked when the component starts, and by default logs in then, so a misconfiguration fails the start.
 */
@Component("pardot")
public class PardotComponent extends HealthCheckComponent {

    private static final Logger LOG = LoggerFactory.getLogger(PardotComponent.class);

    @Metadata(label = "advanced",
              description = "The component configuration: defaults for every endpoint. Its options can also be set one"
                            + " by one on the component (camel.component.pardot.client-id=...).")
    private PardotConfiguration configuration = new PardotConfiguration();

    // guarded by this; endpoints with equal connection settings share one entry
    private final Map<ConnectionSettings, PardotConnection> connections = new LinkedHashMap<>();
    // guarded by this; one readiness check per connection and business unit, counted by the producers using it
    private final Map<HealthCheckKey, PardotHealthCheck> healthChecks = new LinkedHashMap<>();
    private final Map<PardotHealthCheck, Integer> healthCheckUsers = new HashMap<>();

    private record HealthCheckKey(PardotConnection connection, String businessUnitId) {
    }

    // guarded by this; taken from the context when the first connection opens, given back when the component stops
    private PardotThreadPools threadPools;
    // guarded by this; numbers the connections for JMX, the meters and the dev console
    private int connectionsOpened;

    public PardotComponent() {
    }

    public PardotComponent(CamelContext context) {
        super(context);
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        PardotResource resource = PardotResource.fromUri(remaining);
        OptionRules.check("The pardot endpoint " + uri, OptionRules.uriProblems(parameters));
        PardotConfiguration endpointConfiguration = configuration != null ? configuration.copy() : new PardotConfiguration();
        PardotEndpoint endpoint = new PardotEndpoint(uri, this, resource, endpointConfiguration);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        ConnectionSettings settings = configuration.connectionSettings();
        // Nothing configured here means the endpoints carry their own options; they are checked when they start.
        if (settings.hasCredentials() || configuration.getBusinessUnitId() != null) {
            OptionRules.check("The pardot component", OptionRules.problems(configuration));
            connection(settings);
        }
    }

    @Override
    protected void doStop() throws Exception {
        List<PardotConnection> toClose;
        synchronized (this) {
            toClose = new ArrayList<>(connections.values());
            connections.clear();
        }
        for (PardotConnection connection : toClose) {
            try {
                connection.close();
            } catch (RuntimeException e) {
                LOG.debug("Closing {} failed: {}", connection, e.getMessage());
            }
        }
        PardotThreadPools pools;
        synchronized (this) {
            pools = threadPools;
            threadPools = null;
        }
        if (pools != null) {
            pools.shutdown();
        }
        super.doStop();
    }

    /**
     * The connection for these settings: the shared one when they equal those already opened, else a new one,
     * checked and (unless lazyLogin) logged in before it is returned.
     */
    synchronized PardotConnection connection(ConnectionSettings settings) throws Exception {
        PardotConnection existing = connections.get(settings);
        if (existing != null) {
            return existing;
        }
        if (threadPools == null) {
            threadPools = PardotThreadPools.create(getCamelContext(), this);
        }
        PardotConnection connection = PardotConnection.open(settings, getCamelContext(), threadPools.threads());
        if (!settings.lazyLogin()) {
            try {
                connection.login();
            } catch (Exception e) {
                connection.close();
                throw e;
            }
        }
        connection.register(getCamelContext(), registeredName() + "-" + (++connectionsOpened));
        if (!connections.isEmpty()) {
            LOG.info("A pardot endpoint overrides connection options of the component, so it gets its own session"
                     + " and in-flight limit ({} connections now)", connections.size() + 1);
        }
        connections.put(settings, connection);
        return connection;
    }

    /**
     * The readiness check for the endpoint's connection and business unit, registered in Camel's {@code producers}
     * repository by its first user; null without camel-health. Every caller must {@link #releaseHealthCheck} it.
     */
    synchronized PardotHealthCheck useHealthCheck(PardotEndpoint endpoint) {
        WritableHealthCheckRepository repository = HealthCheckHelper.getHealthCheckRepository(getCamelContext(),
                "producers", WritableHealthCheckRepository.class);
        if (repository == null) {
            return null;
        }
        String businessUnitId = endpoint.getConfiguration().getBusinessUnitId();
        HealthCheckKey key = new HealthCheckKey(endpoint.getConnection(), businessUnitId);
        PardotHealthCheck check = healthChecks.get(key);
        if (check == null) {
            long sameUnit = healthChecks.keySet().stream().filter(k -> k.businessUnitId().equals(businessUnitId)).count();
            String id = "producer:pardot-account-engagement-" + businessUnitId + (sameUnit == 0 ? "" : "-" + (sameUnit + 1));
            check = new PardotHealthCheck(id, key.connection(), businessUnitId, endpoint.getEndpointBaseUri());
            check.setEnabled(isHealthCheckProducerEnabled());
            healthChecks.put(key, check);
            repository.addHealthCheck(check);
            if (check.isEnabled() && repository.isEnabled()) {
                // readiness turns UP as soon as the first probe answers, not a probe period after the first call;
                // with producer checks off (Camel's default) nothing is spent until a call asks
                check.probe();
            }
        }
        healthCheckUsers.merge(check, 1, Integer::sum);
        return check;
    }

    synchronized void releaseHealthCheck(PardotHealthCheck check) {
        Integer users = healthCheckUsers.merge(check, -1, Integer::sum);
        if (users != null && users > 0) {
            return;
        }
        healthCheckUsers.remove(check);
        healthChecks.values().remove(check);
        WritableHealthCheckRepository repository = HealthCheckHelper.getHealthCheckRepository(getCamelContext(),
                "producers", WritableHealthCheckRepository.class);
        if (repository != null) {
            repository.removeHealthCheck(check);
        }
    }

    /** The open connections (one unless endpoints override connection options), in the order they opened. */
    public synchronized List<PardotConnection> connections() {
        return List.copyOf(connections.values());
    }

    /** The name this component is registered under in its context (pardot unless the application chose another). */
    String registeredName() {
        CamelContext context = getCamelContext();
        for (String name : context.getComponentNames()) {
            if (context.hasComponent(name) == this) {
                return name;
            }
        }
        return "pardot";
    }

    /** The number of open connections (one unless endpoints override connection options). */
    public synchronized int connectionCount() {
        return connections.size();
    }

    public PardotConfiguration getConfiguration() {
        return configuration;
    }

    /** The component configuration: defaults for every endpoint. */
    public void setConfiguration(PardotConfiguration configuration) {
        this.configuration = configuration;
    }
}
