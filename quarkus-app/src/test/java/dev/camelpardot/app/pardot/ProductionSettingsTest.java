package dev.camelpardot.app.pardot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ProductionSettingsTest {

    @Test
    void namesEveryMissingOrInvalidSettingButNoValue() {
        Map<String, String> settings = Map.of(
                "camel.component.pardot.client-id", "3MVG9-secretish",
                "camel.component.pardot.login-url", "login.salesforce.com");

        List<String> problems = ProductionSettings.problems(name -> Optional.ofNullable(settings.get(name)), List.of(" "));

        assertThat(problems).hasSize(3);
        assertThat(problems.get(0)).contains("camel.component.pardot.business-unit-id", "CAMEL_COMPONENT_PARDOT_BUSINESS_UNIT_ID");
        assertThat(problems.get(1)).contains("camel.component.pardot.login-url", "http(s) URL");
        assertThat(problems.get(2)).contains("pardot.ingress.api-keys");
        assertThat(String.join(" ", problems)).doesNotContain("3MVG9-secretish", "login.salesforce.com is");
    }

    @Test
    void completeSettingsPass() {
        Map<String, String> settings = Map.of(
                "camel.component.pardot.client-id", "id",
                "camel.component.pardot.business-unit-id", "0Uv000000000000AAA",
                "camel.component.pardot.login-url", "https://example.my.salesforce.com");

        assertThat(ProductionSettings.problems(name -> Optional.ofNullable(settings.get(name)), List.of("key"))).isEmpty();
    }
}
