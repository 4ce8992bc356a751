package dev.camelpardot.app.pardot;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Offers each {@code CAMEL_COMPONENT_PARDOT_<OPTION>} environment variable as
 * {@code camel.component.pardot.<option>} (e.g. {@code CAMEL_COMPONENT_PARDOT_BUSINESS_UNIT_ID} →
 * {@code camel.component.pardot.business-unit-id}), so Camel configures the component from the environment like
 * from application.properties. Camel's own environment mapping only knows the components of its catalog and would
 * read {@code business.unit.id}; it is turned off in application.properties.
 */
public class PardotEnvironmentConfigSource implements ConfigSource {

    static final String PREFIX = "CAMEL_COMPONENT_PARDOT_";

    /** Above application.properties (250), below the environment itself (300). */
    private static final int ORDINAL = 295;

    private final Map<String, String> properties;

    public PardotEnvironmentConfigSource() {
        this(System.getenv());
    }

    PardotEnvironmentConfigSource(Map<String, String> environment) {
        Map<String, String> mapped = new HashMap<>();
        environment.forEach((name, value) -> {
            String upper = name.toUpperCase(Locale.ROOT);
            if (upper.startsWith(PREFIX) && upper.length() > PREFIX.length()) {
                String option = upper.substring(PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '-');
                mapped.put("camel.component.pardot." + option, value);
            }
        });
        this.properties = Collections.unmodifiableMap(mapped);
    }

    @Override
    public Set<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return properties.get(propertyName);
    }

    @Override
    public Map<String, String> getProperties() {
        return properties;
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }

    @Override
    public String getName() {
        return "CAMEL_COMPONENT_PARDOT_* environment variables";
    }
}
