package dev.camelpardot.app.pardot;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import jakarta.inject.Singleton;

import dev.camelpardot.app.AppConfig;
import io.quarkus.runtime.configuration.ConfigurationException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Checks, before anything connects, the settings production mode cannot do without, and names every one that
 * is missing or invalid in one message (the component then checks the OAuth flow's own options when it starts
 * and logs in). Values are never put in the message, only setting names. The refusal is a
 * {@link ConfigurationException}: Quarkus prints its message alone, without a stack trace.
 */
@Singleton
public class ProductionSettings {

    private final AppConfig config;

    public ProductionSettings(AppConfig config) {
        this.config = config;
    }

    public void check() {
        Config source = ConfigProvider.getConfig();
        List<String> problems = problems(name -> source.getOptionalValue(name, String.class),
                config.ingress().apiKeys().orElse(List.of()));
        if (!problems.isEmpty()) {
            throw new ConfigurationException("Production mode (camel.component.pardot.client-id is set) cannot start:\n  - "
                    + String.join("\n  - ", problems)
                    + "\nUnset camel.component.pardot.client-id (or set pardot.mode=demo) to run the demo instead.");
        }
    }

    /** Every missing or invalid setting, in words; empty when production mode can start. */
    static List<String> problems(Function<String, Optional<String>> settings, List<String> apiKeys) {
        List<String> problems = new ArrayList<>();
        require(settings, "camel.component.pardot.client-id", problems);
        require(settings, "camel.component.pardot.business-unit-id", problems);
        url(settings, "camel.component.pardot.login-url", problems);
        url(settings, "camel.component.pardot.pardot-url", problems);
        if (apiKeys.stream().allMatch(String::isBlank)) {
            problems.add("pardot.ingress.api-keys (PARDOT_INGRESS_API_KEYS) is required: the keys clients send in X-Api-Key");
        }
        return problems;
    }

    private static void require(Function<String, Optional<String>> source, String name, List<String> problems) {
        if (value(source, name).isEmpty()) {
            problems.add(name + " (" + envName(name) + ") is required");
        }
    }

    private static void url(Function<String, Optional<String>> source, String name, List<String> problems) {
        Optional<String> value = value(source, name);
        if (value.isPresent()) {
            try {
                URI uri = new URI(value.get());
                if (uri.getScheme() == null || uri.getHost() == null
                        || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
                    problems.add(name + " (" + envName(name) + ") must be an http(s) URL such as https://login.salesforce.com");
                }
            } catch (Exception e) {
                problems.add(name + " (" + envName(name) + ") is not a URL");
            }
        }
    }

    private static Optional<String> value(Function<String, Optional<String>> source, String name) {
        return source.apply(name).map(String::strip).filter(s -> !s.isEmpty());
    }

    static String envName(String name) {
        return name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
