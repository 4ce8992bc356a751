package dev.camelpardot.camel;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.camelpardot.emulator.PardotEmulatorExtension;
import org.apache.camel.spi.EndpointUriFactory;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build's generated configurers, URI factory, catalog JSON and Jandex index are present and are what Camel
 * uses (not reflection): if the second compile pass or the resource set-up broke, these fail.
 */
class GeneratedCodeTest {

    @RegisterExtension
    static final PardotEmulatorExtension EMULATOR = new PardotEmulatorExtension();

    @Test
    void camelUsesTheGeneratedConfigurers() throws Exception {
        try (CamelHarness camel = CamelHarness.start(EMULATOR)) {
            PropertyConfigurer component = camel.component.getComponentPropertyConfigurer();
            assertThat(component).isNotNull();
            assertThat(component.getClass().getName()).isEqualTo("dev.camelpardot.camel.PardotComponentConfigurer");

            PardotEndpoint endpoint = camel.context().getEndpoint("pardot:external-activity?extension=W&type=T"
                                                                  + "&maxRetries=2&connectTimeout=3s", PardotEndpoint.class);
            PropertyConfigurer configurer = endpoint.getComponent().getEndpointPropertyConfigurer();
            assertThat(configurer.getClass().getName()).isEqualTo("dev.camelpardot.camel.PardotEndpointConfigurer");
            assertThat(endpoint.getConfiguration().getMaxRetries()).isEqualTo(2);
            assertThat(endpoint.getConfiguration().getConnectTimeout()).as("a duration, in ms").isEqualTo(3000);
            assertThat(endpoint.getConfiguration().getExtension()).isEqualTo("W");
            // the component's defaults are copied, never shared
            assertThat(camel.component.getConfiguration().getMaxRetries()).isEqualTo(5);
            assertThat(endpoint.getConfiguration()).isNotSameAs(camel.component.getConfiguration());

            // the configurer resolved from the service file too
            assertThat(PluginHelper.getConfigurerResolver(camel.context())
                    .resolvePropertyConfigurer("pardot-endpoint", camel.context()).getClass().getName())
                    .isEqualTo("dev.camelpardot.camel.PardotEndpointConfigurer");
        }
    }

    @Test
    void theGeneratedUriFactoryBuildsUris() throws Exception {
        try (CamelHarness camel = CamelHarness.start(EMULATOR)) {
            EndpointUriFactory factory = camel.context().getCamelContextExtension().getEndpointUriFactory("pardot");
            assertThat(factory.getClass().getName()).isEqualTo("dev.camelpardot.camel.PardotEndpointUriFactory");
            assertThat(factory.isEnabled("pardot")).isTrue();
            assertThat(factory.propertyNames()).contains("resource", "operation", "extension", "type", "clientSecret",
                    "batchFailurePolicy", "streamResults");
            assertThat(factory.secretPropertyNames()).containsExactlyInAnyOrder("clientSecret", "refreshToken",
                    "password", "proxyPassword", "keystoreKeyPassword");

            Map<String, Object> options = new LinkedHashMap<>();
            options.put("resource", "external-activity");
            options.put("extension", "Webinar");
            options.put("type", "Registered");
            String uri = factory.buildUri("pardot", options);
            assertThat(uri).isEqualTo("pardot:external-activity?extension=Webinar&type=Registered");
            assertThat(camel.context().getEndpoint(uri)).isInstanceOf(PardotEndpoint.class);
        }
    }

    @Test
    void theCatalogJsonIsServedAndDescribesEveryOptionAndHeader() throws Exception {
        try (CamelHarness camel = CamelHarness.start(EMULATOR)) {
            String schema = PluginHelper.getRuntimeCamelCatalog(camel.context()).componentJSonSchema("pardot");
            assertThat(schema).isNotNull();
            JsonNode json = new ObjectMapper().readTree(schema);
            assertThat(json.at("/component/scheme").asText()).isEqualTo("pardot");
            assertThat(json.at("/component/syntax").asText()).isEqualTo("pardot:resource");
            // a producer, and for external activities a polling consumer
            assertThat(json.at("/component/producerOnly").asBoolean()).isFalse();
            assertThat(json.at("/component/consumerOnly").asBoolean()).isFalse();
            assertThat(json.at("/properties/offsetRepository/javaType").asText()).startsWith(
                    "org.apache.camel.spi.StateRepository");
            assertThat(json.at("/properties/delay/defaultValue").asText()).isEqualTo("60000");
            assertThat(json.at("/properties/resource/enum").toString()).contains("external-activity", "extension",
                    "activity-type");
            assertThat(json.at("/headers").has("CamelPardotActivityId")).isTrue();
            for (String secret : new String[] { "clientSecret", "refreshToken", "password", "proxyPassword",
                                                "keystoreKeyPassword" }) {
                assertThat(json.at("/componentProperties/" + secret + "/secret").asBoolean()).as(secret).isTrue();
                assertThat(json.at("/componentProperties/" + secret + "/label").asText()).as(secret).contains("security");
            }
            for (String section : new String[] { "componentProperties", "properties", "headers" }) {
                json.get(section).fields().forEachRemaining(option -> assertThat(option.getValue().path("description")
                        .asText()).as(section + " " + option.getKey()).isNotBlank());
            }
        }
    }

    @Test
    void theJarIsIndexedForCamelQuarkus() throws Exception {
        // the index next to our classes (other jars may carry one too)
        java.net.URL root = PardotComponent.class.getProtectionDomain().getCodeSource().getLocation();
        java.net.URL indexUrl = root.getPath().endsWith(".jar")
                ? new java.net.URL("jar:" + root + "!/META-INF/jandex.idx")
                : new java.net.URL(root, "META-INF/jandex.idx");
        try (InputStream index = indexUrl.openStream()) {
            assertThat(index).as("META-INF/jandex.idx").isNotNull();
            byte[] bytes = index.readAllBytes();
            // Jandex's magic number, then the index names our component
            assertThat(bytes).startsWith((byte) 0xBA, (byte) 0xBE, (byte) 0x1F, (byte) 0x15);
            assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("PardotComponent");
        }
        try (InputStream service = PardotComponent.class.getClassLoader()
                .getResourceAsStream("META-INF/services/org/apache/camel/component/pardot")) {
            assertThat(new String(service.readAllBytes())).contains("class=dev.camelpardot.camel.PardotComponent");
        }
    }

    @Test
    void theJarListsItsComponentsForCatalogTooling() throws Exception {
        java.util.Properties list = new java.util.Properties();
        try (InputStream in = PardotComponent.class.getClassLoader()
                .getResourceAsStream("META-INF/services/org/apache/camel/component.properties")) {
            assertThat(in).as("META-INF/services/org/apache/camel/component.properties").isNotNull();
            list.load(in);
        }
        assertThat(list.getProperty("components")).isEqualTo("pardot");
        assertThat(list.getProperty("groupId")).isEqualTo("dev.camelpardot");
        assertThat(list.getProperty("artifactId")).isEqualTo("camel-pardot");
    }
}
