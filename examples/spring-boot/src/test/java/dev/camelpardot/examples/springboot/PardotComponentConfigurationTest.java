package dev.camelpardot.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import dev.camelpardot.auth.PardotEnvironment;
import dev.camelpardot.camel.PardotConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The binding reads every spelling Spring users write: kebab-case properties and environment variables. */
class PardotComponentConfigurationTest {

    @Test
    void bindsPropertiesAndEnvironmentVariables() throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application", Map.of(
                "camel.component.pardot.business-unit-id", "0Uv000000000001AAA",
                "camel.component.pardot.environment", "DEMO",
                "camel.component.pardot.retry-max-delay", "2s")));
        // stands in for the process environment (Spring maps variables only from the source of that name)
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(
                "CAMEL_COMPONENT_PARDOT_CLIENT_SECRET", "from-the-environment",
                "CAMEL_COMPONENT_PARDOT_MAX_CONCURRENT_REQUESTS", "3")));

        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            PardotConfiguration configuration = new PardotComponentConfiguration().pardot(camel, environment).getConfiguration();

            assertThat(configuration.getBusinessUnitId()).isEqualTo("0Uv000000000001AAA");
            assertThat(configuration.getEnvironment()).isEqualTo(PardotEnvironment.DEMO);
            assertThat(configuration.getRetryMaxDelay()).isEqualTo(2000L);
            assertThat(configuration.getClientSecret()).isEqualTo("from-the-environment");
            assertThat(configuration.getMaxConcurrentRequests()).isEqualTo(3);
        }
    }

    @Test
    void aMisspeltOptionFailsTheStart() throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application",
                Map.of("camel.component.pardot.buisness-unit-id", "0Uv000000000001AAA")));

        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            assertThatThrownBy(() -> new PardotComponentConfiguration().pardot(camel, environment))
                    .hasMessageContaining("buisnessunitid");
        }
    }
}
