package dev.camelpardot.app.broker;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Whether other processes can publish to {@link Queues#ACTIVITIES}, and where: the in-process broker's remote
 * acceptor, an external broker, or nobody (the acceptor turned off, or its port taken). Shown by /status and the
 * readiness check {@code pardot-jms-ingress}.
 *
 * @param state       on, off or external
 * @param url         where publishers connect, when on
 * @param reason      why it is off
 * @param credentials the file with the user and password publishers need, when the app generated them
 */
public record JmsIngress(String state, String url, String reason, String credentials) {

    public static final String ON = "on";
    public static final String OFF = "off";
    public static final String EXTERNAL = "external";

    static JmsIngress external(String url) {
        return new JmsIngress(EXTERNAL, url, null, null);
    }

    static JmsIngress on(String host, int port, BrokerCredentials credentials) {
        return new JmsIngress(ON, "tcp://" + host + ":" + port, null,
                credentials.file() == null ? null : credentials.file().toString());
    }

    static JmsIngress off(String reason) {
        return new JmsIngress(OFF, null, reason, null);
    }

    public boolean isOn() {
        return !OFF.equals(state);
    }

    /**
     * Why the acceptor cannot listen on {@code host:port}, or null when it can. Checked before the broker starts, which
     * would otherwise log a long stack trace and go on without it.
     */
    static String unavailable(String host, int port) {
        try (ServerSocket probe = new ServerSocket()) {
            // as the broker's own socket will: a port left in TIME_WAIT by an earlier run is free
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(host, port));
            return null;
        } catch (BindException e) {
            if (String.valueOf(e.getMessage()).contains("in use")) {
                return "port " + port + " on " + host + " is in use (pardot.broker.port)";
            }
            return "cannot listen on " + host + ":" + port + " (pardot.broker.host): " + e.getMessage();
        } catch (IOException | IllegalArgumentException | SecurityException e) {
            return "cannot listen on " + host + ":" + port + " (pardot.broker.host, pardot.broker.port): " + e.getMessage();
        }
    }
}
