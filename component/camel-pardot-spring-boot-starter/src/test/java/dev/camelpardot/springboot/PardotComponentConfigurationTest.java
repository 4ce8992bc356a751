package dev.camelpardot.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.DurationStyle;

/**
 * The starter's {@code spring-configuration-metadata.json} (written by the configuration processor) lists every
 * component option of the component's catalog, under its kebab-case name, with the same description and default:
 * an option added to the component and not to {@link PardotComponentConfiguration} fails here.
 */
class PardotComponentConfigurationTest {

    private static final String PREFIX = "camel.component.pardot.";
    /** Camel's starter switches, not options of the component. */
    private static final Set<String> SWITCHES = Set.of(PREFIX + "enabled", PREFIX + "customizer.enabled");

    @Test
    void theMetadataDescribesEveryComponentOptionAsTheCatalogDoes() throws IOException {
        Map<String, JsonNode> catalog = fields(read("META-INF/dev/camelpardot/camel/pardot.json").path("componentProperties"));
        Map<String, JsonNode> metadata = new TreeMap<>();
        read("META-INF/spring-configuration-metadata.json").path("properties")
                .forEach(property -> metadata.put(property.path("name").asText(), property));

        assertThat(catalog).hasSizeGreaterThan(30);
        Set<String> expected = new TreeSet<>(SWITCHES);
        catalog.keySet().forEach(option -> expected.add(PREFIX + kebab(option)));
        assertThat(metadata.keySet()).isEqualTo(expected);

        catalog.forEach((option, entry) -> {
            JsonNode property = metadata.get(PREFIX + kebab(option));
            assertThat(property.path("description").asText()).as(option).isEqualTo(entry.path("description").asText());
            assertThat(normalizedDefault(property.path("defaultValue"), entry))
                    .as(option + " default").isEqualTo(catalogDefault(entry));
            assertThat(property.path("sourceType").asText()).isEqualTo(PardotComponentConfiguration.class.getName());
        });
    }

    private static String catalogDefault(JsonNode entry) {
        JsonNode value = entry.get("defaultValue");
        if (value == null || value.isNull()) {
            return null;
        }
        return "duration".equals(entry.path("type").asText()) ? Duration.ofMillis(value.asLong()).toString()
                : value.asText().toLowerCase(Locale.ROOT);
    }

    private static String normalizedDefault(JsonNode value, JsonNode entry) {
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        return "duration".equals(entry.path("type").asText()) ? DurationStyle.detectAndParse(value.asText()).toString()
                : value.asText().toLowerCase(Locale.ROOT);
    }

    private static String kebab(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static Map<String, JsonNode> fields(JsonNode object) {
        Map<String, JsonNode> fields = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = object.fields();
        it.forEachRemaining(e -> fields.put(e.getKey(), e.getValue()));
        return fields;
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = PardotComponentConfigurationTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }
}
