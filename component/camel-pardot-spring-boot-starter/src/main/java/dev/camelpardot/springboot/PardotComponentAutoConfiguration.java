package dev.camelpardot.springboot;

import dev.camelpardot.camel.PardotComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;

/**
 * Configures the {@code pardot} component from {@code camel.component.pardot.*} properties (files, YAML, environment
 * variables such as {@code CAMEL_COMPONENT_PARDOT_CLIENT_SECRET}) the way Camel's own starters do: Spring binds them
 * to {@link PardotComponentConfiguration}, and a {@link ComponentCustomizer} copies them onto the component through
 * Camel's property binding when Camel adds it, before it starts.
 * <p>
 * Only the component named {@code pardot} is customized: a second {@code PardotComponent} under another name (a
 * second org or business unit) keeps the configuration its own bean gives it. Switched off, as with Camel's starters,
 * by {@code camel.component.pardot.enabled=false} (the whole auto-configuration) or
 * {@code camel.component.pardot.customizer.enabled=false} / {@code camel.component.customizer.enabled=false}.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@ConditionalOnHierarchicalProperties({ "camel.component", "camel.component.pardot" })
@EnableConfigurationProperties({ ComponentConfigurationProperties.class, PardotComponentConfiguration.class })
public class PardotComponentAutoConfiguration {

    static final String COMPONENT_NAME = "pardot";

    @Lazy
    @Bean
    public ComponentCustomizer configurePardotComponent(CamelContext camelContext, ApplicationContext applicationContext,
                                                        PardotComponentConfiguration configuration) {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                CamelPropertiesHelper.copyProperties(camelContext, configuration, target);
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return COMPONENT_NAME.equals(name) && target instanceof PardotComponent
                       && HierarchicalPropertiesEvaluator.evaluate(applicationContext, "camel.component.customizer",
                               "camel.component.pardot.customizer");
            }
        };
    }
}
