package dev.camelpardot.springboot;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.camelpardot.camel.PardotComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.CatalogCamelContext;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;

/**
 * Sets {@code camel.component.pardot.*} properties on a {@link PardotComponent} through the configurer Camel
 * generated for it: every option of the catalog (docs/reference.md) can be set, values are converted as Camel
 * converts them ({@code 30s} for a duration, {@code #bean:name} for a reference), and a name that is not an option
 * fails, naming the property as written and the option it was probably meant to be. Values never appear in messages.
 */
final class PardotComponentBinder {

    private PardotComponentBinder() {
    }

    /**
     * @param properties by the name below {@code camel.component.pardot.}, as {@link PardotProperties#read} gives them
     * @throws IllegalArgumentException naming every property that is not an option, or the one whose value is refused
     */
    static void bind(CamelContext camelContext, PardotComponent component, Map<String, String> properties) {
        PropertyConfigurer configurer = component.getComponentPropertyConfigurer();
        OptionNames options = new OptionNames((PropertyConfigurerGetter) configurer, catalogOptions(camelContext));
        List<String> unknown = new ArrayList<>();
        properties.keySet().stream().filter(name -> options.find(name).isEmpty()).forEach(name ->
                unknown.add(PardotProperties.PREFIX + "." + name + options.nearest(name)
                        .map(option -> " (did you mean " + PardotProperties.PREFIX + "." + kebab(option) + "?)").orElse("")));
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Not an option of the pardot component: " + String.join(", ", unknown)
                                               + ". The options are listed in docs/reference.md.");
        }
        properties.forEach((name, value) -> {
            String key = options.find(name).orElseThrow();
            try {
                PropertyBindingSupport.build()
                        .withCamelContext(camelContext)
                        .withTarget(component)
                        .withConfigurer(configurer)
                        .withProperty(key, value)
                        .withIgnoreCase(true)
                        .withMandatory(true)
                        .withReflection(false)
                        .bind();
            } catch (RuntimeException e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                throw new IllegalArgumentException(PardotProperties.PREFIX + "." + name + " is not a valid value for the"
                                                   + " pardot component's option " + options.displayName(key) + " ("
                                                   + cause.getClass().getSimpleName() + ")", cause);
            }
        });
    }

    /** The component options' names from the catalog JSON, for messages; empty when it cannot be read. */
    private static List<String> catalogOptions(CamelContext camelContext) {
        List<String> names = new ArrayList<>();
        if (camelContext instanceof CatalogCamelContext catalog) {
            try {
                String json = catalog.getComponentParameterJsonSchema(PardotComponentAutoConfiguration.COMPONENT_NAME);
                if (json != null) {
                    JsonObject options = Jsoner.deserialize(json, new JsonObject()).getMap("componentProperties");
                    if (options != null) {
                        names.addAll(options.keySet());
                    }
                }
            } catch (IOException | RuntimeException e) {
                // suggestions are a nicety: the check itself asks the configurer
            }
        }
        return names;
    }

    /** {@code businessUnitId} → {@code business-unit-id}. */
    static String kebab(String option) {
        StringBuilder out = new StringBuilder();
        for (char c : option.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('-').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
