package dev.camelpardot.app.broker;

import java.nio.file.Path;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.jms.ConnectionFactory;

import dev.camelpardot.app.AppConfig;
import dev.camelpardot.app.broker.BrokerManagement.BrokerManagementException;
import io.quarkus.runtime.Startup;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.jboss.logging.Logger;

/**
 * The broker every source and the delivery share: ActiveMQ Artemis inside the app, or the external broker of
 * {@code pardot.broker.url} (shared by several replicas). Produces the {@link ConnectionFactory} that camel-jms and
 * the ingress use, and puts the app's {@link QueueRules} on the broker before anything else touches it. The in-process
 * broker takes only clients with its {@link BrokerCredentials}; its acceptor for other processes is left out, with one
 * WARN line, when its port is taken, and {@link #jmsIngress()} says so.
 * <p>
 * {@code @PreDestroy} runs when the CDI container shuts down, which Quarkus does after Camel has stopped, so
 * the broker outlives every consumer and in-flight transaction.
 */
@Startup
@Singleton
public class EmbeddedBroker {

    private static final Logger LOG = Logger.getLogger(EmbeddedBroker.class);

    /**
     * A replica whose host froze (no FIN, no RST) is found dead within this connection TTL, so its slots move to the
     * survivors in seconds rather than after Artemis's default minute. Applied unless the broker URL sets its own.
     */
    private static final long CONNECTION_TTL_MILLIS = 6_000;
    private static final long FAILURE_CHECK_PERIOD_MILLIS = 2_000;
    private static final String REMOTE_ACCEPTOR = "remote";
    private static final int PAGE_BYTES = 1024 * 1024;

    private final EmbeddedActiveMQ broker;
    private final ActiveMQConnectionFactory connectionFactory;
    private final BrokerManagement management;
    private final String description;
    private final JmsIngress jmsIngress;

    public EmbeddedBroker(AppConfig config, QueueRules rules) throws Exception {
        AppConfig.Broker settings = config.broker();
        if (settings.url().isPresent()) {
            String url = settings.url().get();
            broker = null;
            connectionFactory = new ActiveMQConnectionFactory(url, settings.user().orElse(null),
                    settings.password().orElse(null));
            if (!url.contains("connectionTTL")) {
                connectionFactory.setConnectionTTL(CONNECTION_TTL_MILLIS);
                connectionFactory.setClientFailureCheckPeriod(FAILURE_CHECK_PERIOD_MILLIS);
            }
            description = "the external broker at " + url;
            jmsIngress = JmsIngress.external(url);
        } else {
            Path dataDir = Path.of(settings.dataDir()).toAbsolutePath();
            BrokerCredentials credentials = BrokerCredentials.of(settings.user(), settings.password(), dataDir);
            String unavailable = settings.port() < 0 ? null : JmsIngress.unavailable(settings.host(), settings.port());
            boolean remote = settings.port() >= 0 && unavailable == null;
            broker = new EmbeddedActiveMQ().setConfiguration(brokerConfiguration(settings, remote))
                    .setSecurityManager(new SingleUserSecurityManager(credentials));
            broker.start();
            // the app's own connection logs in like any other client: the broker has one user
            connectionFactory = new ActiveMQConnectionFactory("vm://0", credentials.user(), credentials.password());
            description = "the in-process broker";
            jmsIngress = remoteIngress(settings, remote, unavailable, credentials);
            LOG.infof("In-process broker started, journal in %s%s", dataDir, jmsIngress.isOn()
                    ? "; JMS publishers connect to " + jmsIngress.url() + " with the user and password "
                      + (credentials.configured() ? "of pardot.broker.user and pardot.broker.password"
                                                  : "in " + credentials.file())
                    : "");
        }
        // Retries are the delivery's own (delayed copies); reconnecting is the client's.
        connectionFactory.setReconnectAttempts(-1);
        management = new BrokerManagement(connectionFactory);
        if (settings.configure()) {
            applyRules(rules, settings);
        } else {
            LOG.infof("Queue rules not applied to %s (pardot.broker.configure=false): its own configuration must make"
                      + " the pardot.delivery.# queues exclusive and dead-letter to %s", description, Queues.DEAD_LETTERS);
        }
        if (broker == null) {
            LOG.infof("Using %s", description);
        }
    }

