package dev.camelpardot.examples.springboot;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.camelpardot.camel.PardotComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.support.PropertyBindingSupport;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Binds {@code camel.component.pardot.*} onto the component. camel-spring-boot applies such properties only to
 * components that ship a Spring Boot starter, and camel-pardot has none; so this bean, named after the scheme,
 * is the component Camel uses for {@code pardot:} URIs, configured by Camel's own generated configurer: every
 * option of docs/reference.md works, as {@code camel.component.pardot.client-secret} in a properties file or as
 * the environment variable {@code CAMEL_COMPONENT_PARDOT_CLIENT_SECRET}, and a misspelt one fails the start.
 */
@Configuration(proxyBeanMethods = false)
public class PardotComponentConfiguration {

    static final String PREFIX = "camel.component.pardot";

    @Bean("pardot")
    PardotComponent pardot(CamelContext camelContext, Environment environment) {
        Map<String, Object> options = new LinkedHashMap<>();
        Binder.get(environment).bind(PREFIX, Bindable.mapOf(String.class, String.class))
                .ifBound(properties -> properties.forEach((name, value) -> options.put(optionKey(name), value)));
        PardotComponent component = new PardotComponent(camelContext);
        PropertyBindingSupport.build()
                .withCamelContext(camelContext)
                .withTarget(component)
                .withConfigurer(component.getComponentPropertyConfigurer())
                .withProperties(options)
                .withMandatory(true)
                .withIgnoreCase(true)
                .bind();
        return component;
    }

    /**
     * Spring hands the names over as written: {@code client-secret} from a properties file, {@code client.secret}
     * from an environment variable. Without separators and matched ignoring case, both find {@code clientSecret}.
     */
    static String optionKey(String name) {
        return name.replace("-", "").replace(".", "").replace("_", "").toLowerCase(java.util.Locale.ROOT);
    }
}
