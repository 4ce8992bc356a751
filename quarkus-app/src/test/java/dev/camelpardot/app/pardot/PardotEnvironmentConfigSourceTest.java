package dev.camelpardot.app.pardot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class PardotEnvironmentConfigSourceTest {

    @Test
    void mapsComponentVariablesToKebabCaseOptions() {
        PardotEnvironmentConfigSource source = new PardotEnvironmentConfigSource(Map.of(
                "CAMEL_COMPONENT_PARDOT_CLIENT_ID", "id",
                "CAMEL_COMPONENT_PARDOT_BUSINESS_UNIT_ID", "0Uv",
                "CAMEL_COMPONENT_PARDOT_", "ignored",
                "CAMEL_COMPONENT_JMS_CONCURRENT_CONSUMERS", "ignored",
                "PATH", "/bin"));

        assertThat(source.getProperties()).containsOnly(
                Map.entry("camel.component.pardot.client-id", "id"),
                Map.entry("camel.component.pardot.business-unit-id", "0Uv"));
        assertThat(source.getOrdinal()).isBetween(251, 299);
    }
}
