package dev.camelpardot.app.http;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.configuration.ConfigurationException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The HTTP port, checked before anything else starts. Quarkus binds it last, after Camel has started: with the port
 * taken, the setup would run, delivery would start and the banner would invite requests, and then the app would stop
 * with a message that does not name the setting.
 */
final class HttpPort {

    private HttpPort() {
    }

    /** @throws ConfigurationException naming quarkus.http.port when the port is in use */
    static void check() {
        Config config = ConfigProvider.getConfig();
        boolean test = LaunchMode.current() == LaunchMode.TEST;
        String setting = test ? "quarkus.http.test-port" : "quarkus.http.port";
        int port = config.getOptionalValue(setting, Integer.class).orElse(test ? 8081 : 8080);
        String host = config.getOptionalValue("quarkus.http.host", String.class).orElse("0.0.0.0");
        if (port <= 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(host, port));
        } catch (BindException e) {
            if (String.valueOf(e.getMessage()).contains("in use")) {
                throw new ConfigurationException("Port " + port + " on " + host + " is in use by another process: stop"
                        + " it, or set " + setting + " (" + env(setting) + ") to a free port");
            }
            throw new ConfigurationException("Cannot listen on " + host + ":" + port + " (" + e.getMessage() + "):"
                    + " set quarkus.http.host (QUARKUS_HTTP_HOST) to an address of this machine, e.g. 127.0.0.1");
        } catch (IOException e) {
            // anything else (an unresolvable host, say) Quarkus reports itself when it binds
        }
    }

    private static String env(String setting) {
        return setting.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
