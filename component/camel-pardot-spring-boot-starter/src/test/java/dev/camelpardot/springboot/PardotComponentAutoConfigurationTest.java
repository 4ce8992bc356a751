package dev.camelpardot.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import dev.camelpardot.auth.PardotEnvironment;
import dev.camelpardot.camel.PardotComponent;
import dev.camelpardot.camel.PardotConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The auto-configuration alone: spellings, environment variables, misspelt options, bad values, switches. */
class PardotComponentAutoConfigurationTest {

    /** Enough for the component to start without a network call (lazy login). */
    private static final String[] START_WITHOUT_LOGIN = {
        "camel.component.pardot.client-id=app", "camel.component.pardot.client-secret=secret-value",
        "camel.component.pardot.refresh-token=refresh-value", "camel.component.pardot.lazy-login=true" };

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class, PardotComponentAutoConfiguration.class));

    @Test
    void environmentVariablesBindAsSpringMapsThem() {
        runner.withInitializer(context -> context.getEnvironment().getPropertySources().replace(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(
                                "CAMEL_COMPONENT_PARDOT_CLIENT_ID", "from-the-environment",
                                "CAMEL_COMPONENT_PARDOT_CLIENT_SECRET", "secret-from-the-environment",
                                "CAMEL_COMPONENT_PARDOT_REFRESH_TOKEN", "refresh-from-the-environment",
                                "CAMEL_COMPONENT_PARDOT_LAZY_LOGIN", "true",
                                "CAMEL_COMPONENT_PARDOT_MAX_CONCURRENT_REQUESTS", "2",
                                "CAMEL_COMPONENT_PARDOT_ENVIRONMENT", "DEMO",
                                "CAMEL_COMPONENT_PARDOT_BUSINESSUNITID", "0Uv000000000001AAA"))))
                .run(context -> {
                    PardotConfiguration configuration = pardot(context.getBean(CamelContext.class));
                    assertThat(configuration.getClientId()).isEqualTo("from-the-environment");
                    assertThat(configuration.getClientSecret()).isEqualTo("secret-from-the-environment");
                    assertThat(configuration.getMaxConcurrentRequests()).isEqualTo(2);
                    assertThat(configuration.getEnvironment()).isEqualTo(PardotEnvironment.DEMO);
                    assertThat(configuration.getBusinessUnitId()).as("no separator at all").isEqualTo("0Uv000000000001AAA");
                });
    }

    @Test
    void everySpellingOfAPropertiesFileBinds() {
        runner.withPropertyValues(START_WITHOUT_LOGIN)
                .withPropertyValues("camel.component.pardot.businessUnitId=0Uv000000000001AAA",
                        "camel.component.pardot.retry_initial_delay=100ms", "camel.component.pardot.connect-timeout=3s")
                .run(context -> {
                    PardotConfiguration configuration = pardot(context.getBean(CamelContext.class));
                    assertThat(configuration.getBusinessUnitId()).isEqualTo("0Uv000000000001AAA");
                    assertThat(configuration.getRetryInitialDelay()).isEqualTo(100L);
                    assertThat(configuration.getConnectTimeout()).isEqualTo(3_000L);
                });
    }

    @Test
    void aMisspeltOptionFailsTheStartNamingIt() {
        runner.withPropertyValues(START_WITHOUT_LOGIN)
                .withPropertyValues("camel.component.pardot.buisness-unit-id=0Uv000000000001AAA")
                .withBean(RoutesBuilder.class, PardotComponentAutoConfigurationTest::routeToPardot)
                .run(context -> {
                    assertThat(context).hasFailed();
                    // Spring's own check (ignoreUnknownFields = false), not a list kept by hand
                    assertThat(messages(context.getStartupFailure()))
                            .contains("camel.component.pardot.buisness-unit-id").contains("left unbound");
                });
    }

    @Test
    void aBadValueFailsTheStartNamingTheOptionButNoSecret() {
        runner.withPropertyValues(START_WITHOUT_LOGIN)
                .withPropertyValues("camel.component.pardot.max-concurrent-requests=lots")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(messages(context.getStartupFailure()))
                            .contains("camel.component.pardot.max-concurrent-requests")
                            .doesNotContain("secret-value", "refresh-value");
                });
    }

    @Test
    void defaultsThatAreNotSetLeaveTheComponentAsItIs() {
        runner.withPropertyValues(START_WITHOUT_LOGIN)
                .withPropertyValues("camel.component.pardot.business-unit-id=0Uv000000000001AAA").run(context -> {
            PardotConfiguration configuration = pardot(context.getBean(CamelContext.class));
            assertThat(configuration.getMaxConcurrentRequests()).isEqualTo(5);
            assertThat(configuration.getConnectTimeout()).isEqualTo(10_000L);
            assertThat(configuration.getEnvironment()).isEqualTo(PardotEnvironment.PRODUCTION);
            assertThat(configuration.getAuthenticationType()).isNull();
            assertThat(configuration.getClientSecret()).isEqualTo("secret-value");
        });
    }

    @Test
    void onlyTheComponentNamedPardotIsCustomized() {
        runner.withPropertyValues(START_WITHOUT_LOGIN).run(context -> {
            ComponentCustomizer customizer = context.getBean("configurePardotComponent", ComponentCustomizer.class);
            assertThat(customizer.isEnabled("pardot", new PardotComponent())).isTrue();
            assertThat(customizer.isEnabled("pardot-emea", new PardotComponent())).as("a second org keeps its own bean")
                    .isFalse();
        });
    }

    @Test
    void theSwitchesOfCamelStartersApply() {
        runner.withPropertyValues("camel.component.pardot.customizer.enabled=false").run(context ->
                assertThat(context.getBean("configurePardotComponent", ComponentCustomizer.class)
                        .isEnabled("pardot", new PardotComponent())).isFalse());
        runner.withPropertyValues("camel.component.pardot.enabled=false").run(context ->
                assertThat(context).doesNotHaveBean("configurePardotComponent"));
    }

    private static PardotConfiguration pardot(CamelContext camel) {
        return camel.getComponent("pardot", PardotComponent.class).getConfiguration();
    }

    private static RoutesBuilder routeToPardot() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:in").to("pardot:external-activity?extension=W&type=T");
            }
        };
    }

    private static String messages(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            text.append(t.getMessage()).append('\n');
        }
        return text.toString();
    }
}
