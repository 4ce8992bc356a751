package dev.camelpardot.app;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.eclipse.microprofile.config.ConfigProvider;

/** How a JMS publisher on the app's machine reaches its in-process broker: the acceptor, and the generated login. */
final class BrokerAccess {

    private BrokerAccess() {
    }

    static String url() {
        return "tcp://127.0.0.1:" + ConfigProvider.getConfig().getValue("pardot.broker.port", Integer.class);
    }

    /** The file the app generated at its first start, beside the journal. */
    static Path credentialsFile() {
        return Path.of(ConfigProvider.getConfig().getValue("pardot.broker.data-dir", String.class))
                .resolve("jms-credentials.properties");
    }

    /** Its user and password. */
    static Properties credentials() {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(credentialsFile())) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