    /** JMS ingress from other processes: on, or off with one WARN line when its port cannot be had. */
    private JmsIngress remoteIngress(AppConfig.Broker settings, boolean remote, String unavailable,
                                     BrokerCredentials credentials) {
        if (settings.port() < 0) {
            return JmsIngress.off("turned off (pardot.broker.port=-1)");
        }
        if (remote && !broker.getActiveMQServer().getRemotingService().getAcceptor(REMOTE_ACCEPTOR).isStarted()) {
            // taken between the check and the broker's start: the broker logged why
            unavailable = "the acceptor on " + settings.host() + ":" + settings.port() + " did not start (pardot.broker.port)";
        }
        if (unavailable != null) {
            LOG.warnf("JMS ingress is off: %s. File and HTTP ingress and delivery work; to publish over JMS, set"
                      + " pardot.broker.port (PARDOT_BROKER_PORT) to a free port and restart", unavailable);
            return JmsIngress.off(unavailable);
        }
        return JmsIngress.on(settings.host(), settings.port(), credentials);
    }

    private void applyRules(QueueRules rules, AppConfig.Broker settings) {
        try {
            rules.applyTo(management);
        } catch (BrokerManagementException e) {
            management.close();
            throw new IllegalStateException("The queue rules cannot be applied to " + description + " (" + e.getMessage()
                    + "): give the broker user" + settings.user().map(u -> " '" + u + "'").orElse("")
                    + " the manage permission, or configure the rules in the broker (docs/operating-the-app.md,"
                    + " \"Replicas on an external broker\") and set pardot.broker.configure=false");
        }
    }

    @Produces
    @Singleton
    ConnectionFactory connectionFactory() {
        return connectionFactory;
    }

    /** Messages in a queue (delivering and delayed ones included), or -1 when the broker cannot tell. */
    public long messageCount(String queueName) {
        return management.messageCount(queueName);
    }

    public boolean isEmbedded() {
        return broker != null;
    }

    /** Whether and where other processes can publish events over JMS. */
    public JmsIngress jmsIngress() {
        return jmsIngress;
    }

    @PreDestroy
    void stop() throws Exception {
        management.close();
        connectionFactory.close();
        if (broker != null) {
            broker.stop();
            LOG.info("In-process broker stopped");
        }
    }

    private static Configuration brokerConfiguration(AppConfig.Broker settings, boolean remote) throws Exception {
        Path dataDir = Path.of(settings.dataDir()).toAbsolutePath();
        Configuration cfg = new ConfigurationImpl()
                .setName("camel-pardot")
                .setPersistenceEnabled(true)
                .setSecurityEnabled(true)
                .setJMXManagementEnabled(false)
                .setJournalType(JournalType.NIO)
                .setJournalDirectory(dataDir.resolve("journal").toString())
                .setBindingsDirectory(dataDir.resolve("bindings").toString())
                .setPagingDirectory(dataDir.resolve("paging").toString())
                .setLargeMessagesDirectory(dataDir.resolve("large-messages").toString())
                .setNodeManagerLockDirectory(dataDir.toString())
                // Artemis's default is half the heap, but it counts a message's encoded bytes, not the objects
                // around it (about as much again): at half of -Xmx256m a large file's queued events alone filled
                // the heap. Beyond this budget the broker pages them to disk.
                .setGlobalMaxSize(Runtime.getRuntime().maxMemory() / 8);
        cfg.addAcceptorConfiguration("in-vm", "vm://0");
        // what a broker made by `artemis create` has for every address: here it covers the management replies' queues
        cfg.addAddressSetting("#", new AddressSettings()
                .setDeadLetterAddress(SimpleString.of(Queues.DEAD_LETTERS))
                .setExpiryAddress(SimpleString.of(Queues.DEAD_LETTERS))
                // what a paging slot reads back into memory at a time: by default 20 MiB for each of its queues
                .setPageSizeBytes(PAGE_BYTES)
                .setMaxReadPageBytes(2 * PAGE_BYTES));
        if (remote) {
            cfg.addAcceptorConfiguration(REMOTE_ACCEPTOR, "tcp://" + settings.host() + ":" + settings.port());
        }
        return cfg;
    }
}
