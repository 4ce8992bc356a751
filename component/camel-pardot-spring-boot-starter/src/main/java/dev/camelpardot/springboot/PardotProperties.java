package dev.camelpardot.springboot;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The {@code camel.component.pardot.*} properties of a Spring environment, by the name below the prefix as Spring
 * hands it over: {@code client-id} from a properties or YAML file, {@code client.id} from the environment variable
 * {@code CAMEL_COMPONENT_PARDOT_CLIENT_ID} (Spring's relaxed binding). The starter's own switches
 * ({@code enabled}, {@code customizer.enabled}) are left out: they are not component options.
 */
final class PardotProperties {

    static final String PREFIX = "camel.component.pardot";

    private PardotProperties() {
    }

    static Map<String, String> read(Environment environment) {
        Map<String, String> properties = new TreeMap<>();
        Binder.get(environment).bind(PREFIX, Bindable.mapOf(String.class, String.class)).ifBound(properties::putAll);
        properties.keySet().removeIf(PardotProperties::isStarterSwitch);
        return properties;
    }

    /** {@code enabled} and {@code customizer.*}: Camel's starter conventions, read by the auto-configuration. */
    static boolean isStarterSwitch(String name) {
        String key = OptionNames.normalize(name);
        return key.equals("enabled") || key.startsWith("customizer");
    }
}
